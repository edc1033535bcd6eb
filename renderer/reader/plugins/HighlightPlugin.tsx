import { useEffect } from 'react';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { LabelType } from '../../../core/model/label-types';
import type { DomTextMap } from '../dom-text-map';

const SELECTED = 'gloss-selected';
const highlightName = (type: string) => `gloss-${type}`;

/**
 * Paints annotations with the CSS Custom Highlight API: ranges over the
 * existing text nodes, no extra elements, so thousands of overlapping spans
 * cost no DOM mutations and leave Lexical's tree untouched.
 */
export function HighlightPlugin(props: {
  map: DomTextMap | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  selectedId: string | null;
}) {
  const { map, annotations, types, selectedId } = props;

  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      types
        .map((type) => `::highlight(${highlightName(type.id)}) { background-color: ${type.color}55; }`)
        .join('\n'),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [types]);

  useEffect(() => {
    if (!map) return;
    const byType = new Map<string, Range[]>();
    const selected: Range[] = [];
    for (const annotation of annotations) {
      const ranges = annotation.fragments.map((fragment) => map.rangeFor(fragment.start, fragment.end));
      const list = byType.get(annotation.type) ?? [];
      list.push(...ranges);
      byType.set(annotation.type, list);
      if (annotation.id === selectedId) selected.push(...ranges);
    }
    for (const type of types) CSS.highlights.set(highlightName(type.id), new Highlight(...(byType.get(type.id) ?? [])));
    const selection = new Highlight(...selected);
    selection.priority = 1;
    CSS.highlights.set(SELECTED, selection);
    return () => {
      for (const type of types) CSS.highlights.delete(highlightName(type.id));
      CSS.highlights.delete(SELECTED);
    };
  }, [map, annotations, types, selectedId]);

  return null;
}
