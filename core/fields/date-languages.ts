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
  for (const parser of parsersFor(language)) {
    const [result] = parser.parse(text, reference);
    if (result) return parser === PARSERS['en'] ? monthThenDay(result, reference) : result;
  }
  return null;
}

/**
 * Every date in `text` with where it is, read by the text's own parser (or
 * each in turn when its language is not known, the first that reads any).
 * English "January 23" is read as a day, as an English article means it
 * (the British parser alone takes the number for a year).
 */
export function findDatesIn(text: string, reference: Date, language?: string): chrono.ParsedResult[] {
  const own = baseLanguage(language);
  const parsers = own && PARSERS[own] ? [PARSERS[own] as chrono.Chrono] : parsersFor(undefined);
  for (const parser of parsers) {
    const results = parser.parse(text, reference).map((result) => (parser === PARSERS['en'] ? monthThenDay(result, reference) : result));
    if (results.length > 0) return results;
  }
  return [];
}

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
