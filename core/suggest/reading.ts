import { wordKey, type Lexicon } from './lexicon';
import { mentionsIn, subjectBefore, type Subject } from './names';
import { findQuoteMarks, type QuoteMarks } from './quote-marks';
import { Resolver } from './resolve';
import { paragraphsOf, sentencesOf, type Paragraph } from './text-units';

interface Range {
  start: number;
  end: number;
}

/**
 * One document as the rules read it: paragraphs, quotations, sentences
 * (never split inside a quotation) and the names it mentions outside
 * quotations, all worked out once and shared by every rule.
 */
export class Reading {
  readonly paragraphs: Paragraph[];
  readonly quotes: QuoteMarks[];
  readonly sentences: (Range & { paragraph: number })[] = [];
  readonly resolver: Resolver;
  /** Every cue and every "according to" in the text, in order, found in one pass each. */
  readonly cues: Match[];
  readonly accordings: Match[];
  /** 1 where a character lies inside a quotation's marks. */
  private readonly quoted: Uint8Array;

  constructor(
    readonly text: string,
    readonly lexicon: Lexicon,
  ) {
    this.paragraphs = paragraphsOf(text);
    this.quotes = findQuoteMarks(text, this.paragraphs);
    this.quoted = new Uint8Array(text.length);
    for (const quote of this.quotes) for (const piece of quote.pieces) this.quoted.fill(1, piece.open + 1, piece.close - 1);
    for (const paragraph of this.paragraphs) {
      for (const sentence of sentencesOf(text, paragraph, (at) => this.isQuoted(at))) this.sentences.push({ ...sentence, paragraph: paragraph.index });
    }
    this.cues = allMatches(text, lexicon.cue);
    this.accordings = allMatches(text, lexicon.according);
    const mentions = [...mentionsIn(text, lexicon), ...loneSpeakers(text, this.cues, lexicon)].sort((a, b) => a.start - b.start);
    this.resolver = new Resolver(mentions.filter((mention, i) => !this.isQuoted(mention.start) && mentions[i - 1]?.start !== mention.start));
  }

  /** Whether a lone name is the last word of a fuller name the text gives ("Lavrov" after "Sergei Lavrov"). */
  isKnownSurname(name: string): boolean {
    return this.resolver.resolve({ kind: 'named', name, entityKind: 'person', start: 0, end: 0, role: '' }, this.text.length)?.name !== name;
  }

  isQuoted(at: number): boolean {
    return this.quoted[at] === 1;
  }

  /** The cues (or "according to"s) that lie wholly between two offsets, outside quotations. */
  matchesIn(matches: readonly Match[], from: number, to: number): Match[] {
    const found: Match[] = [];
    for (let i = firstAtOrAfter(matches, from); i < matches.length; i++) {
      const match = matches[i] as Match;
      if (match.end > to) break;
      if (!this.isQuoted(match.start)) found.push(match);
    }
    return found;
  }

  /** The sentence holding an offset (binary search). */
  sentenceAt(at: number): Range & { paragraph: number } {
    let low = 0;
    let high = this.sentences.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.sentences[mid] as Range).start <= at) low = mid;
      else high = mid - 1;
    }
    return this.sentences[low] ?? { start: 0, end: this.text.length, paragraph: 0 };
  }
}

/** How far before a cue its subject is looked for when listing who speaks. */
const SPEAKER_REACH = 60;

/**
 * A single name right before a cue ("Pashinian said") names a person the
 * article may never give in full: a mention that a later "he" can stand for.
 */
function loneSpeakers(text: string, cues: readonly Match[], lexicon: Lexicon): Extract<Subject, { kind: 'named' }>[] {
  const found: Extract<Subject, { kind: 'named' }>[] = [];
  for (const cue of cues) {
    const subject = subjectBefore(text, Math.max(0, cue.start - SPEAKER_REACH), cue.start, lexicon);
    if (subject?.kind === 'named' && subject.entityKind === 'person' && subject.role === '' && !subject.name.includes(' ')) found.push(subject);
  }
  return found;
}

/** A cue or "according to" as found in the text (UTF-16 offsets); `key` is its lowercase form with single spaces. */
export interface Match {
  text: string;
  key: string;
  start: number;
  end: number;
}

function allMatches(text: string, pattern: RegExp): Match[] {
  const found: Match[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ text: match[0], key: wordKey(match[0]).replace(/\s+/g, ' '), start: match.index, end: match.index + match[0].length });
  }
  return found;
}

function firstAtOrAfter(matches: readonly Match[], at: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((matches[mid] as Match).start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
