import type { StoredAnnotation } from '../../core/model/annotation';

/** Styles other sets are painted in (0 is the analyst's own set: filled). */
export const OTHER_SET_STYLES = 3;

/** The sets a document's annotations are in, with the analyst's own first and the rest by name. */
export function setsOf(annotations: readonly StoredAnnotation[], own: string): string[] {
  const others = new Set<string>();
  for (const annotation of annotations) if (annotation.set !== own) others.add(annotation.set);
  return [own, ...[...others].sort((a, b) => a.localeCompare(b))];
}

/**
 * The style each set is painted in: 0 for the analyst's own set, then 1, 2, 3
 * and round again for the others, in the order `setsOf` lists them, so
 * colleagues' sets side by side stay apart.
 */
export function setStyleIndex(sets: readonly string[], own: string): ReadonlyMap<string, number> {
  const styles = new Map<string, number>([[own, 0]]);
  for (const set of sets.filter((s) => s !== own)) styles.set(set, 1 + ((styles.size - 1) % OTHER_SET_STYLES));
  return styles;
}
