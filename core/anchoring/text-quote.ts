import type { CodePointIndex } from '../text/code-points';
import type { Fragment } from '../model/annotation';

/** Enough context to tell repeated phrases apart, short enough to survive edits. */
export const QUOTE_CONTEXT_LENGTH = 32;

/**
 * Describes a code-point range of a text as a fragment: its position plus the
 * exact text and the context either side (W3C TextQuoteSelector).
 */
export function describeFragment(index: CodePointIndex, start: number, end: number): Fragment {
  return {
    start,
    end,
    exact: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.codePointLength, end + QUOTE_CONTEXT_LENGTH)),
  };
}

/** True when the fragment's offsets still point at its quoted text. */
export function fragmentFits(index: CodePointIndex, fragment: Fragment): boolean {
  return fragment.end <= index.codePointLength && index.slice(fragment.start, fragment.end) === fragment.exact;
}
