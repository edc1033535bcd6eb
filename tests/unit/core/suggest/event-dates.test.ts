import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../core/suggest/suggest';
import type { Suggestion } from '../../../../core/suggest/suggestion';

type EventSuggestion = Extract<Suggestion, { type: 'event' }>;

/** Thursday 27 October 2022, the publication day of every text here. */
const PUBLISHED = new Date(2022, 9, 27, 12);

const datesOf = (text: string, language: string) =>
  suggest({ text, language, reference: PUBLISHED })
    .filter((s): s is EventSuggestion => s.type === 'event')
    .map((event) => event.date.date);

/** [rule, language, text, the dates of its events in text order] */
type DateCase = [string, string, string, string[]];

const CASES: DateCase[] = [
  // A day something is set for, whatever "for" might otherwise say about a length of time.
  ['a vote set for next Thursday', 'en', 'The council set a vote for next Thursday.', ['2022-11-03']],
  ['scheduled for last Monday', 'en', 'A vote that had been scheduled for last Monday was called off.', ['2022-10-24']],
  ['"for three weeks" is still a length of time', 'en', 'The ship had been mapping the seabed for three weeks.', []],
  // A day of the month alone.
  ['on the 3rd, in the past', 'en', 'The ship was taken out of service on the 3rd, when a crack was found.', ['2022-10-03']],
  ['on the 29th, in the past, is last month', 'en', 'The mill closed on the 29th.', ['2022-09-29']],
  ['on the 30th, to come', 'en', 'The licence will expire on the 30th.', ['2022-10-30']],
  ['le 12', 'fr', 'Le 12, la région avait débloqué une enveloppe.', ['2022-10-12']],
  ['am 1.', 'de', 'Am 1. war die Straße gesperrt worden.', ['2022-10-01']],
  ['el día 8', 'es', 'El día 8, la cofradía había pedido una reunión.', ['2022-10-08']],
  ['3-го числа', 'ru', 'Авария произошла 3-го числа.', ['2022-10-03']],
  // The end of the month is its last day; the start of this month is the month.
  ['d’ici la fin du mois', 'fr', 'Les travaux pourraient commencer d’ici la fin du mois.', ['2022-10-31']],
  ['bis Ende des Monats', 'de', 'Die Bauphase soll bis Ende des Monats ausgeschrieben werden.', ['2022-10-31']],
  ['antes de fin de mes', 'es', 'La flota volverá a faenar antes de fin de mes.', ['2022-10-31']],
  ['до конца месяца', 'ru', 'Водоканал обещал закончить ремонт до конца месяца.', ['2022-10-31']],
  ['plus tôt ce mois-ci', 'fr', 'Plus tôt ce mois-ci, la compagnie avait proposé un plan.', ['2022-10']],
  ['Anfang des Monats', 'de', 'Anfang des Monats hatte das Land Geld bereitgestellt.', ['2022-10']],
  ['a principios de mes', 'es', 'A principios de mes, el gobierno aprobó una ayuda.', ['2022-10']],
  ['в начале месяца', 'ru', 'В начале месяца прокуратура начала проверку.', ['2022-10']],
  // Weeks and weekdays the date parser reads only in part.
  ['la semana pasada', 'es', 'La semana pasada, la lonja cerró por una avería.', ['2022-10-20']],
  ['el jueves pasado', 'es', 'La asamblea, prevista para el jueves pasado, se aplazó.', ['2022-10-20']],
  ['this coming Tuesday', 'en', 'The council will meet this coming Tuesday.', ['2022-11-01']],
  // A range is its first day.
  ['from Monday to Wednesday, to come', 'de', 'Die Taucher werden von Montag bis Mittwoch arbeiten.', ['2022-10-31']],
  ['a range whose weekday gives the year', 'fr', 'Les syndicats ont appelé à une grève du lundi 30 janvier au mercredi 1er février.', ['2023-01-30']],
  // A time with a day keeps its time; "a.m." ends no sentence.
  ['at 6 a.m. Saturday', 'en', 'The first ferry will leave at 6 a.m. Saturday.', ['2022-10-29T06:00']],
  ['ce vendredi à 10 heures', 'fr', 'Le préfet recevra les élus ce vendredi à 10 heures.', ['2022-10-28T10:00']],
  ['el próximo martes a las 11', 'es', 'El consejero se reunirá con los armadores el próximo martes a las 11.', ['2022-11-01T11:00']],
  // A German ordinal day ends no sentence.
  ['am 13. November', 'de', 'Der Kreistag wird am 13. November abstimmen.', ['2022-11-13']],
  // A Russian clause with no verb in the past is to come.
  ['perfective present is the future', 'ru', 'Комиссия проверит станцию в понедельник в 10 утра.', ['2022-10-31T10:00']],
  ['a range to come', 'ru', 'Отключения воды продлятся с понедельника по среду.', ['2022-10-31']],
  ['a past verb keeps the last such day', 'ru', 'Во вторник рабочие заменили трубу.', ['2022-10-25']],
  // A dateline is the day the story was filed.
  ['a dateline is no event', 'en', 'HALSTOW, October 26 — The ferry was cancelled on Tuesday.', ['2022-10-25']],
  ['a dateline is no event', 'es', 'ALMADRÉN, 26 de octubre — La lonja cerró el martes.', ['2022-10-25']],
];

describe('event dates, rule by rule and language by language', () => {
  it.each(CASES)('%s (%s)', (_rule, language, text, dates) => {
    expect(datesOf(text, language)).toEqual(dates);
  });
});
