import { findDatesIn } from '../fields/date-languages';
import { normaliseDate, type NormalisedDate } from '../fields/natural-date';
import { subjectAfter, type Subject } from './names';
import type { Reading } from './reading';

/** A dated clause (UTF-16 offsets) with its date and the named subject that acts in it, if any. */
export interface FoundEvent {
  start: number;
  end: number;
  date: NormalisedDate;
  subject: Subject | null;
  wording: string;
}

/**
 * Words that may hold a date, in the five languages with cue lists: a
 * sentence without any is not given to the date parser, which is the
 * engine's slowest step.
 */
const DATE_HINT = new RegExp(
  [
    '\\d', 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow',
    'january|february|march|april|may|june|july|august|september|october|november|december|week|month|year',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd|demain|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|semaine|mois',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute|morgen|januar|februar|märz|juni|juli|oktober|dezember|woche|monat',
    'lunes|martes|miércoles|jueves|viernes|sábado|domingo|ayer|hoy|mañana|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|semana|mes',
    'понедельник|вторник|сред[ау]|четверг|пятниц|суббот|воскресень|вчера|сегодня|завтра|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|недел|месяц',
  ].join('|'),
  'iu',
);

/** Wording chrono reads as a moment but that dates nothing ("now", "at 5 pm" alone, a bare year). */
function datesSomething(result: { text: string; start: { isCertain(component: 'day' | 'weekday' | 'month' | 'year'): boolean } }): boolean {
  if (/^(?:now|right now|currently|maintenant|jetzt|ahora|сейчас)$/iu.test(result.text.trim())) return false;
  const { start } = result;
  return start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
}

/** Where a clause begins and ends around a date: commas, semicolons, dashes and "that"/"which" bound it. */
const CLAUSE_BREAK = /[,;:—–()]|\s(?:that|which|who|where|while|after|before|when|que|qui|dass|das|wo|который|которая|что|где)\s/giu;

function clauseAround(text: string, sentence: { start: number; end: number }, at: number, end: number): { start: number; end: number } {
  let start = sentence.start;
  let stop = sentence.end;
  CLAUSE_BREAK.lastIndex = sentence.start;
  for (let match = CLAUSE_BREAK.exec(text); match && match.index < sentence.end; match = CLAUSE_BREAK.exec(text)) {
    const breakEnd = match.index + match[0].length;
    if (breakEnd <= at) start = breakEnd;
    else if (match.index >= end) {
      stop = match.index;
      break;
    }
  }
  while (start < stop && /[\s,;:"“”«»]/u.test(text[start] as string)) start++;
  while (stop > start && /[\s.!?,;:"“”«»]/u.test(text[stop - 1] as string)) stop--;
  return { start, end: stop };
}

/**
 * A dated clause becomes an event: each date chrono finds in a sentence,
 * resolved against the publication date by the date field's own rules
 * (natural-date.ts: "said Friday" is the Friday before, "will convene
 * Friday" the one after), with the clause around it as the span and the
 * clause's (or else the sentence's) named subject as its actor.
 */
export function findEvents(reading: Reading, reference: Date | null, language: string | undefined): FoundEvent[] {
  const { text, lexicon } = reading;
  const found: FoundEvent[] = [];
  const probe = reference ?? new Date(2000, 0, 1, 12);
  for (const sentence of reading.sentences) {
    const words = text.slice(sentence.start, sentence.end);
    if (!DATE_HINT.test(words)) continue;
    for (const result of findDatesIn(words, probe, language)) {
      if (!datesSomething(result)) continue;
      const at = sentence.start + result.index;
      const clause = clauseAround(text, sentence, at, at + result.text.length);
      const context = text.slice(Math.max(sentence.start, clause.start - 80), at + result.text.length);
      const date = normaliseDate(result.text, reference, { context, language });
      if (!date || clause.end <= clause.start) continue;
      const own = actor(reading, subjectAfter(text, clause.start, clause.end, lexicon));
      const subject = own ?? actor(reading, subjectAfter(text, sentence.start, sentence.end, lexicon));
      found.push({ ...clause, date, subject, wording: result.text });
    }
  }
  return found;
}

/** Only a name is an actor, and a lone capitalised word only as an organisation ("Referring to …" names nobody). */
function actor(reading: Reading, subject: Subject | null): Subject | null {
  if (subject?.kind !== 'named') return null;
  return subject.entityKind === 'organisation' || /\s/u.test(subject.name) || reading.isKnownSurname(subject.name) ? subject : null;
}
