import * as chrono from 'chrono-node';

/**
 * chrono-node's parsers by language code. English is read with British
 * day-month order ("3/4" is 3 April), as in most of the press the analysts
 * read; the others use their own language's order.
 */
const PARSERS: Readonly<Record<string, chrono.Chrono>> = {
  en: chrono.en.GB,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  ru: chrono.ru.casual,
  uk: chrono.uk.casual,
  pt: chrono.pt.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
};

/** Languages tried, in order, when a text's language is not known. */
const FALLBACK_ORDER = ['en', 'fr', 'de', 'es', 'ru', 'uk', 'pt', 'it', 'nl'];

/** "en-GB", "fr_FR" and "FR" all name the French parser by their first part. */
function baseLanguage(language: string | undefined): string | undefined {
  return language?.toLowerCase().split(/[-_]/)[0];
}

/**
 * The parsers to try for a text: its own language first when it has a
 * parser, then the others (an English date in a French article is still a date).
 */
function parsersFor(language: string | undefined): chrono.Chrono[] {
  const own = baseLanguage(language);
  const order = own && PARSERS[own] ? [own, ...FALLBACK_ORDER.filter((code) => code !== own)] : FALLBACK_ORDER;
  return order.map((code) => PARSERS[code] as chrono.Chrono);
}

/** The first reading of a date in `text` by any parser, trying the text's own language first. */
export function parseDateIn(text: string, reference: Date, language?: string): chrono.ParsedResult | null {
  const readable = readableToParsers(text);
  for (const parser of parsersFor(language)) {
    const [result] = parser.parse(readable, reference);
    if (result) return readRight(parser, result, reference);
  }
  return null;
}

/**
 * Every date in `text` with where it is, read by the text's own parser (or
 * each in turn when its language is not known, the first that reads any),
 * with what the parsers misread put right (readableToParsers, readRight).
 */
export function findDatesIn(text: string, reference: Date, language?: string): chrono.ParsedResult[] {
  const own = baseLanguage(language);
  const parsers = own && PARSERS[own] ? [PARSERS[own] as chrono.Chrono] : parsersFor(undefined);
  const readable = readableToParsers(text);
  for (const parser of parsers) {
    const results = parser.parse(readable, reference).map((result) => readRight(parser, result, reference));
    if (results.length > 0) return results;
  }
  return [];
}

/**
 * Wording the parsers misread, given to them as they read it right, padded
 * with spaces to the same length so that every offset still holds.
 * German writes the time of day into the weekday ("am Montagabend"), which
 * the parser does not read: it is given the weekday. "The morning of
 * October 12", "la noche del martes": the parser reads the part of the day
 * and loses the date, so it is given only the date. "Del 23 al 25 de
 * septiembre": the Spanish parser reads "del 23" as an hour and the range as
 * its last day; it is given "23 de septiembre" (a range is its first day).
 * "Gegen 23 Uhr", about a time, which the parser reads only as "um 23 Uhr".
 */
function readableToParsers(text: string): string {
  return text.replace(WEEKDAY_AND_TIME, blankTimeOfDay).replace(ABOUT_TIME, 'um   ').replace(PART_OF_DAY, blank).replace(SPANISH_DAY_RANGE, firstDayOnly);
}

const WEEKDAY_AND_TIME = /(?<![\p{L}])(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)(abend|morgen|nachmittag|vormittag|mittag|nacht)(?![\p{L}])/giu;
const blankTimeOfDay = (_whole: string, day: string, time: string) => `${day}${' '.repeat(time.length)}`;
const PART_OF_DAY = /(?<![\p{L}])(?:(?:morning|afternoon|evening|night|early hours) of|(?:noche|tarde|mañana|madrugada) del?)(?=\s)/giu;
const blank = (words: string) => ' '.repeat(words.length);
const SPANISH_DAY_RANGE = /(?<![\p{L}])del (\d{1,2}) al \d{1,2} de (?=\p{L})/giu;
const firstDayOnly = (whole: string, first: string) => `${' '.repeat(whole.length - first.length - 4)}${first} de `;
const ABOUT_TIME = /(?<![\p{L}])gegen(?=\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr)/giu;

/**
 * A parser's reading, read again where it is wrong. English "January 23" is
 * the 23rd (the British parser takes the number for a year); an English
 * range that opens month first ("Dec. 31 to Jan. 3") is its first day (the
 * British parser takes that day for a year, 2031). A month counted from the
 * 29th to the 31st: "last month" on 31 March is 31 February to the parser,
 * which it rolls over into March, so a month alone is counted again from the
 * middle of the reference's month.
 */
function readRight(parser: chrono.Chrono, result: chrono.ParsedResult, reference: Date): chrono.ParsedResult {
  const english = parser === PARSERS['en'];
  const read = english ? monthThenDay(result, reference) : result;
  const { start, text } = read;
  const range = english && start.isCertain('year') && !/\d{4}/u.test(text) ? MONTH_FIRST_RANGE.exec(text.trim()) : null;
  if (range) {
    const [first] = parser.parse(range[1] as string, reference);
    return first ? Object.assign(monthThenDay(first, reference), { index: read.index, text }) : read;
  }
  if (reference.getDate() < 29 || !start.isCertain('month') || start.isCertain('day') || start.isCertain('weekday') || /\d/u.test(text)) return read;
  const [again] = parser.parse(text, new Date(reference.getFullYear(), reference.getMonth(), 15, 12));
  return again ? Object.assign(english ? monthThenDay(again, reference) : again, { index: read.index, text }) : read;
}

const MONTH_FIRST_RANGE = /^(\p{L}+\.?\s+\d{1,2})\s*(?:to|until|till|through|[-–])\s/iu;

const MONTH_THEN_DAY = /^(?:on\s+)?\p{L}+\.?\s+\d{1,2}$/iu;

/** "January 23" as the 23rd of January, where the British parser read a year. */
function monthThenDay(result: chrono.ParsedResult, reference: Date): chrono.ParsedResult {
  if (!MONTH_THEN_DAY.test(result.text) || result.start.isCertain('day')) return result;
  const [american] = chrono.en.casual.parse(result.text, reference);
  return american?.start.isCertain('day') ? Object.assign(american, { index: result.index }) : result;
}

/** Every piece of `text` any parser reads as a date, in the first language that reads any. */
export function parseAllDates(text: string, language?: string): string[] {
  for (const parser of parsersFor(language)) {
    const results = parser.parse(text);
    if (results.length > 0) return results.map((result) => result.text);
  }
  return [];
}

/** Armenian month names in the genitive, as dates are printed ("14 նոյեմբերի, 2023"); chrono has no Armenian. */
const ARMENIAN_MONTHS = [
  'հունվարի', 'փետրվարի', 'մարտի', 'ապրիլի', 'մայիսի', 'հունիսի', 'հուլիսի', 'օգոստոսի', 'սեպտեմբերի', 'հոկտեմբերի', 'նոյեմբերի', 'դեկտեմբերի',
];
const ARMENIAN_DATE = new RegExp(`(\\d{1,2})\\s+(${ARMENIAN_MONTHS.join('|')}),?\\s+(\\d{4})`, 'u');

/** An Armenian printed date as an ISO day, or null. */
export function readArmenianDate(text: string): { iso: string; matched: string } | null {
  const match = ARMENIAN_DATE.exec(text);
  if (!match) return null;
  const [matched, day = '', month = '', year = ''] = match;
  const monthNumber = ARMENIAN_MONTHS.indexOf(month) + 1;
  return { iso: `${year}-${String(monthNumber).padStart(2, '0')}-${day.padStart(2, '0')}`, matched };
}
