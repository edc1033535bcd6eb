import { describeFragment } from '../anchoring/fragment';
import type { Span } from '../anchoring/trim-span';
import type { Fragment, StoredAnnotation } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';
import { nextWordEnd, previousWordStart, spaceEnd, spaceStart } from '../text/words';

export type Edge = 'start' | 'end';
export type Resize = 'extend' | 'shrink';

/** The new UTF-16 [start, end) after moving one edge by a word, or null if it cannot move. */
function movedEdge(text: string, start: number, end: number, edge: Edge, resize: Resize): [number, number] | null {
  if (edge === 'end') {
    if (resize === 'extend') {
      const next = nextWordEnd(text, end);
      return next === null ? null : [start, next];
    }
    const previous = previousWordStart(text, end);
    return previous === null || previous <= start ? null : [start, spaceStart(text, previous)];
  }
  if (resize === 'extend') {
    const previous = previousWordStart(text, start);
    return previous === null ? null : [previous, end];
  }
  const wordEnd = nextWordEnd(text, start);
  if (wordEnd === null) return null;
  const next = spaceEnd(text, wordEnd);
  return next >= end ? null : [next, end];
}

/**
 * Moves one edge of a fragment by a whole word (the word rule of
 * `core/text/words.ts`, so Chinese and Japanese move by words too, not by
 * whole runs of text between spaces); offsets stay in code points
 * (converted through the index). Null when the fragment cannot move that way:
 * at the edge of a paragraph, or when it would become empty.
 */
export function resizeFragment(index: CodePointIndex, fragment: Fragment, edge: Edge, resize: Resize): Fragment | null {
  const moved = movedEdge(index.text, index.toUtf16(fragment.start), index.toUtf16(fragment.end), edge, resize);
  if (!moved) return null;
  return describeFragment(index, index.toCodePoint(moved[0]), index.toCodePoint(moved[1]));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The annotation with the span as one more fragment, in reading order; an
 * error message instead when it overlaps a fragment the annotation has.
 */
export function withAddedFragment(
  annotation: StoredAnnotation,
  index: CodePointIndex,
  span: Span,
): { annotation: StoredAnnotation } | { error: string } {
  if (annotation.fragments.some((fragment) => overlaps(fragment, span))) {
    return { error: 'The selection overlaps a fragment this annotation already has.' };
  }
  const fragments = [...annotation.fragments, describeFragment(index, span.start, span.end)].sort((a, b) => a.start - b.start);
  return { annotation: { ...annotation, fragments } };
}

/** Replaces or removes (with null) the fragment at `position`; never removes the last one. */
export function withFragmentAt(annotation: StoredAnnotation, position: number, fragment: Fragment | null): StoredAnnotation {
  if (fragment === null && annotation.fragments.length <= 1) return annotation;
  const fragments = annotation.fragments.flatMap((current, i) => (i !== position ? [current] : fragment ? [fragment] : []));
  return { ...annotation, fragments };
}
