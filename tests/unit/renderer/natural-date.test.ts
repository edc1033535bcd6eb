import { describe, expect, it } from 'vitest';
import { articleReferenceDate, normaliseDate } from '../../../core/fields/natural-date';

/** Monday 17 March 2025, noon local time: the article's publication day. */
const MONDAY = new Date(2025, 2, 17, 12);

describe('normaliseDate', () => {
  it.each([
    ['last Friday', '2025-03-14'],
    ['3 April', '2025-04-03'],
    ['14 March 2025', '2025-03-14'],
    ['yesterday', '2025-03-16'],
    ['on Tuesday', '2025-03-18'],
    ['3/4/2025', '2025-04-03'],
    ['March 2024', '2024-03'],
    ['at 3pm on Monday', '2025-03-17T15:00'],
  ])('reads "%s" as %s', (wording, date) => {
    expect(normaliseDate(wording, MONDAY)).toEqual({ date, wording });
  });

  it('keeps the wording trimmed beside the date', () => {
    expect(normaliseDate('  last Friday ', MONDAY)).toEqual({ date: '2025-03-14', wording: 'last Friday' });
  });

  it('returns null for wording with no date in it', () => {
    expect(normaliseDate('in due course', MONDAY)).toBeNull();
    expect(normaliseDate('', MONDAY)).toBeNull();
  });
});

describe('articleReferenceDate', () => {
  const imported = '2026-01-05T09:30:00.000Z';

  it('counts from the printed publication date when it can be read', () => {
    const reference = articleReferenceDate('17 March 2025', imported);
    expect([reference.getFullYear(), reference.getMonth(), reference.getDate()]).toEqual([2025, 2, 17]);
  });

  it('falls back to the import date when there is no readable publication date', () => {
    expect(articleReferenceDate(undefined, imported).toISOString()).toBe(imported);
    expect(articleReferenceDate('sometime', imported).toISOString()).toBe(imported);
  });
});
