import type { CodePointIndex } from '../text/code-points';
import { err, ok, type Result } from '../result';
import type { Span } from './trim-span';

/** A span by its offsets alone (W3C TextPositionSelector), in code points. */
export interface TextPositionSelector {
  start: number;
  end: number;
}

export function toSelector(_index: CodePointIndex, span: Span): TextPositionSelector {
  return { start: span.start, end: span.end };
}

/** The span the offsets name, if it is one: not empty or reversed, and inside the text. */
export function fromSelector(index: CodePointIndex, selector: TextPositionSelector): Result<Span, string> {
  const { start, end } = selector;
  if (start < 0 || end <= start) return err(`the span ${start}–${end} is empty or reversed`);
  if (end > index.codePointLength) return err(`the span ${start}–${end} runs past the end of the text (${index.codePointLength} characters)`);
  return ok({ start, end });
}
