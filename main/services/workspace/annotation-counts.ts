import type { StoredAnnotation } from '../../../core/model/annotation';

/** Annotations per type, as the manifest keeps them for the document list. */
export function countByType(annotations: Iterable<StoredAnnotation>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) counts[annotation.type] = (counts[annotation.type] ?? 0) + 1;
  return counts;
}

/** Whether two counts say the same; a type counted 0 and one not counted are the same. */
export function sameCounts(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}
