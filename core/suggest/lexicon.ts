import type { CueList } from './cues/cue-list';
import { CUE_LISTS } from './cues';

/**
 * The cue lists of the languages a document is read in, compiled once into
 * whole-word patterns and lookup sets. A document is read with its own
 * language and English (wire copy quotes English sources everywhere); one
 * whose language is unknown with all of them.
 */
export interface Lexicon {
  /** Reporting and claim cues, longest first, as one whole-word pattern (global, case-insensitive). */
  cue: RegExp;
  claims: ReadonlySet<string>;
  denials: ReadonlySet<string>;
  according: RegExp;
  complementiser: RegExp;
  titles: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  organisationPronouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  passive: ReadonlySet<string>;
  /** Present forms that tell a timetable ("meets", "se réunit"), as one whole-word pattern (English's are always among them, so it is never empty). */
  scheduled: RegExp;
  /**
   * Where a date may be: a date word or a numeric date (global, case-insensitive).
   * A date word counts only at a word's start, which its searcher checks (a
   * lookbehind here would be tried at every place of the text).
   */
  dateHint: RegExp;
}

const LETTER = '\\p{L}\\p{M}';

/** Case and curly apostrophes do not matter when a word is looked up. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

function escape(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Whole phrases, longest first so "a déclaré" wins over "déclaré". */
function phrasePattern(phrases: readonly string[], flags: string): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![${LETTER}-])(?:${sorted.join('|')})(?![${LETTER}])`, flags);
}

const keys = (lists: readonly CueList[], pick: (list: CueList) => readonly string[]) => new Set(lists.flatMap(pick).map(wordKey));

const cache = new Map<string, Lexicon>();

/** The lexicon for a document's language (an ISO 639-1 code, or undefined when not known). */
export function lexiconFor(language: string | undefined): Lexicon {
  const own = language?.toLowerCase().split(/[-_]/)[0];
  const codes = own && CUE_LISTS[own] ? [...new Set([own, 'en'])] : Object.keys(CUE_LISTS);
  const id = codes.join(',');
  const known = cache.get(id);
  if (known) return known;
  const lists = codes.map((code) => CUE_LISTS[code] as CueList);
  const lexicon: Lexicon = {
    cue: phrasePattern(lists.flatMap((list) => [...list.reporting, ...list.claims]), 'giu'),
    claims: keys(lists, (list) => list.claims),
    denials: keys(lists, (list) => list.denials),
    according: phrasePattern(lists.flatMap((list) => list.according), 'giu'),
    complementiser: phrasePattern(lists.flatMap((list) => list.complementisers), 'iu'),
    titles: keys(lists, (list) => list.titles),
    organisations: keys(lists, (list) => list.organisations),
    personPronouns: keys(lists, (list) => list.personPronouns),
    organisationPronouns: keys(lists, (list) => list.organisationPronouns),
    determiners: keys(lists, (list) => list.determiners),
    notNames: keys(lists, (list) => list.notNames),
    passive: keys(lists, (list) => list.passive),
    scheduled: phrasePattern(lists.flatMap((list) => list.scheduled), 'iu'),
    dateHint: new RegExp(`(?:${[...new Set(lists.flatMap((list) => list.dateWords))].map(escape).join('|')})|\\d{1,4}[./-]\\d{1,2}`, 'giu'),
  };
  cache.set(id, lexicon);
  return lexicon;
}
