import { attributionAfter, attributionBefore, type Attribution } from './attribution';
import type { QuoteMarks, QuotePiece } from './quote-marks';
import type { Reading } from './reading';

/** A direct quotation with its attribution, before speakers are resolved (UTF-16 offsets). */
export interface FoundQuote {
  pieces: QuotePiece[];
  kind: 'direct' | 'partial';
  attribution: Attribution | null;
  /** How the attribution was found, for the analyst. */
  how: string;
}

/** Words with a letter or digit in them, counted without splitting the text (this runs for every quotation and the words around it). */
const WORD_WITH_LETTER = /\S*[\p{L}\p{N}]\S*/gu;
function wordCount(text: string): number {
  let count = 0;
  WORD_WITH_LETTER.lastIndex = 0;
  while (WORD_WITH_LETTER.exec(text)) count++;
  return count;
}
/** An attribution between two pieces is short: "he said", "Lavrov told reporters on Tuesday". */
const SHORT_ATTRIBUTION = 12;

/**
 * “A,” he said, “B.”: two quotations in a paragraph with only an attribution
 * between them, the first ending in a comma, are one quote in two pieces.
 */
function interrupted(reading: Reading, a: QuoteMarks, b: QuoteMarks): Attribution | null {
  const last = a.pieces.at(-1) as QuotePiece;
  const next = b.pieces[0] as QuotePiece;
  if (reading.sentenceAt(last.close).paragraph !== reading.sentenceAt(next.open).paragraph) return null;
  const between = reading.text.slice(last.close, next.open);
  const endsInComma = reading.text.slice(last.end, last.close).includes(',') || /^\s*,/u.test(between);
  // “…” he said, “but …”: a second piece opening in lowercase goes on with the first, comma or not.
  const goesOn = /^\p{Ll}/u.test(reading.text.slice(next.start, next.end));
  if ((!endsInComma && !goesOn) || /[.!?;]/u.test(between) || wordCount(between) > SHORT_ATTRIBUTION) return null;
  const attribution = attributionAfter(reading, last.close, next.open);
  // The attribution ends in a comma, a colon or a dash (“…,” Novak said — “…”).
  return attribution && /^[^.!?]*[,:—–]\s*$/u.test(reading.text.slice(attribution.end, next.open)) ? attribution : null;
}

function kindOf(reading: Reading, pieces: readonly QuotePiece[]): 'direct' | 'partial' {
  const first = pieces[0] as QuotePiece;
  const words = pieces.map((p) => reading.text.slice(p.start, p.end)).join(' ');
  const opensLower = /^\p{Ll}/u.test(words);
  const endsSentence = /[.!?…]$/u.test(words) || /[.!?…,]/u.test(reading.text.slice((pieces.at(-1) as QuotePiece).end, (pieces.at(-1) as QuotePiece).close));
  const before = reading.text.slice(reading.sentenceAt(first.open).start, first.open);
  const framed = before.trim() === '' || /[:,—–]\s*$/u.test(before);
  return !opensLower && (endsSentence || framed) && wordCount(words) >= 3 ? 'direct' : 'partial';
}

/**
 * Direct quotations with their cues and speakers: the attribution after the
 * closing mark (“…,” Lavrov said), before the opening mark (Lavrov said:
 * “…”), or carried over from the quote just before, in the same or the
 * previous paragraph (a speaker quoted at length). A short quotation with
 * no attribution at all is taken for scare quotes or a title and left out.
 */
export function findDirectQuotes(reading: Reading): FoundQuote[] {
  const found: FoundQuote[] = [];
  const quotes = reading.quotes;
  let previous: { attribution: Attribution; paragraph: number } | null = null;
  for (let i = 0; i < quotes.length; i++) {
    let quote = quotes[i] as QuoteMarks;
    let attribution: Attribution | null = null;
    let how = '';
    const next = quotes[i + 1];
    const between = next ? interrupted(reading, quote, next) : null;
    if (next && between) {
      quote = { mark: quote.mark, pieces: [...quote.pieces, ...next.pieces] };
      attribution = between;
      how = 'interrupted by its attribution';
      i++;
    }
    const first = quote.pieces[0] as QuotePiece;
    const last = quote.pieces.at(-1) as QuotePiece;
    const closing = reading.sentenceAt(last.close);
    const opening = reading.sentenceAt(first.open);
    if (!attribution) {
      const after = last.close < closing.end ? attributionAfter(reading, last.close, closing.end) : null;
      if (after) [attribution, how] = [after, 'attribution after the quote'];
    }
    if (!attribution) {
      const before = attributionBefore(reading, opening.start, first.open);
      if (before) [attribution, how] = [before, 'attribution before the quote'];
    }
    const text = quote.pieces.map((p) => reading.text.slice(p.start, p.end)).join(' ');
    const paragraph = opening.paragraph;
    // Three words may be a name or a slogan; a whole sentence (“You just row.”) is speech.
    const closedBySentence = /^[»”“"’›」』]*[.!?…]/u.test(reading.text.slice(last.end, last.end + 3));
    const speech = wordCount(text) >= 4 || (/^\p{Lu}/u.test(text) && (/[.!?…]$/u.test(text) || closedBySentence));
    // «Стройпуть», “Still Ready”: a few capitalised words in marks are a name or a title, not speech.
    if (wordCount(text) <= 3 && text.split(/\s+/u).every((word) => /^[\p{Lu}\p{N}]/u.test(word)) && !/[.!?…]$/u.test(text)) continue;
    if (!attribution && previous && paragraph - previous.paragraph <= 1 && speech) {
      [attribution, how] = [previous.attribution, 'speaker of the quote before'];
    }
    if (!attribution && !speech) continue;
    if (attribution?.subject) previous = { attribution, paragraph: reading.sentenceAt(last.close).paragraph };
    found.push({ pieces: quote.pieces, kind: kindOf(reading, quote.pieces), attribution, how: how || 'no attribution found' });
  }
  return found;
}
