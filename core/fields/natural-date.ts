import type * as chrono from 'chrono-node';
import { parseDateIn } from './date-languages';
import { isoOf } from './iso-day';
import { readMisreadWording } from './misread-wordings';

/**
 * A date field's value: the normalised ISO 8601 date beside the article's own
 * words, and the day relative wording was counted from.
 */
export interface NormalisedDate {
  date: string;
  wording: string;
  /** The reference day (ISO 8601), the article's publication date; absent when there was none to count from. */
  reference?: string;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function isoDay(when: Date): string {
  return isoOf(when.getFullYear(), when.getMonth(), when.getDate());
}

/**
 * The ISO 8601 form, only as precise as the wording: "March 2024" stays
 * "2024-03", "at 3pm on Monday" keeps its time. Local getters, because chrono
 * builds its dates in the reference's local time. `recounted` replaces the
 * day chrono found, where Gloss counts it differently (weekdays, years); a
 * time printed with its zone keeps that zone's offset.
 */
function isoAtPrecision(result: chrono.ParsedResult, recounted?: Date): string {
  const when = result.start.date();
  const offset = result.start.isCertain('timezoneOffset') ? result.start.get('timezoneOffset') : null;
  if (offset !== null && result.start.isCertain('hour') && !recounted) return isoInOffset(when, offset);
  const iso = isoDay(recounted ?? when);
  if (result.start.isCertain('hour')) return `${iso}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const namesADay = result.start.isCertain('day') || result.start.isCertain('weekday');
  if (!namesADay && result.start.isCertain('month')) return iso.slice(0, 7);
  return iso;
}

/** A moment as printed where it happened: "2024-03-12T16:37+01:00" for 4:37 PM GMT+1, whatever this machine's time zone. */
function isoInOffset(moment: Date, offsetMinutes: number): string {
  const there = new Date(moment.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const day = `${there.getUTCFullYear()}-${pad(there.getUTCMonth() + 1)}-${pad(there.getUTCDate())}`;
  return `${day}T${pad(there.getUTCHours())}:${pad(there.getUTCMinutes())}${zone}`;
}

/** Which way from the article's date a date without its own year or week points. */
export type Direction = 'past' | 'future';

/** Whole words only, in any script (`\b` knows only ASCII letters). */
function wordsPattern(alternatives: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternatives})(?![\\p{L}])`, 'iu');
}

/** One of the words at the start of a text. */
function openingPattern(alternatives: string): RegExp {
  return new RegExp(`^(?:${alternatives})(?![\\p{L}])`, 'iu');
}

/*
 * Words that send a date forward (the future tense, plans) and words of
 * reporting in the past. The nearest one before the date decides; with
 * neither, a date is read as reported, which in news is mostly about what
 * already happened. English, French, German, Spanish, Russian, Ukrainian,
 * Portuguese, Italian, Dutch.
 */
const FUTURE = openingPattern(
  "next|coming|upcoming|will|won't|shall|going to|to be held|scheduled|due|plans?|planned|expected|" +
    'prochaine?s?|va|vont|sera|seront|aura|auront|doit|doivent|prévue?s?|' +
    'nächste[nrms]?|kommende[nrms]?|wird|werden|soll|sollen|geplant|' +
    'próxim[oa]s?|que viene|será|serán|va a|van a|previst[oa]s?|' +
    'следующ\\p{L}*|будущ\\p{L}*|будет|будут|состоится|планиру\\p{L}*|наступн\\p{L}*|буде|' +
    'prossim[oa]|sarà|volgende|zal|zullen',
);
const PAST = openingPattern(
  'said|says|told|announced|added|declared|stated|reported|claimed|wrote|met|was|were|had|did|' +
    'a dit|a déclaré|a annoncé|a affirmé|ont|était|avait|déclaré|annoncé|' +
    'sagte|erklärte|teilte|hat|hatte|war|waren|' +
    'dijo|anunció|declaró|afirmó|fue|había|' +
    'заявил\\p{L}*|сказал\\p{L}*|сообщил\\p{L}*|объявил\\p{L}*|был\\p{L}*|заявив|сказав|повідомив',
);
/** "next Friday": the first Friday after the article's date. */
const NEXT = wordsPattern(
  'next|coming|prochaine?|nächste[nrms]?|kommende[nrms]?|próxim[oa]|que viene|следующ\\p{L}*|наступн\\p{L}*|prossim[oa]|volgende',
);
/** "last Friday": the last Friday before the article's date, never its own day. */
const LAST = wordsPattern(
  'last|past|previous|dernier|dernière|passée?|letzte[nrms]?|vergangene[nrms]?|pasad[oa]|últim[oa]|прошл\\p{L}*|минул\\p{L}*|scors[oa]|vorige',
);
/** "this Friday" is left to chrono, which reads it as the Friday of the article's week. */
const THIS = wordsPattern('this|ce|cette|diese[nrms]?|este|esta|этот|эту|эта|цей|цю');

/** How many words before a date may decide its tense ("will convene a special session Friday"). */
const TENSE_WINDOW = 6;

/**
 * The tense of a date's wording and the few words before it in the
 * annotation's text: the nearest word of the future or of past reporting
 * decides; null when there is none.
 */
function tenseOf(wording: string, context = ''): Direction | null {
  const at = context.toLowerCase().lastIndexOf(wording.toLowerCase());
  const before = at >= 0 ? context.slice(0, at).split(/\s+/).filter(Boolean).slice(-TENSE_WINDOW) : [];
  const words = [...before, ...wording.split(/\s+/).filter(Boolean)];
  // Nearest first: "will say more, he said Thursday" is reported in the past.
  for (let k = Math.min(words.length, before.length + 1); k >= 1; k--) {
    const phrase = words.slice(k - 1).join(' ');
    if (FUTURE.test(phrase)) return 'future';
    if (PAST.test(phrase)) return 'past';
  }
  return null;
}

/** As tenseOf, reading a date without a tense as reported: in news, mostly about what already happened. */
export function directionOf(wording: string, context = ''): Direction {
  return tenseOf(wording, context) ?? 'past';
}

/** Which of a weekday's occurrences around the article's date the wording means. */
type Occurrence = 'on-or-before' | 'before' | 'after';

/**
 * A weekday counts from the article's date: reported in the past, the most
 * recent such day on or before it ("said Thursday" in an article of Thursday
 * is that Thursday); "last", the one before; "next" or the future tense, the
 * first one after.
 */
function weekdayFrom(reference: Date, weekday: number, occurrence: Occurrence): Date {
  const day = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate());
  if (occurrence === 'after') day.setDate(day.getDate() + ((weekday - day.getDay() + 7) % 7 || 7));
  else day.setDate(day.getDate() - ((day.getDay() - weekday + 7) % 7 || (occurrence === 'before' ? 7 : 0)));
  return day;
}

function occurrenceOf(wording: string, context: string | undefined): Occurrence {
  if (NEXT.test(wording)) return 'after';
  if (LAST.test(wording)) return 'before';
  return directionOf(wording, context) === 'future' ? 'after' : 'on-or-before';
}

/**
 * A day and month without a year ("3 April"): reported in the past, the one
 * on or before the article's date; in the future tense, the one after; with
 * no tense, the nearest (chrono's reading, kept as it is).
 */
function yearFrom(reference: Date, when: Date, direction: Direction): Date {
  const today = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate());
  const day = new Date(reference.getFullYear(), when.getMonth(), when.getDate());
  if (direction === 'past' && day > today) day.setFullYear(day.getFullYear() - 1);
  if (direction === 'future' && day < today) day.setFullYear(day.getFullYear() + 1);
  return day;
}

/**
 * "lundi 30 septembre" without a year: the year, of the one before, this and
 * the next, in which that day falls on that weekday (the nearest to the
 * article's date if two do); the weekday says more than the tense.
 */
function yearOfWeekday(reference: Date, when: Date, weekday: number): Date | undefined {
  const fits = [0, -1, 1]
    .map((shift) => new Date(reference.getFullYear() + shift, when.getMonth(), when.getDate()))
    .filter((day) => day.getDay() === weekday && day.getDate() === when.getDate());
  return fits.sort((a, b) => Math.abs(a.getTime() - reference.getTime()) - Math.abs(b.getTime() - reference.getTime()))[0];
}

export interface DateReading {
  /** The annotation's own words around the date ("said Thursday"), for its tense. */
  context?: string;
  /** The article's language, tried first. */
  language?: string;
}

/** Two days far apart: wording that reads as the same date from both names its own day ("3 April 2024"). */
const PROBES = [new Date(2000, 0, 1, 12), new Date(2011, 6, 15, 12)] as const;

/** Whether wording reads as a date only relative to some day ("Thursday", "last month"), not by itself. */
export function isRelativeWording(wording: string, language?: string): boolean {
  const [a, b] = PROBES.map((probe) => parseDateIn(wording.trim(), probe, language));
  return a != null && b != null && isoAtPrecision(a) !== isoAtPrecision(b);
}

/**
 * Reads a date written in natural words ("Thursday", "last Friday", "3 April",
 * "14/3", "jeudi dernier", "am Donnerstag") relative to `reference`, the day
 * the article was published. Without a reference only wording that names its
 * own day is read. Null when the wording holds no date (or only a relative
 * one and there is no reference).
 */
export function normaliseDate(wording: string, reference: Date | null, reading: DateReading = {}): NormalisedDate | null {
  const trimmed = wording.trim();
  if (!reference) {
    const result = isRelativeWording(trimmed, reading.language) ? null : parseDateIn(trimmed, PROBES[0], reading.language);
    return result ? { date: isoAtPrecision(result), wording: trimmed } : null;
  }
  const result = parseDateIn(trimmed, reference, reading.language);
  // Wording the parsers read wrongly ("el martes 17" as 17:00, "avant-hier" as yesterday) is read by its own rule,
  // unless the parser read a weekday with its whole date itself ("Tuesday 17 Sept 2019"): its reading keeps what it read, a year too.
  const wholeDate = result?.start.isCertain('weekday') && result.start.isCertain('day') && result.start.isCertain('month');
  const misread = wholeDate ? null : readMisreadWording(trimmed, reference, directionOf(trimmed, reading.context) === 'future');
  if (misread) return { date: misread, wording: trimmed, reference: isoDay(reference) };
  return result ? normaliseParsed(result, reference, reading, trimmed) : null;
}

/**
 * As normaliseDate, for a date chrono has already read against `reference`
 * (the suggestion engine finds dates in running text and would otherwise
 * read each one twice). The wording kept is what the analyst wrote when
 * given ("el jueves"), else the words chrono read ("jueves").
 */
export function normaliseParsed(result: chrono.ParsedResult, reference: Date, reading: DateReading = {}, wording = result.text.trim()): NormalisedDate {
  const trimmed = wording;
  const { start } = result;
  const weekday = start.get('weekday');
  let day: Date | undefined;
  if (weekday !== null && start.isCertain('weekday') && !start.isCertain('day') && !THIS.test(trimmed)) {
    day = weekdayFrom(reference, weekday, occurrenceOf(trimmed, reading.context));
  } else if (weekday !== null && start.isCertain('weekday') && start.isCertain('day') && start.isCertain('month') && !start.isCertain('year')) {
    day = yearOfWeekday(reference, start.date(), weekday);
  } else if (start.isCertain('day') && start.isCertain('month') && !start.isCertain('year')) {
    const tense = tenseOf(trimmed, reading.context);
    if (tense) day = yearFrom(reference, start.date(), tense);
  } else if (start.isCertain('month') && !start.isCertain('year') && !start.isCertain('day') && !/\d/u.test(trimmed)) {
    // A month alone ("in January") is read as reported, in the past, unless its words say it is to come.
    day = yearFrom(reference, new Date(start.date().getFullYear(), start.date().getMonth(), 1), directionOf(trimmed, reading.context));
  }
  return { date: isoAtPrecision(result, day), wording: trimmed, reference: isoDay(reference) };
}

/** An ISO 8601 date or date-time ("2022-10-27", "2022-10-27T09:15+04:00") as a local Date at that day, or null. */
function dateFromIso(iso: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!match) return null;
  const [, year, month, day = '01', hours = '12', minutes = '00'] = match;
  // The printed day counts, whatever the reader's time zone: a local date at that day and time.
  return new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes));
}

/**
 * The day relative dates are counted from: the article's publication date,
 * or null when the document has none (the analyst is asked for it rather than
 * Gloss silently counting from today).
 */
export function articleReferenceDate(metadata: { published?: string; publishedDate?: string; language?: string }): Date | null {
  if (metadata.publishedDate) return dateFromIso(metadata.publishedDate);
  if (!metadata.published) return null;
  const iso = dateFromIso(metadata.published);
  if (iso) return iso;
  const printed = normaliseDate(metadata.published, null, { language: metadata.language });
  return printed ? dateFromIso(printed.date) : null;
}
