import type { Paragraph } from './text-units';

/** A piece of a quotation inside one paragraph: the marks' places and the words between them. */
export interface QuotePiece {
  /** Where the opening mark is (UTF-16), and where the closing mark ends (or the paragraph, for an open piece). */
  open: number;
  close: number;
  /** The words between the marks, without the spaces at either end. */
  start: number;
  end: number;
}

/** A quotation: one piece, or one per paragraph for a quote that runs over several. */
export interface QuoteMarks {
  pieces: QuotePiece[];
  /** The opening mark, which says which style the quote is in. */
  mark: string;
}

/**
 * Each opening mark with the marks that close it: English “…” and ‘…’, straight
 * quotes, French «…», German „…“ and ‚…‘, the reversed »…« and ›…‹, Swiss ‹…›,
 * and CJK 「…」 and 『…』.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};
const ANY_MARK = /["“”«»„‚‘’‹›「」『』]/g;
/** Marks that never mean anything else, so they open whatever stands around them. */
const UNAMBIGUOUS_OPENERS = new Set(['«', '„', '「', '『', '‹']);

const isSpace = (ch: string | undefined) => ch === undefined || /\s/u.test(ch);
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Before an opening mark: the start, a space, an opening bracket or dash, or another mark. */
const opensAfter = (ch: string | undefined) => isSpace(ch) || /[([{\-—–/«»„‚“‘"‹›「『:]/u.test(ch ?? '');
/** After a closing mark: the end, a space, punctuation or another mark. */
const closesBefore = (ch: string | undefined) => isSpace(ch) || /[.,;:!?)\]}\-—–…»«“”‘’"‹›」』]/u.test(ch ?? '');

interface Open {
  mark: string;
  at: number;
}

/** Trims spaces inside the marks, and the comma a quote ends with before its attribution (“…,” he said). */
function piece(text: string, open: number, contentStart: number, contentEnd: number, close: number): QuotePiece | null {
  let start = contentStart;
  let end = contentEnd;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
  return end > start ? { open, close, start, end } : null;
}

class Scanner {
  private stack: Open[] = [];
  /** Pieces of the open top-level quote in earlier paragraphs. */
  private carried: QuotePiece[] = [];
  private paragraphEnd = 0;
  readonly found: QuoteMarks[] = [];

  constructor(private readonly text: string) {}

  /** Scans one paragraph; `next` is the paragraph after it, to see whether an open quote goes on there. */
  paragraph(paragraph: Paragraph, next: Paragraph | undefined): void {
    const { text } = this;
    this.paragraphEnd = paragraph.end;
    let from = paragraph.start;
    if (this.stack.length > 0) {
      // A quote left open: the paragraph repeats its mark (the running-quote convention) or simply goes on.
      const first = this.firstMark(paragraph);
      if (first !== null && text[first] === this.stack[0]?.mark) from = first + 1;
      this.stack = [{ mark: this.stack[0]?.mark as string, at: from - 1 }];
    }
    ANY_MARK.lastIndex = from;
    for (let match = ANY_MARK.exec(text); match && match.index < paragraph.end; match = ANY_MARK.exec(text)) {
      this.mark(match.index, match[0]);
    }
    const top = this.stack[0];
    if (!top) return;
    if (next && this.goesOn(top.mark, next)) {
      const open = this.carried.length === 0 ? top.at : paragraph.start;
      const contentStart = this.carried.length === 0 ? top.at + 1 : Math.max(top.at + 1, paragraph.start);
      const part = piece(text, open, contentStart, paragraph.end, paragraph.end);
      if (part) this.carried.push(part);
      return;
    }
    // Never closed and not carried on: a stray mark unless earlier paragraphs were part of it.
    if (this.carried.length > 0) {
      const part = piece(text, paragraph.start, Math.max(top.at + 1, paragraph.start), paragraph.end, paragraph.end);
      this.finish(top.mark, part);
    }
    this.stack = [];
    this.carried = [];
  }

  /** The index of the first quotation mark in a paragraph, if the paragraph starts with it. */
  private firstMark(paragraph: Paragraph): number | null {
    let at = paragraph.start;
    while (at < paragraph.end && /\s/u.test(this.text[at] as string)) at++;
    return at < paragraph.end && CLOSERS[this.text[at] as string] !== undefined ? at : null;
  }

  /** Whether an open quote continues into the next paragraph: its mark opens it again, or one of its closers comes before any new opening. */
  private goesOn(mark: string, next: Paragraph): boolean {
    const first = this.firstMark(next);
    if (first !== null && this.text[first] === mark) return true;
    const closers = CLOSERS[mark] as string;
    const body = this.text.slice(next.start, next.end);
    const close = [...closers].map((c) => body.indexOf(c)).filter((i) => i >= 0);
    if (close.length === 0) return false;
    const opening = body.indexOf(mark);
    return opening < 0 || Math.min(...close) < opening || mark === closers;
  }

  private mark(at: number, ch: string): void {
    const before = at > 0 ? this.text[at - 1] : undefined;
    const after = this.text[at + 1];
    // An apostrophe between letters ("it’s", "l’armée") is part of a word, never a mark.
    if ((ch === '’' || ch === "'") && isLetter(before) && isLetter(after)) return;
    // "the workers’ money" inside ‘…’: a plural's apostrophe, when a later mark can still close the quote.
    if (ch === '’' && before === 's' && / \p{Ll}/u.test(this.text.slice(at + 1, at + 3)) && this.text.indexOf('’', at + 1) < this.paragraphEnd && this.text.indexOf('’', at + 1) > 0) return;
    const closing = this.closing(ch, before, after);
    if (closing >= 0) {
      this.close(closing, at);
      return;
    }
    const opens = UNAMBIGUOUS_OPENERS.has(ch) || (opensAfter(before) && !isSpace(after));
    if (CLOSERS[ch] !== undefined && opens) {
      this.stack.push({ mark: ch, at });
    }
  }

  /** The depth of the open quote this mark closes, or -1. */
  private closing(ch: string, before: string | undefined, after: string | undefined): number {
    if (isSpace(before) && !closesBefore(after)) return -1;
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const open = this.stack[depth] as Open;
      if ((CLOSERS[open.mark] as string).includes(ch)) {
        // A closer that could also open (" or “ after „) closes only where it cannot open.
        if (!closesBefore(after) && !isSpace(after) && isLetter(after)) return -1;
        return depth;
      }
    }
    return -1;
  }

  private close(depth: number, at: number): void {
    const open = this.stack[depth] as Open;
    this.stack.length = depth;
    if (depth > 0) return; // a quote inside a quote belongs to the outer one
    const part = piece(this.text, open.at, open.at + 1, at, at + 1);
    this.finish(open.mark, part);
    this.carried = [];
  }

  private finish(mark: string, last: QuotePiece | null): void {
    const pieces = last ? [...this.carried, last] : [...this.carried];
    if (pieces.length > 0) this.found.push({ mark, pieces });
  }
}

/**
 * Every top-level quotation in a text, in order: marks paired by style and
 * by what stands around them (an apostrophe inside a word is not a mark), a
 * quote inside a quote kept inside it, a quote that runs over several
 * paragraphs (its mark repeated at each, or closed in the next) as one with
 * a piece per paragraph. A mark that is never closed in its paragraph and
 * does not go on is a stray, not a quote.
 */
export function findQuoteMarks(text: string, paragraphs: readonly Paragraph[]): QuoteMarks[] {
  const scanner = new Scanner(text);
  paragraphs.forEach((paragraph, index) => scanner.paragraph(paragraph, paragraphs[index + 1]));
  return scanner.found;
}
