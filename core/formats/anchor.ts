import type { Fragment } from '../model/annotation';
import { anchorFragment, describeFragment } from '../anchoring/fragment';
import type { CodePointIndex } from '../text/code-points';
import { err, ok, type Result } from '../result';

/** The text an imported range was made against, and the text it goes into (the same unless the workspace's differs). */
export interface RangeTexts {
  source: CodePointIndex | null;
  target: CodePointIndex;
}

/**
 * Places a code-point range read from a file that came with its own copy of
 * the text: checked against that copy, then found in the workspace's text by
 * its quote and context when the two differ.
 */
export function placeRange(texts: RangeTexts, start: number, end: number): Result<Fragment, string> {
  const reference = texts.source ?? texts.target;
  if (end <= start) return err(`the span ${start}–${end} is empty or reversed`);
  if (end > reference.codePointLength) return err(`the span ${start}–${end} runs past the end of the text (${reference.codePointLength} characters)`);
  const described = describeFragment(reference, start, end);
  if (reference === texts.target) return ok(described);
  const anchored = anchorFragment(texts.target, described);
  return anchored.ok ? ok(anchored.value.fragment) : anchored;
}
