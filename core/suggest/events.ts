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
    '\\d{1,4}[./-]\\d{1,2}', 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow',
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

/** Words after a date that put it in the future, and words before it that keep it in the past. */
const FUTURE_AFTER = /(?<![\p{L}])(?:will|shall|’ll|going to|is due|are due|va|vont|sera|seront|wird|werden|será|serán|будет|будут|состоится)(?![\p{L}])/iu;
/** A future in reported speech: "said he would hold a rally on Thursday". */
const WOULD = /(?<![\p{L}])(?:would|will|is due to|are due to|plans? to|is expected to|to be held|promis\p{L}* to|pledg\p{L}* to|vow\p{L}* to|agreed to|intends? to|allait|devait|würde|sollte|iba a|debía|будет|должен|\p{L}{2,}(?:rons|ront|rez)|\p{L}{2,}(?:remos|rán|rá))(?![\p{L}])/iu;
const PAST_BEFORE = /(?<![\p{L}])(?:said|told|was|were|had|did|a dit|a déclaré|sagte|dijo|заявил\p{L}*|сказал\p{L}*)(?![\p{L}])/iu;

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
  for (const result of datesInChunks(reading, probe, language)) {
    const sentence = reading.sentenceAt(result.index);
      if (result.index + result.text.length > sentence.end) continue;
      const words = text.slice(sentence.start, sentence.end);
      Object.assign(result, { index: result.index - sentence.start });
      // "within a month", "for a week": a length of time, not a date.
      if (!datesSomething(result) || /(?:within|for|over|during|pendant|innerhalb|durante|в течение)\s+$/iu.test(words.slice(0, result.index))) continue;
      // "on Thursdays" happens every week; "two months after promising" counts from another event, not from publication.
      if (/^s\b/u.test(words.slice(result.index + result.text.length)) || /\s(?:after|before|later|après|avant|nach|vor|después|antes|после|до)$/iu.test(result.text)) continue;
      const at = sentence.start + result.index;
      const clause = clauseAround(text, sentence, at, at + result.text.length);
      const before = text.slice(Math.max(sentence.start, clause.start - 80), at);
      // "If the ships do not move by April, the fields will be late": a future said after the date counts too.
      const afterReport = before.split(PAST_BEFORE).at(-1) ?? before;
      const later = (!PAST_BEFORE.test(before) && FUTURE_AFTER.test(text.slice(at + result.text.length, sentence.end))) || WOULD.test(afterReport) ? 'will ' : '';
      const context = `${before}${later}${result.text}`;
      const date = normaliseDate(result.text, reference, { context, language });
      if (!date || clause.end <= clause.start) continue;
      const own = actor(reading, subjectAfter(text, clause.start, clause.end, lexicon));
      const subject = own ?? actor(reading, subjectAfter(text, sentence.start, sentence.end, lexicon));
      found.push({ ...clause, date, subject, wording: result.text });
  }
  return found;
}

/** About this many characters go to the date parser at once: it slows down on long texts, and each call has a cost. */
const CHUNK = 4000;

/** Every date in the text, read a few sentences at a time (only sentences with a hint of one), with offsets into the text. */
function datesInChunks(reading: Reading, probe: Date, language: string | undefined): ReturnType<typeof findDatesIn> {
  const found: ReturnType<typeof findDatesIn> = [];
  const hinted = reading.sentences.filter((sentence) => DATE_HINT.test(reading.text.slice(sentence.start, sentence.end)));
  for (let i = 0; i < hinted.length; ) {
    const start = (hinted[i] as { start: number }).start;
    let end = (hinted[i] as { end: number }).end;
    // Neighbouring hinted sentences go together, as they stand in the text.
    for (i++; i < hinted.length && (hinted[i] as { end: number }).end - start <= CHUNK && (hinted[i] as { start: number }).start - end < 3; i++) end = (hinted[i] as { end: number }).end;
    for (const result of findDatesIn(reading.text.slice(start, end), probe, language)) found.push(Object.assign(result, { index: result.index + start }));
  }
  return found;
}

/** Only a name is an actor, and a lone capitalised word only as an organisation ("Referring to …" names nobody). */
function actor(reading: Reading, subject: Subject | null): Subject | null {
  if (subject?.kind !== 'named') return null;
  return subject.entityKind === 'organisation' || /\s/u.test(subject.name) || reading.isKnownSurname(subject.name) ? subject : null;
}
