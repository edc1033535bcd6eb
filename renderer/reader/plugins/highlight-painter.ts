import type { Fragment, StoredAnnotation } from '../../../core/model/annotation';
import type { LabelType } from '../../../core/model/label-types';
import { fragmentDepths } from '../../app/annotation-queries';
import type { DomTextMap } from '../dom-text-map';

/** Depths painted apart; deeper spans share the last style. */
export const MAX_DEPTH = 3;
export const SELECTED = 'gloss-selected';
export const highlightName = (type: string, depth = 0) => (depth === 0 ? `gloss-${type}` : `gloss-${type}-d${depth}`);

interface Painted {
  type: string;
  depth: number;
  range: Range;
}

/**
 * Keeps the CSS highlights in step with the annotations, touching only what
 * changed: a Range is made once per fragment (fragments are immutable, so
 * identity says "unchanged"), and a new annotation costs one Range plus a
 * depth pass rather than rebuilding ten thousand Ranges.
 *
 * Every fragment is in its type's highlight `gloss-<type>`; a nested or
 * overlapping one is also in `gloss-<type>-d<depth>`, painted darker and
 * underlined, because one highlight paints overlapping ranges only once.
 */
export class HighlightPainter {
  private readonly painted = new Map<Fragment, Painted>();
  private readonly highlights = new Map<string, Highlight>();
  private readonly selected = new Highlight();

  constructor(
    private readonly map: DomTextMap,
    types: readonly LabelType[],
  ) {
    for (const type of types) {
      for (let depth = 0; depth <= MAX_DEPTH; depth++) {
        const highlight = new Highlight();
        highlight.priority = depth;
        this.highlights.set(highlightName(type.id, depth), highlight);
      }
    }
    this.selected.priority = MAX_DEPTH + 2;
    for (const [name, highlight] of this.highlights) CSS.highlights.set(name, highlight);
    CSS.highlights.set(SELECTED, this.selected);
  }

  update(annotations: readonly StoredAnnotation[]): void {
    const depths = fragmentDepths(annotations);
    for (const [fragment, painted] of this.painted) {
      if (!depths.has(fragment)) {
        this.paint(painted, false);
        this.painted.delete(fragment);
      }
    }
    for (const annotation of annotations) {
      for (const fragment of annotation.fragments) {
        const depth = Math.min(depths.get(fragment) ?? 0, MAX_DEPTH);
        const painted = this.painted.get(fragment);
        if (painted && painted.depth === depth && painted.type === annotation.type) continue;
        if (painted) this.paint(painted, false);
        const next = { type: annotation.type, depth, range: painted?.range ?? this.map.rangeFor(fragment.start, fragment.end) };
        this.painted.set(fragment, next);
        this.paint(next, true);
      }
    }
  }

  select(annotation: StoredAnnotation | null): void {
    this.selected.clear();
    for (const fragment of annotation?.fragments ?? []) {
      const range = this.painted.get(fragment)?.range;
      if (range) this.selected.add(range);
    }
  }

  dispose(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(SELECTED);
  }

  private paint({ type, depth, range }: Painted, on: boolean): void {
    const names = depth === 0 ? [highlightName(type)] : [highlightName(type), highlightName(type, depth)];
    for (const name of names) {
      const highlight = this.highlights.get(name);
      if (on) highlight?.add(range);
      else highlight?.delete(range);
    }
  }
}

const DEPTH_STYLES = ['', 'underline 2px', 'underline double 2px', 'underline wavy 2px'];

/** The highlight styles for some types: translucent colour, darker and underlined with depth. */
export function highlightCss(types: readonly LabelType[]): string {
  return types
    .flatMap((type) => [
      `::highlight(${highlightName(type.id)}) { background-color: ${type.color}4d; }`,
      ...DEPTH_STYLES.slice(1).map(
        (decoration, i) =>
          `::highlight(${highlightName(type.id, i + 1)}) { background-color: ${type.color}26; text-decoration: ${decoration} ${type.color}; }`,
      ),
    ])
    .join('\n');
}
