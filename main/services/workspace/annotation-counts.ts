import type { StoredAnnotation } from '../../../core/model/annotation';
import { countByType } from '../../../core/annotations/annotation-queries';

/** Annotations per type, as the document list shows them (the same count the reader shows). */
export { countByType };

/**
 * Counts after one change, counted as countByType counts (suggestions left
 * out) but only over what the change touched: the annotations it replaced or
 * removed (`gone`) come off, the ones it saved (`come`) go on.
 */
export function countsAfter(counts: Readonly<Record<string, number>>, gone: Iterable<StoredAnnotation>, come: Iterable<StoredAnnotation>): Record<string, number> {
  const next = { ...counts };
  for (const [type, count] of Object.entries(countByType(gone))) next[type] = (next[type] ?? 0) - count;
  for (const [type, count] of Object.entries(countByType(come))) next[type] = (next[type] ?? 0) + count;
  return Object.fromEntries(Object.entries(next).filter(([, count]) => count > 0));
}
