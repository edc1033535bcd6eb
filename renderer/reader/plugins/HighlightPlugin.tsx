import { useEffect, useLayoutEffect, useState } from 'react';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { LabelType } from '../../../core/model/label-types';
import type { DomTextMap } from '../dom-text-map';
import { HighlightPainter, highlightCss } from './highlight-painter';
import { watchVisibleBlocks } from './visible-blocks';

/**
 * Paints annotations with the CSS Custom Highlight API: ranges over the
 * existing text nodes, no extra elements, so thousands of overlapping spans
 * cost no DOM mutations and leave Lexical's tree untouched.
 */
export function HighlightPlugin(props: {
  map: DomTextMap | null;
  annotations: readonly StoredAnnotation[];
  types: readonly LabelType[];
  setStyles: ReadonlyMap<string, number>;
  selectedId: string | null;
}) {
  const { map, annotations, types, setStyles, selectedId } = props;
  const [painter, setPainter] = useState<HighlightPainter | null>(null);

  // Styles in a layout effect too, so no highlight is ever painted without them.
  useLayoutEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss(types));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [types]);

  // A layout effect: the re-render it causes is then synchronous, and so are the
  // effects below, so a document opens with its highlights in the first frame.
  useLayoutEffect(() => {
    if (!map) return;
    const created = new HighlightPainter(map, types);
    // The painter owns highlights registered with the page, so it is made (and
    // disposed) in an effect, never during render; the state hands it to the effects below.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPainter(created);
    return () => created.dispose();
  }, [map, types]);

  useEffect(() => painter?.update(annotations, setStyles), [painter, annotations, setStyles]);

  // The article text is busy until the highlights of what is in view are set,
  // which assistive technology (and the benchmark) can wait for.
  useEffect(() => {
    if (!map || !painter) return;
    const text = map.blockElement(0)?.parentElement;
    text?.setAttribute('aria-busy', 'true');
    return watchVisibleBlocks(map, (entered, left) => {
      painter.setVisibility(entered, left);
      text?.setAttribute('aria-busy', 'false');
    });
  }, [map, painter]);

  useEffect(() => {
    painter?.select(annotations.find((a) => a.id === selectedId) ?? null);
  }, [painter, annotations, selectedId]);

  return null;
}
