import { CodePointIndex } from '../text/code-points';
import type { Span } from './trim-span';

/**
 * How far either side of a selection edge the segmenter looks (UTF-16 units).
 * Words longer than this are rare; a window keeps snapping O(1) in a 1 MB text
 * instead of segmenting the whole article on every selection.
 */
const WINDOW = 256;

/**
 * Widens a code-point span so that it neither starts nor ends inside a word.
 * Word boundaries come from `Intl.Segmenter`, which knows scripts without
 * spaces (Chinese, Japanese, Thai) as well as those with them. An edge that
 * lies in white space or punctuation stays where it is; `trimSpan` drops
 * white space afterwards. Pure: a function of the string alone.
 */
export function snapToWords(text: string | CodePointIndex, span: Span, locale?: string): Span {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  if (span.end <= span.start) return span;
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const from = index.toUtf16(span.start);
  const to = index.toUtf16(span.end);
  const startWord = wordAround(index.text, from, segmenter);
  const endWord = wordAround(index.text, to - 1, segmenter);
  const start = startWord && startWord.start < from ? startWord.start : from;
  const end = endWord && endWord.end > to ? endWord.end : to;
  return { start: index.toCodePoint(start), end: index.toCodePoint(end) };
}

/** The word-like segment holding the UTF-16 unit at `at`, in UTF-16 offsets, or null. */
function wordAround(text: string, at: number, segmenter: Intl.Segmenter): Span | null {
  const windowStart = Math.max(0, at - WINDOW);
  const window = text.slice(windowStart, Math.min(text.length, at + WINDOW));
  const segment = segmenter.segment(window).containing(at - windowStart);
  if (!segment || !segment.isWordLike) return null;
  const start = windowStart + segment.index;
  return { start, end: start + segment.segment.length };
}
