import type { StoredAnnotation } from '../../core/model/annotation';

export function countByType(annotations: readonly StoredAnnotation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) counts[annotation.type] = (counts[annotation.type] ?? 0) + 1;
  return counts;
}

/**
 * The annotation a click at `offset` means: of those covering it, the one with
 * the shortest fragment there, so nested spans stay reachable by clicking.
 */
export function innermostAt(annotations: readonly StoredAnnotation[], offset: number): StoredAnnotation | null {
  let best: StoredAnnotation | null = null;
  let bestLength = Infinity;
  for (const annotation of annotations) {
    for (const fragment of annotation.fragments) {
      const length = fragment.end - fragment.start;
      if (fragment.start <= offset && offset < fragment.end && length < bestLength) {
        best = annotation;
        bestLength = length;
      }
    }
  }
  return best;
}
