import { describeFragment } from '../../core/anchoring/text-quote';
import type { Span } from '../../core/anchoring/trim-span';
import type { Fragment, StoredAnnotation } from '../../core/model/annotation';
import type { CodePointIndex } from '../../core/text/code-points';

export type Edge = 'start' | 'end';
export type Resize = 'extend' | 'shrink';

/** Spaces and tabs only: a fragment never grows across a paragraph break. */
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u00a0';
const isWordChar = (char: string | undefined) => char !== undefined && !/\s/.test(char);

/** Where the word after `at` ends (UTF-16), or null at a line break or the end of the text. */
function nextWordEnd(text: string, at: number): number | null {
  let i = at;
  while (isSpace(text[i])) i++;
  if (!isWordChar(text[i])) return null;
  while (isWordChar(text[i])) i++;
  return i;
}

/** Where the word before `at` starts (UTF-16), or null at a line break or the start of the text. */
function previousWordStart(text: string, at: number): number | null {
  let i = at;
  while (isSpace(text[i - 1])) i--;
  if (!isWordChar(text[i - 1])) return null;
  while (isWordChar(text[i - 1])) i--;
  return i;
}

/** The new UTF-16 [start, end) after moving one edge by a word, or null if it cannot move. */
function movedEdge(text: string, start: number, end: number, edge: Edge, resize: Resize): [number, number] | null {
  if (edge === 'end') {
    if (resize === 'extend') {
      const next = nextWordEnd(text, end);
      return next === null ? null : [start, next];
    }
    const previous = previousWordStart(text, end);
    if (previous === null || previous <= start) return null;
    let trimmed = previous;
    while (isSpace(text[trimmed - 1])) trimmed--;
    return [start, trimmed];
  }
  if (resize === 'extend') {
    const previous = previousWordStart(text, start);
    return previous === null ? null : [previous, end];
  }
  const wordEnd = nextWordEnd(text, start);
  if (wordEnd === null) return null;
  let next = wordEnd;
  while (isSpace(text[next])) next++;
  return next >= end ? null : [next, end];
}

/**
 * Moves one edge of a fragment by a whole word; offsets stay in code points
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
