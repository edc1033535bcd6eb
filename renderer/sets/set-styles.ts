import type { StoredAnnotation } from '../../core/model/annotation';
import { SUGGESTIONS_SET } from '../../core/model/suggestions';

/** Styles other sets are painted in (0 is the analyst's own set: filled). */
const OTHER_SET_STYLES = 3;
/**
 * The engine's suggestions are painted as ghosts, outlined and never filled,
 * in a style no analyst's set shares: nobody must take them for human work.
 */
export const GHOST_STYLE = OTHER_SET_STYLES + 1;

/** The sets a document's annotations are in, with the analyst's own first and the rest by name. */
export function setsOf(annotations: readonly StoredAnnotation[], own: string): string[] {
  const others = new Set<string>();
  for (const annotation of annotations) if (annotation.set !== own) others.add(annotation.set);
  return [own, ...[...others].sort((a, b) => a.localeCompare(b))];
}

/**
 * The style each set is painted in: 0 for the analyst's own set, the ghost
 * style for the suggestions, then 1, 2, 3 and round again for the others, in
 * the order `setsOf` lists them, so colleagues' sets side by side stay apart.
 */
export function setStyleIndex(sets: readonly string[], own: string): ReadonlyMap<string, number> {
  const styles = new Map<string, number>([[own, 0]]);
  let others = 0;
  for (const set of sets.filter((s) => s !== own)) styles.set(set, set === SUGGESTIONS_SET ? GHOST_STYLE : 1 + (others++ % OTHER_SET_STYLES));
  return styles;
}
