import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../core/suggest/suggest';
import type { Suggestion } from '../../../../core/suggest/suggestion';

type EventSuggestion = Extract<Suggestion, { type: 'event' }>;

/** Thursday 27 October 2022, the publication day of every text here. */
const PUBLISHED = new Date(2022, 9, 27, 12);

const datesOf = (text: string, language: string, reference = PUBLISHED) =>
  suggest({ text, language, reference })
    .filter((s): s is EventSuggestion => s.type === 'event')
    .map((event) => event.date.date);

/** [rule, language, text, the dates of its events in text order] */
type DateCase = [string, string, string, string[]];

const CASES: DateCase[] = [
  // A day something is set for, whatever "for" might otherwise say about a length of time.
  ['a vote set for next Thursday', 'en', 'The council set a vote for next Thursday.', ['2022-11-03']],
  ['scheduled for last Monday', 'en', 'A vote that had been scheduled for last Monday was called off.', ['2022-10-24']],
  ['"for three weeks" is still a length of time', 'en', 'The ship had been mapping the seabed for three weeks.', []],
  ['"für drei Wochen" is a length of time', 'de', 'Die Strecke war für drei Wochen gesperrt.', []],
  // "for" alone before a weekday: the day something is set for, whatever the tense of the setting.
  ['forecast for Saturday', 'en', 'Storms were forecast for Saturday.', ['2022-10-29']],
  ['une grève pour samedi', 'fr', 'Les syndicats ont appelé à une grève pour samedi.', ['2022-10-29']],
  ['für Samstag angekündigt', 'de', 'Für Samstag sind erneut Gewitter angekündigt.', ['2022-10-29']],
  ['fijada para este sábado', 'es', 'La protesta quedó fijada para este sábado.', ['2022-10-29']],
  ['перенесено на субботу', 'ru', 'Заседание было перенесено на субботу.', ['2022-10-29']],
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
  ['a comma after the date ends its clause', 'ru', 'Инспекция начнёт проверку в понедельник, сообщила её руководитель.', ['2022-10-31']],
  ['a past verb keeps the last such day', 'ru', 'Во вторник рабочие заменили трубу.', ['2022-10-25']],
  // A dateline is the day the story was filed.
  ['a dateline is no event', 'en', 'HALSTOW, October 26 — The ferry was cancelled on Tuesday.', ['2022-10-25']],
  ['a dateline is no event', 'es', 'ALMADRÉN, 26 de octubre — La lonja cerró el martes.', ['2022-10-25']],
  // A paragraph opening on its date: the parser's reading may start with the line break before it.
  ['a paragraph opening on "vor zwei Wochen"', 'de', 'Der Deich hält.\nVor zwei Wochen hatte der Kreis Sandsäcke bestellt.', ['2022-10-13']],
  ['a paragraph opening on "вчера"', 'ru', 'Мост закрыли.\nВчера по мосту прошли последние автобусы.', ['2022-10-26']],
  ['a paragraph opening on "Morgen" is tomorrow', 'de', 'Die Schule bleibt zu.\nMorgen öffnet die Gemeinde eine Notunterkunft.', ['2022-10-28']],
  // Two days off, which the parser reads as one.
  ['avant-hier', 'fr', 'Avant-hier, le club a déménagé son matériel.', ['2022-10-25']],
  ['après-demain', 'fr', 'Le club déménagera son matériel après-demain.', ['2022-10-29']],
  ['anteayer', 'es', 'Anteayer, la cofradía vendió el barco.', ['2022-10-25']],
  ['pasado mañana', 'es', 'La carpa abrirá pasado mañana.', ['2022-10-29']],
  // Spanish "hace": days and weeks to the day, months to the month.
  ['hace diez días', 'es', 'Hace diez días, la asociación presentó un recurso.', ['2022-10-17']],
  ['hace 2 semanas', 'es', 'El puerto cerró hace 2 semanas.', ['2022-10-13']],
  ['hace un mes', 'es', 'Hace un mes, el alcalde dimitió.', ['2022-09']],
  // A month by its name, which the French and German parsers do not read alone.
  ['en septembre, to come, is next year’s', 'fr', 'Les travaux devraient débuter en septembre.', ['2023-09']],
  ['novembre dernier', 'fr', 'En novembre dernier, un rapport avait signalé des fissures.', ['2021-11']],
  ['en mars, in the past', 'fr', 'La piscine avait fermé en mars.', ['2022-03']],
  ['début décembre, to come', 'fr', 'Début décembre, la ligne rouvrira.', ['2022-12']],
  ['en mai 2019', 'fr', 'Le chantier a commencé en mai 2019.', ['2019-05']],
  ['d’ici fin novembre is its last day', 'fr', 'Le rapport sera rendu d’ici fin novembre.', ['2022-11-30']],
  ['im April', 'de', 'Im April hatte ein Gutachten den Deich als sicher eingestuft.', ['2022-04']],
  ['bis Ende November is its last day', 'de', 'Die Sperrung soll bis Ende November dauern.', ['2022-11-30']],
  ['Mitte Dezember, to come', 'de', 'Mitte Dezember wird der Kreistag entscheiden.', ['2022-12']],
  ['im vergangenen Oktober is last year’s', 'de', 'Im vergangenen Oktober war die Brücke gesperrt.', ['2021-10']],
  // German weekdays with the time of day written into them.
  ['am Montagabend', 'de', 'Der Kreis hat am Montagabend den Weg gesperrt.', ['2022-10-24']],
  ['am Freitagnachmittag, to come', 'de', 'Am Freitagnachmittag wird der Landrat die Schäden besichtigen.', ['2022-10-28']],
  // "Should" and "is to" speak of what is to come.
  ['devraient', 'fr', 'Les travaux devraient débuter lundi.', ['2022-10-31']],
  ['soll', 'de', 'Die Sperrung soll am Montag enden.', ['2022-10-31']],
  ['a French future before the date', 'fr', 'La route rouvrira jeudi matin.', ['2022-11-03']],
  // A timetable is written in the present: with no past in its clause, it is to come.
  ['meets on Monday', 'en', 'The committee meets on Monday to review the bids.', ['2022-10-31']],
  ['reopens in March', 'en', 'The museum reopens in March.', ['2023-03']],
  ['a past verb keeps the day before', 'en', 'The mayor opened the bridge on Monday.', ['2022-10-24']],
  ['two clauses, each its own tense', 'en', 'The council meets again on Monday after it closed the road on Tuesday.', ['2022-10-31', '2022-10-25']],
  ['se réunit lundi', 'fr', 'Le conseil se réunit lundi pour examiner le dossier.', ['2022-10-31']],
  ['berät am Montag', 'de', 'Der Kreistag berät am Montag über die Hilfen.', ['2022-10-31']],
  ['se reúne el lunes', 'es', 'El pleno se reúne el lunes para votar.', ['2022-10-31']],
  // A deadline, and what a past deed was ahead of, are to come.
  ['have until Friday', 'en', 'Insurers have until Friday to send assessors.', ['2022-10-28']],
  ['until at least Monday', 'en', 'The line stays closed until at least Monday.', ['2022-10-31']],
  ['bis mindestens Freitag', 'de', 'Die Strecke bleibt bis mindestens Freitag gesperrt.', ['2022-10-28']],
  ['hasta el viernes', 'es', 'La carretera permanece cortada hasta al menos el viernes.', ['2022-10-28']],
  ['was closed until Friday', 'en', 'The road was closed until Friday.', ['2022-10-21']],
  ['before Sunday’s election', 'en', 'The candidates met on Monday evening in the last debate before Sunday’s election.', ['2022-10-24', '2022-10-30']],
  // "this" with a weekday is the next one only when to come.
  ['este martes, in the past', 'es', 'Los vecinos pudieron volver a sus casas este martes.', ['2022-10-25']],
  ['este martes, to come', 'es', 'La alcaldesa visitará la zona este martes.', ['2022-11-01']],
  // A Russian past verb the date reader has no word for.
  ['случилась 3 марта', 'ru', 'Предыдущая авария случилась 3 марта.', ['2022-03-03']],
  ['случится 3 марта', 'ru', 'Следующая проверка случится 3 марта.', ['2023-03-03']],
  // Wording the parsers miss.
  ['a fortnight ago', 'en', 'A fortnight ago, the owners reopened the arcade.', ['2022-10-13']],
  ['the morning of October 12', 'en', 'The body was found on the morning of October 12.', ['2022-10-12']],
  ['the night of October 20', 'en', 'On the night of October 20, the dam broke.', ['2022-10-20']],
  ['Oct 3rd without its full stop', 'en', 'The station reopened on Oct 3rd.', ['2022-10-03']],
  ['a weekday and its date are one event', 'en', 'The plant closed on Tuesday, Oct. 25.', ['2022-10-25']],
  ['aujourd’hui with a curly apostrophe', 'fr', 'Aujourd’hui, les techniciens rétablissent le courant.', ['2022-10-27']],
  ['Месяц назад after another sentence', 'ru', 'Трубы проверили. Месяц назад дума утвердила план.', ['2022-09']],
  ['gegen 23 Uhr keeps its time', 'de', 'Das Feuer brach am Mittwoch gegen 23 Uhr aus.', ['2022-10-26T23:00']],
  // A weekday of last or next week is that day of that week.
  ['Tuesday last week', 'en', 'The board met on Tuesday last week.', ['2022-10-18']],
  ['am Dienstag vergangener Woche', 'de', 'Am Dienstag vergangener Woche hatte die Feuerwehr die Halle geprüft.', ['2022-10-18']],
  ['mardi de la semaine prochaine', 'fr', 'Le conseil se réunira mardi de la semaine prochaine.', ['2022-11-01']],
  ['el martes de la semana pasada', 'es', 'El pleno votó el martes de la semana pasada.', ['2022-10-18']],
  ['во вторник на прошлой неделе', 'ru', 'Во вторник на прошлой неделе рабочие заменили трубу.', ['2022-10-18']],
  // A weekend is its Saturday: the last one when told in the past, the next when to come.
  ['last weekend', 'en', 'The club held a fair last weekend.', ['2022-10-22']],
  ['this weekend, to come', 'en', 'The road over the dam reopens this weekend.', ['2022-10-29']],
  ['weekends, habitual, are none', 'en', 'The market opens at weekends.', []],
  ['ce week-end, to come', 'fr', 'Ce week-end, des bénévoles nettoieront la plage.', ['2022-10-29']],
  ['le week-end dernier', 'fr', 'Le week-end dernier, la digue a cédé.', ['2022-10-22']],
  ['am Wochenende soll', 'de', 'Am Wochenende soll die Fähre wieder fahren.', ['2022-10-29']],
  ['am vergangenen Wochenende', 'de', 'Am vergangenen Wochenende war die Halle geschlossen.', ['2022-10-22']],
  ['el pasado fin de semana', 'es', 'El pasado fin de semana, la lonja cerró.', ['2022-10-22']],
  ['este fin de semana, to come', 'es', 'La feria abrirá este fin de semana.', ['2022-10-29']],
  ['в эти выходные, to come', 'ru', 'В эти выходные откроют новый мост.', ['2022-10-29']],
  ['в минувшие выходные', 'ru', 'В минувшие выходные в городе прошёл фестиваль.', ['2022-10-22']],
  // A night is the day it begins: the day before the one named.
  ['overnight into Sunday', 'en', 'A storm hit the coast overnight into Sunday.', ['2022-10-22']],
  ['in der Nacht zum Dienstag', 'de', 'In der Nacht zum Dienstag fiel der Strom aus.', ['2022-10-24']],
  ['в ночь на среду', 'ru', 'В ночь на среду река вышла из берегов.', ['2022-10-25']],
  ['в ночь на субботу, to come', 'ru', 'В ночь на субботу перекроют мост.', ['2022-10-28']],
  ['anoche', 'es', 'Los últimos pasajeros salieron anoche.', ['2022-10-26']],
  // Days and weeks later or earlier count from the event told before them.
  ['two days later', 'en', 'The dam cracked on Monday. Two days later, the valley flooded.', ['2022-10-24', '2022-10-26']],
  ['a week earlier', 'en', 'The plant closed on October 20. A week earlier, inspectors had visited it.', ['2022-10-20', '2022-10-13']],
  ['two days before the vote counts from the vote', 'en', 'The mayor resigned on Monday. Two days before the vote, her deputy left.', ['2022-10-24']],
  ['deux jours plus tard', 'fr', 'Le 3 octobre, le syndicat a déposé un préavis. Deux jours plus tard, la préfecture a proposé une médiation.', ['2022-10-03', '2022-10-05']],
  ['zwei Tage später', 'de', 'Am 3. Oktober brach das Kabel. Zwei Tage später brannte die Muffe durch.', ['2022-10-03', '2022-10-05']],
  ['tres días después', 'es', 'El 3 de octubre cerró el puerto. Tres días después, la naviera canceló las rutas.', ['2022-10-03', '2022-10-06']],
  ['через два дня, in the past', 'ru', 'Первые дома подтопило 3 октября. Через два дня вода поднялась ещё выше.', ['2022-10-03', '2022-10-05']],
  ['через два дня, to come, counts from publication', 'ru', 'Через два дня откроют мост.', ['2022-10-29']],
  // An English range that opens month first is its first day (the British parser read its day as a year).
  ['from Oct. 3 to Oct. 7', 'en', 'Crews worked on the wall from Oct. 3 to Oct. 7.', ['2022-10-03']],
  ['from October 20 until October 24', 'en', 'The line was shut from October 20 until October 24.', ['2022-10-20']],
  // A headline's "to" before its verb is the future; a sentence's is not.
  ['a headline: union to strike on Friday', 'en', 'Union to strike on Friday\nThe union voted on Tuesday.', ['2022-10-28', '2022-10-25']],
  ['a sentence is no headline', 'en', 'The mayor went to see the site on Monday.', ['2022-10-24']],
  // A German timetable that stays.
  ['bleibt von Freitag bis Sonntag geschlossen', 'de', 'Von Freitag bis Sonntag bleibt die Grundschule geschlossen.', ['2022-10-28']],
  ['bleibt seit Montag gesperrt', 'de', 'Die Straße bleibt seit Montag gesperrt.', ['2022-10-24']],
  // A start from a weekday is to come, unless told in the past.
  ['ab Freitag', 'de', 'Die Ermittler suchen ab Freitag nach der Ursache.', ['2022-10-28']],
  ['ab Montag, in the past', 'de', 'Die Strecke war ab Montag gesperrt.', ['2022-10-24']],
  ['à partir de lundi', 'fr', 'La route est fermée à partir de lundi.', ['2022-10-31']],
  ['a partir del lunes', 'es', 'Los taxis no circulan a partir del lunes.', ['2022-10-31']],
  // The evening before counts from the event told before it.
  ['the evening before', 'en', 'The fire broke out on Tuesday. The evening before, guards had noticed nothing.', ['2022-10-25', '2022-10-24']],
  ['am Vorabend', 'de', 'Am Dienstagmorgen brach ein Feuer aus. Am Vorabend hatten Wachleute nichts bemerkt.', ['2022-10-25', '2022-10-24']],
  ['la víspera', 'es', 'El incendio empezó el martes. La víspera, los guardias no vieron nada.', ['2022-10-25', '2022-10-24']],
  // Tenses the rules had no word for, and a future that is another clause's.
  ['dürften bis Ende Mai', 'de', 'Die Ermittlungen dürften bis Ende Mai dauern.', ['2023-05-31']],
  ['el sábado … celebrará', 'es', 'El sábado, la asociación celebrará una asamblea.', ['2022-10-29']],
  ['a past verb before the date keeps a later "will" from it', 'en', 'Police closed the bridge on Tuesday, and it will stay shut until March 20.', ['2022-10-25', '2023-03-20']],
  ['a date set off by commas takes its sentence’s tense', 'ru', 'Ранее, 10 июня, водоканал проводил проверку сетей.', ['2022-06-10']],
  // Words after or before a date that move it.
  ['on March 3 last year', 'en', 'A tractor hit the same bridge on March 3 last year.', ['2021-03-03']],
  ['le 3 mars de l’an dernier', 'fr', 'Un tracteur avait heurté le pont le 3 mars de l’an dernier.', ['2021-03-03']],
  ['a week from Friday', 'en', 'A week from Friday, the county will publish its report.', ['2022-11-04']],
  // Wording the parsers miss or misread.
  ['overnight alone is the night before publication', 'en', 'Rescue teams arrived overnight.', ['2022-10-26']],
  ['an overnight stay dates nothing', 'en', 'The hotel offers an overnight stay.', []],
  ['earlier in the month', 'en', 'Earlier in the month, seismologists recorded small tremors.', ['2022-10']],
  ['esta madrugada', 'es', 'Esta madrugada, la policía retiró los vehículos.', ['2022-10-27']],
  ['el pasado día 3', 'es', 'Desde el pasado día 3, los taxistas no aceptan tarjetas.', ['2022-10-03']],
  ['el lunes 31 is a day, not 31 o’clock', 'es', 'El lunes 31, los conductores se manifestarán.', ['2022-10-31']],
  ['mardi 25 is a day, not 25 o’clock', 'fr', 'Mardi 25, la mairie a fermé le pont.', ['2022-10-25']],
  ['mardi 13 sept. is a day of September', 'fr', 'Le conseil s’était réuni mardi 13 sept. pour voter le budget.', ['2022-09-13']],
  ['el martes 13 sept. is a day of September, not 13 o’clock', 'es', 'El pleno se había reunido el martes 13 sept. para votar.', ['2022-09-13']],
  ['martes 15 nov., to come', 'es', 'El pleno se reunirá el martes 15 nov. en el ayuntamiento.', ['2022-11-15']],
  ['del 23 al 25 de noviembre is its first day', 'es', 'Los paros se repetirán del 23 al 25 de noviembre.', ['2022-11-23']],
  ['il y a quinze jours is two weeks', 'fr', 'Il y a quinze jours, la digue avait été inspectée.', ['2022-10-13']],
  ['la noche del martes', 'es', 'Un camión volcó la noche del martes en la autovía.', ['2022-10-25']],
  ['esta tarde is publication day', 'es', 'Esta tarde, los bomberos han dado por controlado el incendio.', ['2022-10-27']],
  ['esta mañana is publication day, not tomorrow', 'es', 'Esta mañana, la policía cortó la carretera.', ['2022-10-27']],
  ['se declaró is a fire breaking out, no saying', 'es', 'El fuego se declaró el martes en un paraje.', ['2022-10-25']],
  ['this past weekend', 'en', 'This past weekend, parents packed the town hall.', ['2022-10-22']],
  ['в выходные, in the past', 'ru', 'В выходные коммунальщики вывезли снег.', ['2022-10-22']],
  ['в выходные дни is habitual', 'ru', 'Музей работает в выходные дни.', []],
  ['hasta finales de febrero is its last day', 'es', 'Las obras se prolongarán hasta finales de febrero.', ['2023-02-28']],
  // "By" a day is a deadline to come, unless a past form stands in its own words.
  ['if no deal is reached by Sunday', 'en', 'Teachers voted to walk out if no deal is reached by Sunday.', ['2022-10-30']],
  ['had gathered 6,000 signatures by Wednesday', 'en', 'Parents had gathered 6,000 signatures by Wednesday.', ['2022-10-26']],
  ['cleared the road by Sunday', 'en', 'Crews cleared the road by Sunday.', ['2022-10-23']],
  // The week before counts from the event before it, and one counted day from another.
  ['the week before', 'en', 'The mayor met the union on Monday. The week before, the board had approved a budget.', ['2022-10-24', '2022-10-17']],
  ['la semaine précédente', 'fr', 'Le conseil a voté lundi. La semaine précédente, le maire avait reçu les syndicats.', ['2022-10-24', '2022-10-17']],
  ['the following week', 'en', 'The plant closed on October 3. The following week, workers protested.', ['2022-10-03', '2022-10-10']],
  ['the week before the vote counts from the vote', 'en', 'The mayor resigned on Monday. The week before the vote was tense.', ['2022-10-24']],
  ['le lendemain, then trois jours plus tôt', 'fr', 'Vendredi dernier, les syndicats ont été reçus. Le lendemain, les salariés ont manifesté. Trois jours plus tôt, le groupe avait publié ses résultats.', ['2022-10-21', '2022-10-22', '2022-10-19']],
];

/** [rule, language, text, the dates of its events], published on Monday 31 March 2025. */
const END_OF_MONTH_CASES: DateCase[] = [
  ['last month', 'en', 'Last month, the port fined two tenants.', ['2025-02']],
  ['next month', 'en', 'Grain shipments will resume next month.', ['2025-04']],
  ['le mois dernier', 'fr', 'Le mois dernier, un accord a échoué.', ['2025-02']],
  ['im vergangenen Monat', 'de', 'Im vergangenen Monat hatte der Konzern zwei Techniker eingestellt.', ['2025-02']],
  ['el mes pasado', 'es', 'El mes pasado, la naviera estrenó un barco.', ['2025-02']],
  ['в прошлом месяце', 'ru', 'В прошлом месяце власти провели учения.', ['2025-02']],
];

describe('event dates, rule by rule and language by language', () => {
  it.each(CASES)('%s (%s)', (_rule, language, text, dates) => {
    expect(datesOf(text, language)).toEqual(dates);
  });

  it.each(END_OF_MONTH_CASES)('%s (%s), counted from the last day of a month', (_rule, language, text, dates) => {
    expect(datesOf(text, language, new Date(2025, 2, 31, 12))).toEqual(dates);
  });
});
