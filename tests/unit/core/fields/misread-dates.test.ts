import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../../core/fields/natural-date';

/**
 * Wording the date parsers read wrongly, as an analyst types it into an
 * event's date field. The suggestion engine reads the same wording through
 * the same rules (core/fields), so its event dates agree with the field's.
 */

/** [wording, the annotation's words around it, language, publication day (ISO), expected ISO date] */
type Case = [string, string, string, string, string];

const CASES: Case[] = [
  // A month counted from the 29th to the 31st is the month before or after, not the publication month (nor the one after it).
  ['last month', '', 'en', '2024-03-31', '2024-02'],
  ['next month', '', 'en', '2024-01-31', '2024-02'],
  ['le mois dernier', '', 'fr', '2024-03-31', '2024-02'],
  ['le mois prochain', '', 'fr', '2024-01-30', '2024-02'],
  ['letzten Monat', '', 'de', '2024-03-30', '2024-02'],
  ['nächsten Monat', '', 'de', '2023-01-29', '2023-02'],
  ['в прошлом месяце', '', 'ru', '2024-03-31', '2024-02'],
  ['last month', '', 'en', '2024-03-15', '2024-02'],
  // An English range that opens month first is its first day, not a day of 2031.
  ['Dec. 31 to Jan. 3', 'the office was closed Dec. 31 to Jan. 3', 'en', '2024-01-05', '2023-12-31'],
  ['December 31 - January 3', '', 'en', '2024-01-05', '2023-12-31'],
  ['Dec. 31 through Jan. 3', 'the office will close Dec. 31 through Jan. 3', 'en', '2023-12-20', '2023-12-31'],
  // A weekday and a day of the month is that day, not an hour (nor the weekday alone); a month after it is read by the parser.
  ['mardi 25', 'la grève a eu lieu mardi 25', 'fr', '2024-07-04', '2024-06-25'],
  ['mardi 17', '', 'fr', '2024-09-20', '2024-09-17'],
  ['mardi 2', 'la grève aura lieu mardi 2', 'fr', '2024-06-27', '2024-07-02'],
  ['el martes 17', 'dijo el martes 17', 'es', '2024-09-20', '2024-09-17'],
  ['el jueves 3', 'la reunión será el jueves 3', 'es', '2024-09-20', '2024-10-03'],
  ['Tuesday 17', '', 'en', '2024-09-20', '2024-09-17'],
  ['Tuesday 17 September', '', 'en', '2024-09-20', '2024-09-17'],
  ['Tuesday 12 March', '', 'en', '2024-09-20', '2024-03-12'],
  ['mardi 17 septembre', '', 'fr', '2024-09-20', '2024-09-17'],
  ['Tuesday 17 Sept', '', 'en', '2024-10-20', '2024-09-17'],
  ['mardi 17 sept.', '', 'fr', '2024-10-20', '2024-09-17'],
  ['el martes 17 sept.', '', 'es', '2024-10-20', '2024-09-17'],
  ['el martes 17 de sept.', 'dijo el martes 17 de sept.', 'es', '2024-10-20', '2024-09-17'],
  ['mardi 3 déc.', 'la grève aura lieu mardi 3 déc.', 'fr', '2024-10-20', '2024-12-03'],
  ['mardi 17 septembre 2019', '', 'fr', '2024-10-20', '2019-09-17'],
  // Wording the parsers read only in part is read whole.
  ['the morning of October 12', '', 'en', '2024-10-20', '2024-10-12'],
  ['earlier in the month', '', 'en', '2024-09-20', '2024-09'],
  ['avant-hier', '', 'fr', '2024-09-20', '2024-09-18'],
  ['après-demain', '', 'fr', '2024-09-20', '2024-09-22'],
  ['am Montagabend', 'sagte am Montagabend', 'de', '2024-09-20', '2024-09-16'],
  ['la noche del martes', '', 'es', '2024-09-20', '2024-09-17'],
  ['del 23 al 25 de septiembre', '', 'es', '2024-09-27', '2024-09-23'],
  ['anteayer', '', 'es', '2024-09-20', '2024-09-18'],
  ['pasado mañana', '', 'es', '2024-09-20', '2024-09-22'],
];

/** A local noon on an ISO day, as the article's publication date is read. */
function day(iso: string): Date {
  const [year, month, date] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12);
}

describe('the date field reads wording the date parsers misread', () => {
  it.each(CASES)('"%s" in “%s” (%s), published %s, is %s', (wording, context, language, published, date) => {
    expect(normaliseDate(wording, day(published), { context, language })).toEqual({ date, wording, reference: published });
  });

  it('keeps an hour written as one ("mardi 17 h")', () => {
    expect(normaliseDate('mardi 17 h', day('2024-09-20'), { language: 'fr' })?.date).toBe('2024-09-17T17:00');
  });
});
