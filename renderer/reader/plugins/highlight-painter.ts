import type { Fragment, StoredAnnotation } from '../../../core/model/annotation';
import type { LabelType } from '../../../core/model/label-types';
import { fragmentDepths } from '../../../core/annotations/annotation-queries';
import { GHOST_STYLE } from '../../sets/set-styles';
import type { DomTextMap } from '../dom-text-map';

/** Depths painted apart; deeper spans share the last style. */
const MAX_DEPTH = 3;
const SELECTED = 'gloss-selected';
/**
 * The highlight a fragment is painted in: its type's, by depth for the
 * analyst's own set (style 0), and one per style for the other sets.
 */
export const highlightName = (type: string, depth = 0, style = 0) =>
  style > 0 ? `gloss-${type}-s${style}` : depth === 0 ? `gloss-${type}` : `gloss-${type}-d${depth}`;

interface Painted {
  type: string;
  depth: number;
  /** Its set's style: 0 for the analyst's own set. */
  style: number;
  /** The blocks the fragment spans, to know when it is in view. */
  first: number;
  last: number;
  /** Made when the fragment first comes into view (or is selected). */
  range: Range | null;
  /** Whether its range is in the highlights now. */
  live: boolean;
}

/**
 * Keeps the CSS highlights in step with the annotations, touching only what
 * changed and only what is near the viewport:
 * - a Range is made once per fragment (fragments are immutable, so identity
 *   says "unchanged"), and only when the fragment first comes near the view;
 * - the highlights hold only the ranges of blocks in or near view, because
 *   Chromium revisits every range of a highlight when it changes: with ten
 *   thousand ranges in one highlight, tagging a word cost a second.
 *
 * Every fragment is in its type's highlight `gloss-<type>`; a nested or
 * overlapping one is also in `gloss-<type>-d<depth>`, painted darker and
 * underlined, because one highlight paints overlapping ranges only once.
 * Fragments of other sets (a colleague's, an import) are painted apart, in
 * `gloss-<type>-s<style>`: lighter, with a dotted or dashed line; the
 * engine's suggestions as ghosts, a dashed line above and below, unfilled.
 */
export class HighlightPainter {
  private readonly painted = new Map<Fragment, Painted>();
  private readonly byBlock = new Map<number, Set<Fragment>>();
  private readonly visible = new Set<number>();
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
      for (let style = 1; style <= GHOST_STYLE; style++) this.highlights.set(highlightName(type.id, 0, style), new Highlight());
    }
    this.selected.priority = MAX_DEPTH + 2;
    for (const [name, highlight] of this.highlights) CSS.highlights.set(name, highlight);
    CSS.highlights.set(SELECTED, this.selected);
  }

  /** `styles` gives each set's style (0 for the analyst's own); a set it does not name is painted as another's. */
  update(annotations: readonly StoredAnnotation[], styles: ReadonlyMap<string, number>): void {
    const depths = fragmentDepths(annotations);
    for (const fragment of this.painted.keys()) {
      if (!depths.has(fragment)) this.forget(fragment);
    }
    for (const annotation of annotations) {
      const style = styles.get(annotation.set) ?? 1;
      for (const fragment of annotation.fragments) {
        const depth = Math.min(depths.get(fragment) ?? 0, MAX_DEPTH);
        const painted = this.painted.get(fragment);
        if (painted && painted.depth === depth && painted.type === annotation.type && painted.style === style) continue;
        if (painted) {
          this.show(painted, false);
          painted.type = annotation.type;
          painted.depth = depth;
          painted.style = style;
        } else {
          this.remember(fragment, annotation.type, depth, style);
        }
        this.refresh(fragment);
      }
    }
  }

  /** Blocks came into or went out of view: their fragments join or leave the highlights. */
  setVisibility(entered: readonly number[], left: readonly number[]): void {
    for (const block of entered) this.visible.add(block);
    for (const block of left) this.visible.delete(block);
    for (const block of [...entered, ...left]) {
      for (const fragment of this.byBlock.get(block) ?? []) this.refresh(fragment);
    }
  }

  select(annotation: StoredAnnotation | null): void {
    this.selected.clear();
    for (const fragment of annotation?.fragments ?? []) {
      const painted = this.painted.get(fragment);
      if (painted) this.selected.add(this.rangeOf(fragment, painted));
    }
  }

  dispose(): void {
    for (const name of this.highlights.keys()) CSS.highlights.delete(name);
    CSS.highlights.delete(SELECTED);
  }

  private remember(fragment: Fragment, type: string, depth: number, style: number): void {
    const [first, last] = this.map.blocksOf(fragment.start, fragment.end);
    this.painted.set(fragment, { type, depth, style, first, last, range: null, live: false });
    for (let block = first; block <= last; block++) {
      let fragments = this.byBlock.get(block);
      if (!fragments) this.byBlock.set(block, (fragments = new Set()));
      fragments.add(fragment);
    }
  }

  private forget(fragment: Fragment): void {
    const painted = this.painted.get(fragment);
    if (!painted) return;
    this.show(painted, false);
    for (let block = painted.first; block <= painted.last; block++) this.byBlock.get(block)?.delete(fragment);
    this.painted.delete(fragment);
  }

  private refresh(fragment: Fragment): void {
    const painted = this.painted.get(fragment);
    if (!painted) return;
    let near = false;
    for (let block = painted.first; block <= painted.last && !near; block++) near = this.visible.has(block);
    if (near === painted.live) return;
    if (near) this.rangeOf(fragment, painted);
    this.show(painted, near);
  }

  private rangeOf(fragment: Fragment, painted: Painted): Range {
    painted.range ??= this.map.rangeFor(fragment.start, fragment.end);
    return painted.range;
  }

  private show(painted: Painted, on: boolean): void {
    if (painted.live === on && on) return;
    const { type, depth, style, range } = painted;
    painted.live = on;
    if (!range) return;
    const names =
      style > 0 ? [highlightName(type, 0, style)] : depth === 0 ? [highlightName(type)] : [highlightName(type), highlightName(type, depth)];
    for (const name of names) {
      const highlight = this.highlights.get(name);
      if (on) highlight?.add(range);
      else highlight?.delete(range);
    }
  }
}

const DEPTH_STYLES = ['', 'underline 2px', 'underline double 2px', 'underline wavy 2px'];
/** Other sets' lines; the set chips show the same samples (sets.css). */
const OTHER_SET_LINES = ['underline dotted 3px', 'underline dashed 2px', 'underline overline dotted 2px'];
/** The suggestions' ghost (GHOST_STYLE): an outline of dashes over and under the words, with no fill. */
const GHOST_LINE = 'underline overline dashed 2px';

/**
 * The highlight styles for some types: the analyst's own set in translucent
 * colour, darker and underlined with depth; other sets faint, each with its
 * line; suggestions only outlined.
 */
export function highlightCss(types: readonly LabelType[]): string {
  return types
    .flatMap((type) => [
      `::highlight(${highlightName(type.id)}) { background-color: ${type.color}4d; }`,
      ...DEPTH_STYLES.slice(1).map(
        (decoration, i) =>
          `::highlight(${highlightName(type.id, i + 1)}) { background-color: ${type.color}26; text-decoration: ${decoration} ${type.color}; }`,
      ),
      ...OTHER_SET_LINES.map(
        (decoration, i) =>
          `::highlight(${highlightName(type.id, 0, i + 1)}) { background-color: ${type.color}14; text-decoration: ${decoration} ${type.color}; }`,
      ),
      `::highlight(${highlightName(type.id, 0, GHOST_STYLE)}) { text-decoration: ${GHOST_LINE} ${type.color}; }`,
    ])
    .join('\n');
}
