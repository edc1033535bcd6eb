/** A paragraph of the text (UTF-16 offsets, end exclusive): a line that is not empty. */
export interface Paragraph {
  start: number;
  end: number;
  index: number;
}

/** The text's non-empty lines, each a paragraph. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    if (match[0].trim() !== '') paragraphs.push({ start: match.index, end: match.index + match[0].length, index: paragraphs.length });
  }
  return paragraphs;
}

/** Abbreviations whose full stop ends no sentence ("Gen. Smith", "M. Macron"). */
const ABBREVIATIONS = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Prof|Sen|Rep|Gov|St|Jr|Sr|No|vs|etc|approx|Inc|Ltd|Co|Corp|Mt|M|Mme|Dr|Fr|Hr|Nr|ca|bzw|z\.B|Sr|Sra|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|a\.m|p\.m|[A-ZА-Я])\.$/u;
/** A German ordinal day before its month ("am 13. Februar"): its full stop ends no sentence. */
const ORDINAL_DAY = /(?:^|\s)\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?![\p{L}])/u;

/**
 * Where sentences end in a paragraph: after . ! ? or … followed by a space and
 * a capital, a digit, a quotation mark or a dash, unless the word is an
 * abbreviation; never inside `protected` ranges (quotations, whose own
 * sentences belong to them). Returns sentence ranges.
 */
export function sentencesOf(text: string, paragraph: Paragraph, isProtected: (at: number) => boolean): { start: number; end: number }[] {
  const sentences: { start: number; end: number }[] = [];
  let start = paragraph.start;
  const end = /[.!?…]+["”’»«“)]*\s+(?=[\p{Lu}\p{N}"“«„‘‚—–-])/gu;
  end.lastIndex = paragraph.start;
  for (let match = end.exec(text); match && match.index < paragraph.end; match = end.exec(text)) {
    const stop = match.index + match[0].trimEnd().length;
    // A full stop inside a quotation ends a sentence only where the quotation ends with it (“… region.” It said).
    if (isProtected(stop - 1)) continue;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, match.index - 12), match.index + 1))) continue;
    if (ORDINAL_DAY.test(text.slice(Math.max(start, match.index - 3), match.index + match[0].length + 10))) continue;
    sentences.push({ start, end: stop });
    start = match.index + match[0].length;
  }
  if (start < paragraph.end) sentences.push({ start, end: paragraph.end });
  return sentences;
}

/**
 * Whether the code point just before `at` is one of `chars` (a class anchored
 * at the end, as /[\p{L}\d]$/u). A search checks this after a match rather
 * than by a lookbehind at its pattern's start, which makes the regex engine
 * try the lookbehind at every place of the text: on a 1 MB article, half or
 * more of the search's time.
 */
export function codePointBeforeIs(text: string, at: number, chars: RegExp): boolean {
  return at > 0 && chars.test(text.slice(Math.max(0, at - 2), at));
}
