const pad = (value: number) => String(value).padStart(2, '0');

/**
 * A day (or, without `day`, a month) as ISO 8601, from a year and a month
 * counted from 0 as Date counts them; a day or month out of range rolls over
 * as Date rolls it (day 0 is the last of the month before).
 */
export function isoOf(year: number, month: number, day?: number): string {
  const when = new Date(year, month, day ?? 1);
  const iso = `${when.getFullYear()}-${pad(when.getMonth() + 1)}`;
  return day === undefined ? iso : `${iso}-${pad(when.getDate())}`;
}
