import type { Span } from '../anchoring/trim-span';
import type { Block } from '../model/document';
import type { CodePointIndex } from './code-points';

/**
 * Where the reader's keyboard caret goes, in code points of the whole text:
 * by character, by word (the end of the next word, the start of the one
 * before, as word processors on Windows and Linux move with Ctrl+arrow), by
 * paragraph (a block), and the sentence around it. Word and sentence
 * boundaries come from `Intl.Segmenter`, so scripts without spaces step too.
 * Every move stays inside the text; a word move at a block's edge crosses
 * into the next block.
 */

export type CaretStep = 'character' | 'word' | 'paragraph';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(granularity: 'word' | 'sentence', locale: string | undefined): Intl.Segmenter {
  const key = `${granularity}:${locale ?? ''}`;
  let found = segmenters.get(key);
  if (!found) {
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** The block holding `at`, or the one before when `at` is in the gap between two. */
function blockIndexAt(blocks: readonly Block[], at: number): number {
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((blocks[mid] as Block).start <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Word-like segments of one block, as code-point spans of the whole text. */
function wordsOf(index: CodePointIndex, block: Block, locale: string | undefined): Span[] {
  const text = index.slice(block.start, block.end);
  const base = index.toUtf16(block.start);
  const words: Span[] = [];
  for (const segment of segmenter('word', locale).segment(text)) {
    if (!segment.isWordLike) continue;
    const start = index.toCodePoint(base + segment.index);
    words.push({ start, end: index.toCodePoint(base + segment.index + segment.segment.length) });
  }
  return words;
}

/**
 * The caret position one step from `at` (forward when `direction` is 1).
 * Paragraph steps go to the start of the next block, or back to the start of
 * this block (or the one before, when already at its start).
 */
export function moveCaret(
  index: CodePointIndex,
  blocks: readonly Block[],
  at: number,
  step: CaretStep,
  direction: 1 | -1,
  locale?: string,
): number {
  const last = index.codePointLength;
  const clamp = (value: number) => Math.min(Math.max(value, 0), last);
  if (blocks.length === 0) return clamp(at);
  const i = blockIndexAt(blocks, at);
  const block = blocks[i] as Block;
  if (step === 'character') {
    const next = at + direction;
    // The gap between blocks is one step, not its several separator characters.
    if (direction === 1 && at >= block.end) return blocks[i + 1]?.start ?? clamp(at);
    if (direction === -1 && at <= block.start) return i > 0 ? (blocks[i - 1] as Block).end : 0;
    return clamp(next);
  }
  if (step === 'paragraph') {
    if (direction === 1) return blocks[i + 1]?.start ?? block.end;
    return at > block.start ? block.start : i > 0 ? (blocks[i - 1] as Block).start : block.start;
  }
  if (direction === 1) {
    for (let b = i; b < blocks.length; b++) {
      const end = wordsOf(index, blocks[b] as Block, locale).find((word) => word.end > at)?.end;
      if (end !== undefined) return end;
    }
    return (blocks[blocks.length - 1] as Block).end;
  }
  for (let b = i; b >= 0; b--) {
    const start = wordsOf(index, blocks[b] as Block, locale).findLast((word) => word.start < at)?.start;
    if (start !== undefined) return start;
  }
  return (blocks[0] as Block).start;
}

/** The sentence around `at` (within its block), without the white space after it. */
export function sentenceAround(index: CodePointIndex, blocks: readonly Block[], at: number, locale?: string): Span | null {
  if (blocks.length === 0) return null;
  const block = blocks[blockIndexAt(blocks, at)] as Block;
  const text = index.slice(block.start, block.end);
  const base = index.toUtf16(block.start);
  const offset = Math.min(Math.max(index.toUtf16(at) - base, 0), Math.max(text.length - 1, 0));
  const segment = segmenter('sentence', locale).segment(text).containing(offset);
  if (!segment) return null;
  const trimmed = segment.segment.trimEnd();
  const start = index.toCodePoint(base + segment.index);
  return { start, end: index.toCodePoint(base + segment.index + trimmed.length) };
}
