import type { BlockDraft } from '../../../core/text/blocks';

/** One line of text as placed on a PDF page (PDF units; y grows upwards). */
export interface PdfLine {
  page: number;
  x: number;
  y: number;
  fontSize: number;
  text: string;
}

/** A line this much larger than the body text is a heading. */
const HEADING_SIZE_RATIO = 1.2;
/** A gap this much wider than the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.4;
/** Text that ends a sentence; a page break after anything else continues the paragraph. */
const SENTENCE_END = /[.!?:;"”’)\]]$/;

/**
 * Rebuilds paragraphs from positioned lines, since a PDF stores only where
 * each line is drawn. A new block starts where the font size changes, where
 * the gap to the previous line is wider than the usual spacing, where a line
 * is indented past the left margin, or at a page break after a full sentence.
 */
export function blocksFromLines(lines: readonly PdfLine[]): BlockDraft[] {
  const kept = lines.filter((line) => line.text.trim().length > 0);
  const bodySize = median(kept.map((line) => line.fontSize));
  const spacing = median(gapsBetween(kept));
  const margin = Math.min(...kept.filter((line) => sameSize(line.fontSize, bodySize)).map((line) => line.x));
  const blocks: { kind: BlockDraft['kind']; lines: string[] }[] = [];
  kept.forEach((line, i) => {
    const previous = kept[i - 1];
    const kind = line.fontSize >= bodySize * HEADING_SIZE_RATIO ? 'heading' : 'paragraph';
    const startsBlock =
      !previous ||
      !sameSize(line.fontSize, previous.fontSize) ||
      (line.page === previous.page
        ? previous.y - line.y > spacing * PARAGRAPH_GAP_RATIO || line.x > margin + line.fontSize
        : SENTENCE_END.test(previous.text.trim()));
    if (startsBlock) blocks.push({ kind, lines: [] });
    blocks[blocks.length - 1]?.lines.push(line.text.trim());
  });
  return blocks.map((block) => ({ kind: block.kind, text: joinLines(block.lines) }));
}

/**
 * Joins wrapped lines, mending words hyphenated at a line end ("inter-" +
 * "national"). Without a dictionary a compound broken at its own hyphen
 * ("well-" + "known") is mended too; that is the rarer case in typeset news.
 */
function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) =>
    /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) ? text.slice(0, -1) + line : `${text} ${line}`,
  );
}

function gapsBetween(lines: readonly PdfLine[]): number[] {
  return lines.slice(1).flatMap((line, i) => {
    const previous = lines[i] as PdfLine;
    const gap = previous.y - line.y;
    return line.page === previous.page && gap > 0 && sameSize(line.fontSize, previous.fontSize) ? [gap] : [];
  });
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.1;
}

/** The lower median: with few lines, a paragraph gap must not become the usual spacing. */
function median(values: readonly number[]): number {
  if (values.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
