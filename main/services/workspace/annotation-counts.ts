/** Annotations per type, as the manifest keeps them for the document list (the same count the reader shows). */
export { countByType } from '../../../core/annotations/annotation-queries';

/** Whether two counts say the same; a type counted 0 and one not counted are the same. */
export function sameCounts(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}
