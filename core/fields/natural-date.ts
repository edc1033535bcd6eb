import * as chrono from 'chrono-node';

/** A date field's value: the normalised ISO 8601 date beside the article's own words. */
export interface NormalisedDate {
  date: string;
  wording: string;
}

/*
 * British day-month order ("3/4" is 3 April), as in most of the press the
 * analysts read; month names parse the same either way.
 */
const parser = chrono.en.GB;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * The ISO 8601 form, only as precise as the wording: "March 2024" stays
 * "2024-03", "at 3pm on Monday" keeps its time. Local getters, because chrono
 * builds its dates in the reference's local time.
 */
function isoAtPrecision(result: chrono.ParsedResult): string {
  const when = result.start.date();
  const day = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
  if (result.start.isCertain('hour')) return `${day}T${pad(when.getHours())}:${pad(when.getMinutes())}`;
  const namesADay = result.start.isCertain('day') || result.start.isCertain('weekday');
  if (!namesADay && result.start.isCertain('month')) return day.slice(0, 7);
  return day;
}

/**
 * Reads a date written in natural words ("last Friday", "3 April", "14/3")
 * relative to `reference`, the day the article was published. Null when the
 * wording holds no date.
 */
export function normaliseDate(wording: string, reference: Date): NormalisedDate | null {
  const trimmed = wording.trim();
  const [result] = parser.parse(trimmed, reference);
  return result ? { date: isoAtPrecision(result), wording: trimmed } : null;
}

/**
 * The day relative dates are counted from: the article's publication date when
 * its printed form can be read, else the day it was imported.
 */
export function articleReferenceDate(published: string | undefined, importedAt: string): Date {
  const imported = new Date(importedAt);
  const printed = published ? parser.parseDate(published, imported) : null;
  return printed ?? imported;
}
