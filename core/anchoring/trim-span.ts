import type { CodePointIndex } from '../text/code-points';

export interface Span {
  start: number;
  end: number;
}

/**
 * Drops white space at both ends of a selected range (code points). Returns
 * null when nothing but white space was selected, so the caller can tell the
 * analyst instead of storing an invisible annotation.
 */
export function trimSpan(index: CodePointIndex, span: Span): Span | null {
  const from = index.toUtf16(span.start);
  const selected = index.text.slice(from, index.toUtf16(span.end));
  const trimmed = selected.trim();
  if (trimmed.length === 0) return null;
  const trimmedFrom = from + selected.length - selected.trimStart().length;
  const start = index.toCodePoint(trimmedFrom);
  const end = index.toCodePoint(trimmedFrom + trimmed.length);
  return { start, end };
}
