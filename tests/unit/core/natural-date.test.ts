import { describe, expect, it } from 'vitest';
import { articleReferenceDate, directionOf, isRelativeWording, normaliseDate } from '../../../core/fields/natural-date';

/** Thursday 27 October 2022, noon local time: the article's publication day. */
const THURSDAY = new Date(2022, 9, 27, 12);
const REFERENCE = '2022-10-27';

/** [wording, the annotation's words around it, language, expected ISO date] */
type Case = [string, string, string, string];

const ENGLISH: Case[] = [
  ['Thursday', 'the ministry said Thursday', 'en', '2022-10-27'],
  ['Wednesday', 'told lawmakers Wednesday', 'en', '2022-10-26'],
  ['Friday', 'the alliance said Friday', 'en', '2022-10-21'],
  ['Friday', 'will convene a special session Friday', 'en', '2022-10-28'],
  ['on Friday', 'talks are scheduled on Friday', 'en', '2022-10-28'],
  ['Friday', 'said Friday that the talks will resume', 'en', '2022-10-21'],
  ['next Thursday', '', 'en', '2022-11-03'],
  ['last Thursday', '', 'en', '2022-10-20'],
  ['last Friday', '', 'en', '2022-10-21'],
  ['yesterday', '', 'en', '2022-10-26'],
  ['last month', '', 'en', '2022-09'],
  ['3 April', 'said on 3 April', 'en', '2022-04-03'],
  ['3 December', 'the vote will be held on 3 December', 'en', '2022-12-03'],
  ['3 November', 'the report said on 3 November', 'en', '2021-11-03'],
  ['3 November', 'the vote on 3 November', 'en', '2022-11-03'],
  ['March 2024', '', 'en', '2024-03'],
  ['14 March 2021', '', 'en', '2021-03-14'],
  ['3/4/2021', '', 'en', '2021-04-03'],
];

const FRENCH: Case[] = [
  ['jeudi', 'a déclaré jeudi', 'fr', '2022-10-27'],
  ['vendredi', 'a annoncé vendredi', 'fr', '2022-10-21'],
  ['vendredi', 'le conseil doit se réunir vendredi', 'fr', '2022-10-28'],
  ['vendredi prochain', '', 'fr', '2022-10-28'],
  ['vendredi dernier', '', 'fr', '2022-10-21'],
  ['hier', '', 'fr', '2022-10-26'],
  ['le mois dernier', '', 'fr', '2022-09'],
  ['3 avril 2024', '', 'fr', '2024-04-03'],
];

const GERMAN: Case[] = [
  ['Donnerstag', 'sagte am Donnerstag', 'de', '2022-10-27'],
  ['am Freitag', 'erklärte am Freitag', 'de', '2022-10-21'],
  ['am Freitag', 'die Regierung wird am Freitag', 'de', '2022-10-28'],
  ['nächsten Freitag', '', 'de', '2022-10-28'],
  ['letzten Freitag', '', 'de', '2022-10-21'],
  ['gestern', '', 'de', '2022-10-26'],
  ['14.11.2023', '', 'de', '2023-11-14'],
];

const SPANISH_AND_RUSSIAN: Case[] = [
  ['el jueves', 'dijo el jueves', 'es', '2022-10-27'],
  ['el viernes', 'anunció el viernes', 'es', '2022-10-21'],
  ['el viernes', 'la reunión será el viernes', 'es', '2022-10-28'],
  ['ayer', '', 'es', '2022-10-26'],
  ['в пятницу', 'заявил в пятницу', 'ru', '2022-10-21'],
  ['в пятницу', 'встреча состоится в пятницу', 'ru', '2022-10-28'],
  ['в прошлую пятницу', '', 'ru', '2022-10-21'],
  ['вчера', '', 'ru', '2022-10-26'],
];

describe('normaliseDate counts relative dates from the article’s date', () => {
  it.each([...ENGLISH, ...FRENCH, ...GERMAN, ...SPANISH_AND_RUSSIAN])(
    '"%s" in “%s” (%s) is %s',
    (wording, context, language, date) => {
      expect(normaliseDate(wording, THURSDAY, { context, language })).toEqual({ date, wording, reference: REFERENCE });
    },
  );

  it('reads a date in another language than the article’s (all parsers are tried)', () => {
    expect(normaliseDate('hier', THURSDAY, { language: 'en' })?.date).toBe('2022-10-26');
  });

  it('keeps the wording trimmed beside the date', () => {
    expect(normaliseDate('  last Friday ', THURSDAY)).toEqual({ date: '2022-10-21', wording: 'last Friday', reference: REFERENCE });
  });

  it('returns null for wording with no date in it', () => {
    expect(normaliseDate('in due course', THURSDAY)).toBeNull();
    expect(normaliseDate('', THURSDAY)).toBeNull();
  });

  it('without the article’s date reads only wording that names its year, and never counts from today', () => {
    expect(normaliseDate('Thursday', null)).toBeNull();
    expect(normaliseDate('last month', null)).toBeNull();
    expect(normaliseDate('3 April 2024', null)).toEqual({ date: '2024-04-03', wording: '3 April 2024' });
    expect(isRelativeWording('Thursday')).toBe(true);
    expect(isRelativeWording('3 April 2024')).toBe(false);
  });
});

describe('directionOf', () => {
  it.each([
    ['Thursday', 'said Thursday', 'past'],
    ['Thursday', 'will meet Thursday', 'future'],
    ['Thursday', 'will say more, he said Thursday', 'past'],
    ['jeudi', 'sera reçu jeudi', 'future'],
    ['Donnerstag', 'soll am Donnerstag', 'future'],
  ] as const)('"%s" in “%s” is %s', (wording, context, direction) => {
    expect(directionOf(wording, context)).toBe(direction);
  });
});

describe('articleReferenceDate', () => {
  const day = (date: Date | null) => (date ? [date.getFullYear(), date.getMonth() + 1, date.getDate()] : null);

  it.each([
    [{ publishedDate: '2022-10-27' }, [2022, 10, 27]],
    [{ publishedDate: '2022-10-27T23:30+04:00', published: '27 October' }, [2022, 10, 27]],
    [{ published: '27 October 2022' }, [2022, 10, 27]],
    [{ published: '2022-10-27' }, [2022, 10, 27]],
    [{ published: '27 octobre 2022', language: 'fr' }, [2022, 10, 27]],
    [{ published: '27. Oktober 2022', language: 'de' }, [2022, 10, 27]],
  ])('%j counts from %j', (metadata, expected) => {
    expect(day(articleReferenceDate(metadata))).toEqual(expected);
  });

  it('is null when the document has no readable date: the analyst is asked, today is never assumed', () => {
    expect(articleReferenceDate({})).toBeNull();
    expect(articleReferenceDate({ published: 'sometime' })).toBeNull();
  });
});
