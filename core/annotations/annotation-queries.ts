import { countBelow } from '../text/sorted';
import type { Fragment, StoredAnnotation } from '../model/annotation';
import { SUGGESTIONS_SET } from '../model/suggestions';

/** Annotations per type, as the document list shows them: the engine's suggestions are nobody's work yet, so they are not counted. */
export function countByType(annotations: Iterable<StoredAnnotation>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) {
    if (annotation.set !== SUGGESTIONS_SET) counts[annotation.type] = (counts[annotation.type] ?? 0) + 1;
  }
  return counts;
}

/** The shortest fragment of an annotation covering `offset`, or null. */
function lengthAt(annotation: StoredAnnotation, offset: number): number | null {
  let best: number | null = null;
  for (const fragment of annotation.fragments) {
    const length = fragment.end - fragment.start;
    if (fragment.start <= offset && offset < fragment.end && (best === null || length < best)) best = length;
  }
  return best;
}

/**
 * Every annotation covering `offset`, innermost (shortest fragment there)
 * first, so a click's plain meaning is the head and the rest can be offered.
 */
export function annotationsAt(annotations: readonly StoredAnnotation[], offset: number): StoredAnnotation[] {
  const hits: { annotation: StoredAnnotation; length: number }[] = [];
  for (const annotation of annotations) {
    const length = lengthAt(annotation, offset);
    if (length !== null) hits.push({ annotation, length });
  }
  return hits.sort((a, b) => a.length - b.length).map((hit) => hit.annotation);
}

/**
 * The annotation a click at `offset` means: of those covering it, the one with
 * the shortest fragment there, so nested spans stay reachable by clicking.
 */
export function innermostAt(annotations: readonly StoredAnnotation[], offset: number): StoredAnnotation | null {
  return annotationsAt(annotations, offset)[0] ?? null;
}

/**
 * The nesting depth of every fragment: how many other fragments (of any type)
 * are still open where it starts. Outer spans get 0, a span inside or
 * overlapping one of them 1, and so on; the reader paints each depth
 * differently so stacked spans stay readable. O(n log n) plus the number of
 * spans open at once, which news annotation keeps small.
 */
export function fragmentDepths(annotations: readonly StoredAnnotation[]): Map<Fragment, number> {
  const fragments = annotations.flatMap((annotation) => annotation.fragments);
  fragments.sort((a, b) => a.start - b.start || b.end - a.end);
  const depths = new Map<Fragment, number>();
  const openEnds: number[] = []; // ascending
  for (const fragment of fragments) {
    let closed = 0;
    while (closed < openEnds.length && (openEnds[closed] as number) <= fragment.start) closed++;
    if (closed > 0) openEnds.splice(0, closed);
    depths.set(fragment, openEnds.length);
    openEnds.splice(countBelow(openEnds, fragment.end), 0, fragment.end);
  }
  return depths;
}

/** Annotations in reading order, then the one after (or before) the selected one, wrapping round. */
export function neighbour(
  ordered: readonly StoredAnnotation[],
  selectedId: string | null,
  step: 1 | -1,
): StoredAnnotation | null {
  if (ordered.length === 0) return null;
  const at = selectedId === null ? -1 : ordered.findIndex((a) => a.id === selectedId);
  if (at < 0) return (step === 1 ? ordered[0] : ordered.at(-1)) ?? null;
  return ordered[(at + step + ordered.length) % ordered.length] ?? null;
}

/** An annotation's words, its fragments joined by a space: how lists show it and what tells a date's tense ("said Thursday"). */
export function annotationWords(annotation: StoredAnnotation): string {
  return annotation.fragments.map((fragment) => fragment.exact).join(' ');
}
