import { MONTH_WORDS, MONTHS, SHORT_MONTH_WORDS, WEEKDAY_NAMES, weekdayIndex } from './date-words';
import { isoOf } from './iso-day';

/**
 * Wording the date parsers read, but wrongly, and its right date: found by
 * its pattern, dated from the publication day and whether its clause is to
 * come. One table for the date field (an analyst's wording) and the
 * suggestion engine (which scans whole texts with the same patterns).
 */
export interface MisreadWording {
  /** The languages it is written in: the engine searches a text only for its own language's. */
  languages: readonly string[];
  /** Global and Unicode, starting a word (checked where it is found). */
  pattern: RegExp;
  read: (reference: Date, future: boolean, match: RegExpExecArray) => string | null;
}

const words = (alternatives: string) => new RegExp(`(?:${alternatives})`, 'giu');

/** The day of the month a day alone names: in this month, or the month before (told in the past) or after (to come) when this month's is on the wrong side of publication. */
export function dayOfMonth(reference: Date, future: boolean, written: string): string | null {
  const day = Number(written);
  if (day < 1 || day > 31) return null;
  const today = reference.getDate();
  const shift = future ? (day < today ? 1 : 0) : day > today ? -1 : 0;
  return isoOf(reference.getFullYear(), reference.getMonth() + shift, day);
}

const daysFrom = (days: number) => (r: Date) => isoOf(r.getFullYear(), r.getMonth(), r.getDate() + days);

/** Two days back, which the French and Spanish parsers read as one ("avant-hier" as "hier"). */
export const DAY_BEFORE_YESTERDAY: MisreadWording = { languages: ['fr', 'es'], pattern: words('avant-hier|anteayer'), read: daysFrom(-2) };
/** Two days on, read as one ("pasado mañana" as "mañana"). */
export const DAY_AFTER_TOMORROW: MisreadWording = { languages: ['fr', 'es'], pattern: words('après-demain|pasado mañana'), read: daysFrom(2) };
/** "Earlier in the month", which the English parser reads as the next month. */
export const IN_THE_MONTH: MisreadWording = { languages: ['en'], pattern: words('(?:earlier|later) in the month'), read: (r) => isoOf(r.getFullYear(), r.getMonth()) };

/** The month (from 0) a name or its short form names ("sept.", "juil", "dic"), or null when it names none or more than one ("jui"). */
function monthNamed(word: string): number | null {
  const stem = word.replace(/\.$/, '').toLowerCase();
  const months = MONTHS.flatMap((names, month) => (names.some((name) => name.startsWith(stem)) ? [month] : []));
  return months.length === 1 ? (months[0] as number) : null;
}

/**
 * A day of a named month, in the year around publication whose day falls on
 * the weekday written ("lundi 30 janvier" told in October 2022 is 2023's);
 * when none or two do, this year's, or the year's before (told in the past)
 * or after (to come) when this year's is on the wrong side of publication.
 */
function dayOfNamedMonth(reference: Date, future: boolean, month: number, day: number, weekday: number): string {
  // `weekday` as Date counts, Sunday 0.
  const year = reference.getFullYear();
  const onTheWeekday = [year - 1, year, year + 1].filter((candidate) => new Date(candidate, month, day).getDay() === weekday);
  if (onTheWeekday.length === 1) return isoOf(onTheWeekday[0] as number, month, day);
  const thisYear = new Date(year, month, day);
  const published = new Date(year, reference.getMonth(), reference.getDate());
  const shift = future ? (thisYear < published ? 1 : 0) : thisYear > published ? -1 : 0;
  return isoOf(year + shift, month, day);
}

/**
 * A weekday and a day of the month ("el martes 17", "mardi 25"), whose
 * number the parsers take for an hour (17:00) or drop: the day of the month,
 * of the month named short after it when one is ("mardi 13 sept.", "el martes
 * 13 sept.", which the Spanish parser does not know). "mardi 17 h" is an hour;
 * a whole month's name, or a year, the parsers read with the rest (a range,
 * a time) themselves.
 */
export const WEEKDAY_AND_DAY: MisreadWording = {
  languages: ['fr', 'es'],
  pattern: words(`(${WEEKDAY_NAMES}) (\\d{1,2})(?:\\s+(?:de\\s+)?(${SHORT_MONTH_WORDS}))?(?![\\p{L}\\d]|[:.]\\d|\\s*(?:de\\s|h(?![\\p{L}])|horas|heures|\\d|${MONTH_WORDS}))`),
  read: (r, future, match) => {
    const [, weekday = '', day = '', named] = match;
    const month = named === undefined ? null : monthNamed(named);
    return month === null ? dayOfMonth(r, future, day) : dayOfNamedMonth(r, future, month, Number(day), (weekdayIndex(weekday) + 1) % 7);
  },
};

/** Each misread wording, in the order tried: the first found in a wording gives its date. */
const ALL: readonly MisreadWording[] = [DAY_BEFORE_YESTERDAY, DAY_AFTER_TOMORROW, IN_THE_MONTH, WEEKDAY_AND_DAY];
/** A letter or digit before a match: it is inside a word. */
const WORD_GOES_ON = /[\p{L}\d]$/u;

/**
 * The date of a misread wording in an analyst's words, in any language (an
 * English word in a French article is still English), or null when they
 * hold none.
 */
export function readMisreadWording(wording: string, reference: Date, future: boolean): string | null {
  for (const { pattern, read } of ALL) {
    for (const match of wording.matchAll(pattern)) {
      if (!WORD_GOES_ON.test(wording.slice(0, match.index))) return read(reference, future, match);
    }
  }
  return null;
}
