import type { Span } from '../anchoring/trim-span';

/**
 * Gloss's one word rule, for snapping a selection to words and for moving a
 * fragment's edge by a word. Word boundaries come from `Intl.Segmenter`,
 * which knows scripts without spaces (Chinese, Japanese, Thai) as well as
 * those with them. All offsets here are UTF-16; callers convert code points.
 */

/**
 * How far either side of a position the segmenter looks (UTF-16 units).
 * Words longer than this are rare; a window keeps each step O(1) in a 1 MB
 * text instead of segmenting the whole article every time.
 */
const WINDOW = 256;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(locale: string | undefined): Intl.Segmenter {
  const key = locale ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** The word-like segment holding the unit at `at`, or null if that is white space or punctuation. */
export function wordAround(text: string, at: number, locale?: string): Span | null {
  const windowStart = Math.max(0, at - WINDOW);
  const window = text.slice(windowStart, Math.min(text.length, at + WINDOW));
  const segment = segmenterFor(locale).segment(window).containing(at - windowStart);
  if (!segment || !segment.isWordLike) return null;
  const start = windowStart + segment.index;
  return { start, end: start + segment.segment.length };
}

/** Spaces and tabs: a word step crosses them, but never a line break (a fragment stays in its paragraph). */
const isSpace = (char: string | undefined) => char === ' ' || char === '\t' || char === '\u00a0';
const isBreak = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * Where a word step may stop inside the run of non-space text around `at`:
 * the run's two ends, and the start of each word-like segment after its
 * first. So punctuation stays with the word it touches ("sound,”" and "“The"
 * are one step each) and "渡轮整个星期" is three steps, not one.
 */
function stopsAround(text: string, at: number, locale: string | undefined): number[] {
  let runStart = at;
  while (runStart > 0 && runStart > at - WINDOW && !isBreak(text[runStart - 1])) runStart--;
  let runEnd = at;
  while (runEnd < text.length && runEnd < at + WINDOW && !isBreak(text[runEnd])) runEnd++;
  // A window cut mid-run is not a stop, and the word it cut may be partial.
  const wholeStart = runStart === 0 || isBreak(text[runStart - 1]);
  const stops = wholeStart ? [runStart] : [];
  let seenWord = !wholeStart;
  for (const segment of segmenterFor(locale).segment(text.slice(runStart, runEnd))) {
    if (!segment.isWordLike) continue;
    if (seenWord && segment.index > 0) stops.push(runStart + segment.index);
    seenWord = true;
  }
  if (runEnd === text.length || isBreak(text[runEnd])) stops.push(runEnd);
  return stops;
}

/** Where the word after `at` ends, across spaces, or null at a line break or the end of the text. */
export function nextWordEnd(text: string, at: number, locale?: string): number | null {
  let i = at;
  while (isSpace(text[i])) i++;
  if (isBreak(text[i])) return null;
  return stopsAround(text, i, locale).find((stop) => stop > i) ?? null;
}

/** Where the word before `at` starts, across spaces, or null at a line break or the start of the text. */
export function previousWordStart(text: string, at: number, locale?: string): number | null {
  let i = at;
  while (isSpace(text[i - 1])) i--;
  if (i === 0 || isBreak(text[i - 1])) return null;
  return stopsAround(text, i - 1, locale).findLast((stop) => stop < i) ?? null;
}

/** Where the white space before `at` starts: a shrunk end leaves no trailing spaces. */
export function spaceStart(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i - 1])) i--;
  return i;
}

/** Where the white space at `at` ends: a shrunk start leaves no leading spaces. */
export function spaceEnd(text: string, at: number): number {
  let i = at;
  while (isSpace(text[i])) i++;
  return i;
}
