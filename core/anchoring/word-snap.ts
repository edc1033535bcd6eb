import { CodePointIndex } from '../text/code-points';
import { wordAround } from '../text/words';
import type { Span } from './trim-span';

/**
 * Widens a code-point span so that it neither starts nor ends inside a word
 * (the word rule of `core/text/words.ts`). An edge that lies in white space
 * or punctuation stays where it is; `trimSpan` drops white space afterwards.
 * Pure: a function of the string alone.
 */
export function snapToWords(text: string | CodePointIndex, span: Span, locale?: string): Span {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  if (span.end <= span.start) return span;
  const from = index.toUtf16(span.start);
  const to = index.toUtf16(span.end);
  const startWord = wordAround(index.text, from, locale);
  const endWord = wordAround(index.text, to - 1, locale);
  const start = startWord && startWord.start < from ? startWord.start : from;
  const end = endWord && endWord.end > to ? endWord.end : to;
  return { start: index.toCodePoint(start), end: index.toCodePoint(end) };
}
