/**
 * The day an ISO 8601 date falls on, as written ("2022-10-27T09:15+04:00" is
 * 2022-10-27, the day printed in the article); a month or a year alone counts
 * from its first day. Null for anything else.
 */
export function isoDay(iso: string): string | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso.trim());
  if (!match) return null;
  const [, year, month = '01', day = '01'] = match;
  return `${year}-${month}-${day}`;
}
