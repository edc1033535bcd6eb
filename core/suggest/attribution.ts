import { subjectAfter, subjectBefore, tokensIn, type Subject } from './names';
import type { Match, Reading } from './reading';

/** A cue as found in the text (UTF-16 offsets). */
export type FoundCue = Match;

/** Who said it and with which words; either may be missing ("a source said": a cue without a named speaker). */
export interface Attribution {
  cue: FoundCue | null;
  subject: Subject | null;
  /** Where the attribution's words end, for what follows them. */
  end: number;
}

/** Words allowed between a subject and its cue ("Lavrov also said", "the ministry later told"). */
const BETWEEN = /^(?:\s+(?:also|later|then|again|previously|earlier|afterwards|further|has|have|had|would|reportedly|publicly|repeatedly|once|aussi|également|encore|auch|noch|bereits|también|además|также|ещё|еще))*\s*/iu;
/** French inversion puts the pronoun in the cue: "a-t-il déclaré", "dit-elle". */
const INVERTED_PRONOUN = /-(?:t-)?(?:il|elle)\b/iu;

/** The cue that starts exactly at `at`, if any. */
function cueAt(reading: Reading, at: number, limit: number): FoundCue | null {
  const [first] = reading.matchesIn(reading.cues, at, limit);
  return first?.start === at ? first : null;
}

/** Every cue between two offsets outside quotations. */
export function cuesIn(reading: Reading, from: number, to: number): FoundCue[] {
  return reading.matchesIn(reading.cues, from, to);
}

/** Whether the word before a cue makes it passive ("was told"), so its subject is not the one who spoke. */
export function isPassive(reading: Reading, cue: FoundCue, from: number): boolean {
  const before = tokensIn(reading.text, Math.max(from, cue.start - 20), cue.start, reading.lexicon).at(-1);
  return before !== undefined && reading.lexicon.passive.has(before.key);
}

function withPronoun(cue: FoundCue): Subject | null {
  const match = INVERTED_PRONOUN.exec(cue.text);
  return match ? { kind: 'pronoun', entityKind: 'person', start: cue.start + match.index, end: cue.start + match.index + match[0].length } : null;
}

/** "It cited Patrushev as saying", "quoted the minister as telling": the one quoted speaks, not the one quoting. */
const QUOTED_AS = /(?<![\p{L}])(?:quoted|quoting|cited|citing)\s+([^,.;:!?“”"«»]{1,60}?)\s+as\s+$/iu;
/** "Zakharova was quoted by TASS as saying": between a subject and its cue. */
const WAS_QUOTED_AS = /^\s+(?:was|were|is|has been|had been)\s+(?:quoted|cited)(?:\s+by\s+[^,.;:!?“”"«»]{1,40}?)?\s+as\s+/iu;

/** The subject of a cue, looking behind it first and then after it ("said Lavrov"). */
function subjectOfCue(reading: Reading, cue: FoundCue, from: number, to: number): Subject | null {
  const inverted = withPronoun(cue);
  if (inverted) return inverted;
  const quotedAs = QUOTED_AS.exec(reading.text.slice(Math.max(from, cue.start - 80), cue.start));
  if (quotedAs) {
    const at = cue.start - quotedAs[0].length + quotedAs[0].indexOf(quotedAs[1] as string);
    const quoted = subjectAfter(reading.text, at, cue.start, reading.lexicon);
    if (quoted) return quoted;
  }
  const before = subjectBefore(reading.text, from, cue.start - backOver(reading.text.slice(from, cue.start)), reading.lexicon);
  if (before) return before;
  return subjectAfter(reading.text, skipSpaces(reading.text, cue.end, to), to, reading.lexicon);
}

/** How many characters of adverbs and auxiliaries stand between a subject and its cue ("Lavrov has also said"). */
function backOver(before: string): number {
  let at = before.length;
  for (;;) {
    const word = /[\p{L}]+\s*$/u.exec(before.slice(Math.max(0, at - 40), at));
    if (!word) return before.length - at;
    const start = at - word[0].length;
    const spaced = before.slice(Math.max(0, start - 1), at);
    if (!/^\s/u.test(spaced) || BETWEEN.exec(spaced)?.[0].length !== spaced.length) return before.length - at;
    at = start - 1;
  }
}

function skipSpaces(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && /\s/u.test(text[i] as string)) i++;
  return i;
}

/** The time of day after a day ("jeudi matin", "Tuesday evening", "el martes por la tarde"). */
const PART_OF_DAY_AFTER = /^\s+(?:matin|soir|après-midi|morning|afternoon|evening|night|por la (?:mañana|tarde|noche)|abend|morgen|nachmittag|утром|днём|вечером)(?![\p{L}])/iu;
/** A few lower-case words and a comma before a name: "a neighbour, Rosa Medina", "un riverain, Marc Aubert". */
const COMMON_THEN_COMMA = /^(?:[\p{Ll}\p{M}'’-]+\s+){0,3}[\p{Ll}\p{M}'’-]+,\s+/u;

/**
 * The speaker named after a cue: right after it ("said Lavrov"), after the
 * day it was said ("a déclaré jeudi matin la déléguée Claire Vidal"), or
 * after a common noun in apposition ("contó una vecina, Rosa Medina").
 */
function speakerAfterCue(reading: Reading, at: number, limit: number): Subject | null {
  const { text, lexicon } = reading;
  const own = subjectAfter(text, at, limit, lexicon);
  if (own?.kind === 'named') return own;
  const day = dateWordAt(reading, at);
  if (day) {
    const time = PART_OF_DAY_AFTER.exec(text.slice(day, limit))?.[0].length ?? 0;
    const named = subjectAfter(text, skipSpaces(text, day + time, limit), limit, lexicon);
    if (named?.kind === 'named') return named;
  }
  const apposed = COMMON_THEN_COMMA.exec(text.slice(at, limit));
  const named = apposed ? subjectAfter(text, at + apposed[0].length, limit, lexicon) : null;
  return named?.kind === 'named' ? named : own;
}

/** Where a date word starting at `at` ends ("jeudi", "Tuesday", optionally after "on", "el", "am"), or null. */
function dateWordAt(reading: Reading, at: number): number | null {
  const lead = /^(?:on|el|am|le|в)\s+/iu.exec(reading.text.slice(at, at + 4))?.[0].length ?? 0;
  const hint = reading.lexicon.dateHint;
  hint.lastIndex = at + lead;
  const word = hint.exec(reading.text);
  if (word?.index !== at + lead) return null;
  const end = /^[\p{L}]*/u.exec(reading.text.slice(word.index + word[0].length))?.[0].length ?? 0;
  return word.index + word[0].length + end;
}

/**
 * The attribution right after a quotation's closing mark, within the
 * sentence: ", said Lavrov", ", Lavrov told reporters", ", he added",
 * ", a source said", or the Russian ", — заявил Лавров".
 */
export function attributionAfter(reading: Reading, from: number, limit: number): Attribution | null {
  const { text, lexicon } = reading;
  const lead = /^[\s,]*(?:[—–-]\s*)?/u.exec(text.slice(from, Math.min(limit, from + 8)))?.[0] ?? '';
  const at = from + lead.length;
  const first = cueAt(reading, at, limit);
  if (first) {
    const subject = withPronoun(first) ?? speakerAfterCue(reading, skipSpaces(text, first.end, limit), limit);
    return { cue: first, subject, end: subject ? Math.max(subject.end, first.end) : first.end };
  }
  const subject = subjectAfter(text, at, limit, lexicon);
  const afterSubject = subject ? subject.end : at;
  // "its chief executive, Radu Stan, said": the apposition's closing comma.
  const comma = subject ? (/^\s*,(?=\s)/u.exec(text.slice(afterSubject, limit))?.[0].length ?? 0) : 0;
  const between = BETWEEN.exec(text.slice(afterSubject + comma, limit))?.[0].length ?? 0;
  const gap = comma + (WAS_QUOTED_AS.exec(text.slice(afterSubject + comma, limit))?.[0].length ?? between);
  const named = cueAt(reading, afterSubject + gap, limit);
  if (subject && named) return { cue: named, subject, end: named.end };
  // "a senior official said", "a Nordline spokesman said": a few words before the cue that name nobody.
  const words = /^(?:[\p{L}\p{M}'’-]+\s+){1,4}/u.exec(text.slice(at, limit))?.[0] ?? '';
  const unnamed = words ? cueAt(reading, at + words.length, limit) : null;
  return unnamed ? { cue: unnamed, subject: { kind: 'unnamed', start: at, end: at + words.trimEnd().length }, end: unnamed.end } : null;
}

/**
 * The attribution before a quotation's opening mark, in the same sentence:
 * "Lavrov said: “…", "He added, “…", "said Lavrov: “…", the frame of a
 * partial quote ("Lavrov said the alliance stands “ready”"), "according to
 * X, “…" and a headline's "Lavrov: “…".
 */
export function attributionBefore(reading: Reading, sentenceStart: number, open: number): Attribution | null {
  const { text, lexicon } = reading;
  const cues = cuesIn(reading, sentenceStart, open).filter((cue) => !isPassive(reading, cue, sentenceStart));
  const cue = cues.at(-1);
  const according = lastAccording(reading, sentenceStart, open);
  if (according && (!cue || according.start > cue.start)) {
    const subject = subjectAfter(text, skipSpaces(text, according.end, open), open, lexicon);
    return { cue: according, subject, end: subject?.end ?? according.end };
  }
  if (cue) return { cue, subject: participleSubject(reading, cues, sentenceStart, open), end: cue.end };
  const colon = /^\s*([^.!?:]{2,80}):\s*$/u.exec(text.slice(sentenceStart, open));
  if (colon) {
    const subject = subjectAfter(text, skipSpaces(text, sentenceStart, open), open, lexicon);
    if (subject?.kind === 'named' && /^\s*:\s*$/u.test(text.slice(subject.end, open))) return { cue: null, subject, end: subject.end };
  }
  return null;
}

export function lastAccording(reading: Reading, from: number, to: number): FoundCue | null {
  return reading.matchesIn(reading.accordings, from, to).at(-1) ?? null;
}

/** "-ing" forms and their kin report for the subject of the verb before them: "The CSTO said …, adding that …". */
const PARTICIPLE = /(?:ing|ant|end)$/u;

/** The subject of the last cue; a participle without its own named subject takes that of the cue before it. */
export function participleSubject(reading: Reading, cues: readonly FoundCue[], from: number, to: number): Subject | null {
  const last = cues.at(-1);
  if (!last) return null;
  const own = subjectOfCue(reading, last, from, to);
  if (!PARTICIPLE.test(last.key) || own?.kind === 'named') return own;
  for (let i = cues.length - 2; i >= 0; i--) {
    const earlier = subjectOfCue(reading, cues[i] as FoundCue, from, (cues[i] as FoundCue).end);
    if (earlier) return earlier;
  }
  return own;
}
