import { findDatesIn } from '../fields/date-languages';
import { MONTHS, MONTH_NAMES, WEEKDAY_NAMES, weekdayIndex } from '../fields/date-words';
import { isoOf } from '../fields/iso-day';
import { DAY_AFTER_TOMORROW, DAY_BEFORE_YESTERDAY, dayOfMonth, IN_THE_MONTH, WEEKDAY_AND_DAY } from '../fields/misread-wordings';
import { normaliseDate, normaliseParsed, type NormalisedDate } from '../fields/natural-date';
import { subjectAfter, type Subject } from './names';
import type { Reading } from './reading';
import { CLAUSE_OPENERS, SAYS } from './reported';
import { firstNotBefore } from './ordered';
import { codePointBeforeIs } from './text-units';

/** One date the parser read, with where it is. */
type ParsedDate = ReturnType<typeof findDatesIn>[number];

const THIS_WEEKDAY = /^(?:this|ce|cette|diese[nrms]?|este|esta|в эт\p{L}+|эт\p{L}+)\s+/iu;

/** A dated clause (UTF-16 offsets) with its date and the named subject that acts in it, if any. */
export interface FoundEvent {
  start: number;
  end: number;
  date: NormalisedDate;
  subject: Subject | null;
  wording: string;
}

/** Wording chrono reads as a moment but that dates nothing ("now", "at 5 pm" alone, a bare year). */
function datesSomething(result: { text: string; start: { isCertain(component: 'day' | 'weekday' | 'month' | 'year'): boolean } }): boolean {
  if (/^(?:now|right now|currently|maintenant|jetzt|ahora|сейчас)$/iu.test(result.text.trim())) return false;
  const { start } = result;
  return start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month');
}

/** A length of time as the date parser words it ("for three weeks", "within a month"). */
const DURATION = /^(?:for|within|during|over|pendant|durant|für|innerhalb|während|durante|в течение)\s/iu;

/** Words after a date that put it in the future, and words before it that keep it in the past. */
const FUTURE_AFTER = /(?<![\p{L}])(?:will|shall|’ll|going to|is due|are due|va|vont|sera|seront|wird|werden|soll|sollen|será|serán|будет|будут|состоится)(?![\p{L}])/iu;
/** A future in reported speech: "said he would hold a rally on Thursday". */
const WOULD = /(?<![\p{L}])(?:would|will|is due to|are due to|plans? to|is expected to|to be held|promis\p{L}* to|pledg\p{L}* to|vow\p{L}* to|agreed to|intends? to|allait|devait|sera|seront|aura|auront|devrai(?:t|ent)|doi(?:t|vent)|würde|sollte|soll(?:en)?|dürften?|wollen|will|iba a|debía|deberían?|будет|должен|должн\p{L}*|\p{L}{2,}(?:rons|ront|rez)|\p{L}{2,}(?:remos|rán|rá))(?![\p{L}])/iu;
/** "for" right before a date: the day something is set for ("a strike for 19 December", "une grève pour le 19 décembre"). */
const SET_FOR = /(?<![\p{L}])(?:scheduled for|set for|planned for|called for|pour le|prévue? pour|para el|für den)\s+$/iu;
/** "for" alone before a weekday ("storms are forecast for Thursday", "für Donnerstag angekündigt", "convocada para este sábado", "назначены на четверг"): the day it is set for. */
const FOR_BEFORE = /(?<![\p{L}])(?:for|pour|für|para|на)(?:\s+(?:this|coming|ce|cette|diesen|kommenden|este|esta|эт\p{L}+))?\s+$/iu;
/** "the last debate before Sunday’s election", "ahead of Friday’s vote": what a past deed prepared for is still to come. */
const AHEAD_OF = /(?<![\p{L}])(?:before|ahead of|avant|antes de|перед)\s+$/iu;
/** "have until Friday", "jusqu'à lundi", "bis mindestens Freitag", "hasta el viernes": a deadline to come, unless told in the past. */
/** "if no deal is reached by Sunday": a deadline, to come unless a past form stands in its own words (from the last "if", "when", "to" or comma). */
const BY = /(?<![\p{L}])by\s+$/iu;
const CLAUSE_OPENER = /(?:[,;](?=\s)|(?<![\p{L}])(?:if|unless|when|once|that|to|until))(?![\p{L}])/giu;
const UNTIL = /(?<![\p{L}])(?:until|till|jusqu['’]à|jusqu['’]au|bis|hasta)(?:\s+(?:at least|mindestens|spätestens|au moins|al menos|como mínimo))?(?:\s+el)?\s+$/iu;
/** Past verbs of Russian (-л, -ла, -ло, -ли) and the Spanish preterite's third persons (-ó, -aron, -ieron). */
const PAST_VERB = /\p{L}{2,}(?:(?:л|ла|ло|ли)(?:ся|сь)?|ó|aron|ieron)(?![\p{L}])/u;
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
  const candidates: Candidate[] = [];
  for (const result of datesInChunks(reading, probe, language)) {
    const sentence = reading.sentenceAt(result.index);
    if (result.index + result.text.length > sentence.end) continue;
    const words = text.slice(sentence.start, sentence.end);
    const index = result.index - sentence.start;
    // "within a month", "for a week": a length of time, not a date.
    // "mapping the seabed for three weeks": the date parser reads a length of time from the publication date; "a vote for next Thursday" is a day.
    if (DURATION.test(result.text)) continue;
    if (!datesSomething(result) || (isLength(result) && /(?:within|for|over|during|pendant|innerhalb|durante|в течение)\s+$/iu.test(words.slice(Math.max(0, index - 24), index)))) continue;
    // "on Thursdays" happens every week; "two months after promising" counts from another event, not from publication.
    if (/^s\b/u.test(words.slice(index + result.text.length, index + result.text.length + 2)) || /\s(?:after|before|later|earlier|après|avant|tard|tôt|auparavant|nach|vor|später|früher|zuvor|después|antes|после|до|спустя)$/iu.test(result.text)) continue;
    const wording = weekdayWording(text, result);
    candidates.push({
      at: result.index,
      length: result.text.length,
      wording,
      // chrono read the date against the publication date already: only a document without one is read again (its relative dates are left out).
      // "this Thursday" is the next one when to come; told in the past ("pudieron volver este jueves"), the last one.
      read: (context, future) => {
        if (!reference) return normaliseDate(result.text, null, { context, language });
        const told = future || !result.start.isCertain('weekday') ? wording : wording.replace(THIS_WEEKDAY, '');
        return normaliseParsed(result, reference, { context, language }, told);
      },
    });
  }
  const phrases = reference ? phraseDates(reading, reference, candidates, language) : { found: [], replaced: new Set<Candidate>() };
  const all = [...candidates.filter((candidate) => !phrases.replaced.has(candidate)), ...phrases.found].sort((a, b) => a.at - b.at);
  // The dates of one clause or sentence share its subject: it is read once.
  const subjects = new Map<string, Subject | null>();
  const subjectOf = (start: number, end: number) => {
    const key = `${start}:${end}`;
    let subject = subjects.get(key);
    if (subject === undefined) {
      subject = subjectAfter(text, start, end, lexicon);
      subjects.set(key, subject);
    }
    return subject;
  };
  let previous: { at: number; length: number; date: string } | null = null;
  for (const candidate of all) {
    const { at, length } = candidate;
    const sentence = reading.sentenceAt(at);
    if (at + length > sentence.end || isDateline(reading, sentence.paragraph, at, at + length)) continue;
    const clause = clauseAround(text, sentence, at, at + length);
    if (isSpeechAct(reading, clause.start, at)) continue;
    const before = text.slice(Math.max(sentence.start, clause.start - 80), at);
    // "If the ships do not move by April, the fields will be late": a future said after the date counts too.
    const afterReport = before.split(PAST_BEFORE).at(-1) ?? before;
    // The words just before the date, for the patterns that end there (one tried on all of `before` starts at each of its places).
    const lastWords = before.slice(-24);
    const night = NIGHT_INTO.test(lastWords);
    // A date set off by commas ("Ранее, 10 июня, водоканал проводил …") is a clause of its own words: its sentence gives the tense.
    const words = text.slice(clause.start, clause.end);
    const tensed = words.length <= length + 2 ? text.slice(sentence.start, sentence.end) : words;
    const after = text.slice(at + length, sentence.end);
    // "announced a strike for 19 December": a day something is set for is to come, whatever the tense of the setting ("в ночь на среду" is no "на" of a day set).
    const setFor =
      SET_FOR.test(before) || (FOR_BEFORE.test(before) && !night && NAMES_A_WEEKDAY.test(candidate.wording)) || (UNTIL.test(before) && !PAST_BEFORE.test(before)) || AHEAD_OF.test(before) || (BY.test(lastWords) && !PAST_BEFORE.test(ownWords(before)) && !pastBefore(ownWords(before))) || (FROM_ON.test(lastWords) && NAMES_A_WEEKDAY.test(candidate.wording) && !PAST_BEFORE.test(before) && !pastBefore(tensed));
    // "Police closed the bridge on Tuesday, and it will stay shut": a future after the date is not its own when a past verb stands before it in its clause.
    const futureAfter = !PAST_BEFORE.test(before) && !pastBefore(text.slice(clause.start, at)) && FUTURE_AFTER.test(after);
    // "bleibt seit Montag gesperrt": what has gone on since a day began on it, whatever the tense.
    const future =
      !SINCE.test(lastWords) &&
      (futureAfter || WOULD.test(afterReport) || setFor || nonPastRussian(tensed, language) || scheduledToCome(lexicon, tensed, before) || romanceFuture(`${before} ${after}`, language, before) || headlineFuture(reading, sentence.paragraph, before));
    // The date reader knows a tense by its words: a past verb it has no word for ("случилась", "pudieron") is told to it as "had".
    const past = !future && PAST_VERB.test(tensed);
    // "Через два дня уровень превысил …": in the past, two days after the event told before (withDaysAround), not after publication.
    if (past && COUNTED_FROM_EVENT.test(candidate.wording)) continue;
    const context = `${before}${future ? 'will ' : past ? 'had ' : ''}${candidate.wording}`;
    const read = candidate.read(context, future);
    const date = read && movedByWords(read, { night, weeksFrom: WEEKS_FROM.exec(lastWords), lastYear: LAST_YEAR.test(after) && !/\d{4}/u.test(candidate.wording) });
    if (!date || clause.end <= clause.start) continue;
    const own = actor(reading, subjectOf(clause.start, clause.end));
    const subject = own ?? actor(reading, subjectOf(sentence.start, sentence.end));
    // "on Tuesday, Oct. 25": a weekday and its date, read apart, are one date of one event.
    const apposed = previous && /^,?\s*$/u.test(text.slice(previous.at + previous.length, at)) && previous.date === date.date;
    previous = { at, length, date: date.date };
    if (apposed) continue;
    found.push({ ...clause, date, subject, wording: candidate.wording });
  }
  return withDaysAround(reading, found);
}

/** "since Monday", "seit Montag", "depuis lundi", "desde el lunes" (not Russian "с", which also opens a range to come). */
const SINCE = /(?<![\p{L}])(?:since|seit|depuis|desde)\s+(?:(?:the|le|el|dem)\s+)?$/iu;
/** "overnight into Sunday", "in der Nacht zum Dienstag", "в ночь на среду": the night begins the day before the one named. */
const NIGHT_INTO = /(?<![\p{L}])(?:overnight (?:into|to)|night (?:into|to)|Nacht (?:zum|auf(?: den)?)|ночь на)\s+$/iu;
/** Wording the Russian parser counts from publication that, told in the past, counts from the event before it ("через два дня"). */
const COUNTED_FROM_EVENT = /^через\s/iu;

/** "from Monday", "ab Donnerstag", "à partir de lundi", "a partir del lunes": a start to come, unless told in the past. */
const FROM_ON = /(?<![\p{L}])(?:ab|à partir d[eu]|dès|a partir del?)\s+$/iu;
/** "a week from Friday": seven days after the day named. */
const WEEKS_FROM = /(?<![\p{L}])(a|one|two|three) weeks? from\s+$/iu;
/** "on March 3 last year", "le 3 mars de l'an dernier", "am 3. März vergangenen Jahres": the year before publication's. */
const LAST_YEAR = /^,?\s+(?:of\s+)?(?:last year|(?:de )?l['’]an(?:née)? (?:dernier|dernière|passée)|(?:letzten|vergangenen) Jahres|del año pasado|прошлого года)(?![\p{L}])/iu;
/** The words of `before` after its last clause opener ("if", "when", a comma). */
function ownWords(before: string): string {
  const last = [...before.matchAll(CLAUSE_OPENER)].at(-1);
  return last ? before.slice(last.index + last[0].length) : before;
}

/** An English past form (-ed), a German or French past auxiliary, or a Russian or Spanish past form, in a clause. */
const pastBefore = (words: string) => /(?<![\p{L}])(?<!(?:is|are|be|been|being|gets?)\s+)(?:\p{L}{3,}ed|war|waren|wurde|wurden|hatte|hatten|était|étaient|avait|avaient)(?![\p{L}])/iu.test(words) || PAST_VERB.test(words);

/**
 * A date as the words around it move it: a night begins the day before the
 * one named; "a week from Friday" is seven days after it; "March 3 last
 * year" is in the year before publication's. A month names no day, and is
 * not moved by the first two.
 */
function movedByWords(date: NormalisedDate, around: { night: boolean; weeksFrom: RegExpExecArray | null; lastYear: boolean }): NormalisedDate {
  const day = date.date.slice(0, 10);
  let moved = date.date;
  if (NAMES_A_DAY.test(day) && around.night) moved = `${shiftDays(day, -1)}${date.date.slice(10)}`;
  if (NAMES_A_DAY.test(day) && around.weeksFrom) moved = `${shiftDays(day, 7 * (COUNT_WORDS[(around.weeksFrom[1] as string).toLowerCase()] ?? 1))}${date.date.slice(10)}`;
  if (around.lastYear) moved = `${Number(date.reference?.slice(0, 4) ?? moved.slice(0, 4)) - 1}${moved.slice(4)}`;
  return moved === date.date ? date : { ...date, date: moved };
}

/** An ISO day moved by some days. */
function shiftDays(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return isoOf(year, month - 1, day + days);
}

/** A headline's "to" before its verb is the future ("Reservoir to reopen Monday", "Union to strike on Friday"): a headline is a first paragraph with no full stop at its end. */
function headlineFuture(reading: Reading, paragraph: number, before: string): boolean {
  if (paragraph !== 0) return false;
  const line = reading.paragraphs[0];
  return line !== undefined && !/[.!?…]["”’»]*\s*$/u.test(reading.text.slice(line.start, line.end)) && /(?<![\p{L}])to\s+\p{Ll}+\s/u.test(before);
}

/** A date found in the text (UTF-16 offset and length) and how to read it, given its clause's words and whether the clause is to come. */
interface Candidate {
  at: number;
  length: number;
  wording: string;
  read: (context: string, future: boolean) => NormalisedDate | null;
}

/** A reading chrono counted as a length from the publication date ("three weeks"): its year is known though the words give none. */
function isLength(result: { text: string; start: { isCertain(component: 'weekday' | 'year'): boolean } }): boolean {
  return !result.start.isCertain('weekday') && result.start.isCertain('year') && !/\d{4}/u.test(result.text);
}

/** Words after a weekday that say which one ("el jueves pasado", "el martes que viene"), and "coming" before it ("this coming Tuesday"), which chrono leaves out. */
const WEEKDAY_AFTER = /^\s+(?:pasad[oa]|próxim[oa]|que viene|passée?|prochaine?|dernière?|последн\p{L}*)(?![\p{L}])/iu;
const WEEKDAY_BEFORE = /(?<![\p{L}])(?:coming|upcoming)\s+$/iu;

function weekdayWording(text: string, result: { index: number; text: string; start: { isCertain(component: 'weekday' | 'day'): boolean } }): string {
  if (!result.start.isCertain('weekday') || result.start.isCertain('day')) return result.text;
  const after = WEEKDAY_AFTER.exec(text.slice(result.index + result.text.length, result.index + result.text.length + 16))?.[0] ?? '';
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, result.index - 12), result.index))?.[0] ?? '';
  return `${before}${result.text}${after}`;
}

/** "HALSTOW, June 11 —" at a paragraph's start: the day the story was filed, not an event. */
function isDateline(reading: Reading, paragraph: number, start: number, end: number): boolean {
  const from = reading.paragraphs[paragraph]?.start ?? 0;
  // A dateline's place is a few words: a date further into its paragraph is none.
  if (start - from > 60) return false;
  return /^\p{Lu}[\p{Lu}\p{M}\s.'’-]*,\s*$/u.test(reading.text.slice(from, start)) && /^\.?\s*(?:\([^)]{1,30}\)\s*)?[—–-]/u.test(reading.text.slice(end, end + 40));
}

/**
 * A Russian clause with no verb in the past tense is about what is to come:
 * the perfective present is the future ("комиссия проверит … в понедельник"),
 * and a scheduled present reads the same ("отключения продлятся"). Past forms
 * end in -л, -ла, -ло, -ли (-ся, -сь).
 */
function nonPastRussian(clause: string, language: string | undefined): boolean {
  return (language === 'ru' || language === 'uk') && !/\p{L}(?:л|ла|ло|ли)(?:ся|сь)?(?![\p{L}])/u.test(clause);
}

/** "The committee meets on Monday": a timetable's present, in a clause with no past form in it or before it. */
function scheduledToCome(lexicon: Reading['lexicon'], clause: string, before: string): boolean {
  return lexicon.scheduled.test(clause) && !PAST_BEFORE.test(before) && !PAST_VERB.test(clause) && !/(?<![\p{L}])\p{L}{3,}ed(?![\p{L}])/u.test(clause);
}

/** A French or Spanish simple future after the date ("Début décembre, la ligne rouvrira", "El sábado, la asociación celebrará …"): French third persons end in -ra and -ront, Spanish in -rá and -rán, where no past form stands before it. */
function romanceFuture(after: string, language: string | undefined, before: string): boolean {
  if (PAST_BEFORE.test(before)) return false;
  if (language === 'fr') return /(?<![\p{L}])\p{L}{2,}(?:ra|ront)(?![\p{L}])/u.test(after);
  return language === 'es' && /(?<![\p{L}])\p{L}{2,}(?:rá|rán)(?![\p{L}])/u.test(after);
}

/** A phrase's date from the publication date, whether its clause is to come, the pattern's match and the whole wording (with its opening words). */
type PhraseReading = (reference: Date, future: boolean, match: RegExpExecArray, wording: string) => string | null;

interface Phrase {
  /** The languages whose wording it is: only these (and a text of unknown language) are searched for it, as each search reads the whole text. */
  languages: readonly string[];
  pattern: RegExp;
  read: PhraseReading;
  /** The phrase holds a word the date parser reads wrongly alone ("hier" in "avant-hier"): the phrase's reading replaces the parser's. */
  overParser?: boolean;
  /**
   * Words that must stand just before the pattern's match, anchored at the
   * end ("this ", "am vergangenen "): the phrase is searched by its rarer
   * last word, as a search that starts on "the" or "am" tries every word.
   */
  opening?: RegExp;
}

/** How far before a phrase's match its opening words may start. */
const OPENING_REACH = 24;
/** A phrase of the table: its words, starting a word (checked where it is found, by WORD_GOES_ON). */
const phrase = (alternatives: string) => new RegExp(`(?:${alternatives})`, 'giu');
const WORD_GOES_ON = /[\p{L}\d]$/u;
const year = (r: Date) => r.getFullYear();

/** Spanish number words up to twenty as news writes them before "días", "semanas", "meses". */
const SPANISH_NUMBERS: Readonly<Record<string, number>> = { un: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20 };
/** Words that say a month is the one before ("novembre dernier", "vergangenen November") or after publication. */
const LAST_MONTH = /^(?:dernier|vergangenen|letzten)$/iu;
const NEXT_MONTH = /^(?:prochain|kommenden|nächsten)$/iu;

/** A date's wording that names a weekday ("Thursday", "next Thursday", "Donnerstagabend"). */
const NAMES_A_WEEKDAY = new RegExp(`^(?:(?:next|this|coming|ce|cette|diesen|kommenden|nächsten|este|esta|el|эт\\p{L}+)\\s+)?(?:${WEEKDAY_NAMES})`, 'iu');
const LAST_WEEK = '(?:of )?last week|vergangener Woche|letzter Woche|de la semaine dernière|de la semana pasada|на прошлой неделе';
const NEXT_WEEK = '(?:of )?next week|kommender Woche|nächster Woche|de la semaine prochaine|de la (?:semana que viene|próxima semana)|на следующей неделе';

/** The weekday a match names, in the week before publication's (its second group) or after it (its third). */
function weekdayOfWeek(reference: Date, match: RegExpExecArray): string | null {
  const weekday = weekdayIndex(match[1] as string);
  if (weekday < 0) return null;
  const fromMonday = (reference.getDay() + 6) % 7;
  return isoOf(year(reference), reference.getMonth(), reference.getDate() - fromMonday + weekday + (match[2] ? -7 : 7));
}

/** A weekend with the word that says which one; the English parser counts "last weekend" to its Sunday, and the others read none. */
const WEEKEND = /(?:weekend|week-end(?: (?:dernier|prochain))?|Wochenende|fin de semana(?: (?:pasado|próximo|que viene))?|выходные(?! дни)|выходных)(?![\p{L}])/giu;
const WEEKEND_OPENING =
  /(?<![\p{L}])(?:this|last|next|the|coming|(?:this )?past|ce|le|am|an diesem|dieses|am (?:vergangenen|letzten|kommenden|nächsten)|vergangenes|kommendes|este|el(?: pasado| próximo)?|(?:в )?(?:эти|минувшие|прошлые|ближайшие|следующие)|в|на) $/iu;
const WEEKEND_BEFORE = /(?<![\p{L}])(?:last|past|dernier|vergangenen|letzten|vergangenes|pasado|минувшие|прошлые)(?![\p{L}])/iu;
const WEEKEND_AFTER = /(?<![\p{L}])(?:next|coming|prochain|kommenden|nächsten|kommendes|próximo|que viene|ближайшие|следующие)(?![\p{L}])/iu;

/** The Saturday a weekend's wording names: its word says which, else the tense of its clause ("ce week-end" told in the past is the last one). */
function weekendOf(reference: Date, future: boolean, wording: string): string {
  const ahead = WEEKEND_AFTER.test(wording) || (future && !WEEKEND_BEFORE.test(wording));
  const days = ahead ? (6 - reference.getDay() + 7) % 7 : -((reference.getDay() + 1) % 7);
  return isoOf(year(reference), reference.getMonth(), reference.getDate() + days);
}

/**
 * Wording the date parser does not read: the end of the month (its last
 * day, a deadline: "d'ici la fin du mois", "bis Ende des Monats", "до конца
 * месяца"), the start or middle of this month (the month: "plus tôt ce
 * mois-ci", "Anfang des Monats", "a principios de mes", "в начале месяца"),
 * Spanish weeks and months ("la semana pasada": seven days before, as chrono
 * reads "last week"), and a day of the month alone ("on the 3rd", "le 12",
 * "am 1.", "el día 8", "3-го числа": the last such day when told in the
 * past, the next when to come).
 */
const PHRASES: readonly Phrase[] = [
  {
    languages: ['fr', 'de', 'es', 'ru'], pattern: phrase('fin (?:du|de|de ce) mois|Ende (?:des|dieses) Monats|Monatsende|(?:fin|finales) de(?:l| este)? mes|(?:конца|конце) (?:этого )?месяца'),
    read: (r) => isoOf(year(r), r.getMonth() + 1, 0),
  },
  // Two days off, which the date parser reads as one ("avant-hier" as "hier"; misread-wordings.ts, shared with the date field).
  { ...DAY_BEFORE_YESTERDAY, overParser: true },
  { ...DAY_AFTER_TOMORROW, overParser: true },
  { languages: ['en'], pattern: phrase('a fortnight ago'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() - 14) },
  // The curly apostrophe the French parser does not read.
  { languages: ['fr'], pattern: phrase('aujourd’hui'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate()) },
  // "Месяц назад", "Неделю назад" with no number, which the Russian parser misses after another sentence.
  { languages: ['ru'], pattern: phrase('месяц назад'), read: (r) => isoOf(year(r), r.getMonth() - 1) },
  { languages: ['ru'], pattern: phrase('неделю назад'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() - 7) },
  // A weekday of last or next week ("am Dienstag vergangener Woche", "on Tuesday last week"): that day of the week (from Monday) before or after publication's.
  { languages: ['en', 'fr', 'de', 'es', 'ru'], pattern: phrase(`(${WEEKDAY_NAMES})\\s+(?:(${LAST_WEEK})|(${NEXT_WEEK}))(?![\\p{L}])`), read: (r, _future, match) => weekdayOfWeek(r, match), overParser: true },
  // A sentence opening on "Morgen" means tomorrow, which the German parser, after a line break, takes for "the morning".
  { languages: ['de'], pattern: /(?<=(?:^|[.!?]\s+|\n))Morgen(?=\s)/gu, read: (r) => isoOf(year(r), r.getMonth(), r.getDate() + 1) },
  // "hace diez días", "hace dos semanas", "hace un mes": the date parser reads no Spanish "hace".
  { languages: ['es'], pattern: phrase(`hace (\\d{1,2}|${Object.keys(SPANISH_NUMBERS).join('|')}) (días?|semanas?|mes(?:es)?)(?![\\p{L}])`), read: (r, _future, match) => daysAgo(r, match) },
  // A month by its name with the end of a deadline ("d'ici fin juin", "bis Ende Juni", "до конца марта"): its last day.
  {
    languages: ['fr', 'de', 'es', 'ru'], pattern: phrase(`(?:d['’]ici (?:la )?fin|jusqu['’]à (?:la )?fin|bis Ende|hasta (?:finales|fin) de|до конца) (${MONTH_NAMES})(?: (\\d{4}))?(?![\\p{L}])`),
    read: (r, future, match) => {
      const month = namedMonth(r, future, match[1] as string, undefined, match[2]);
      return month && isoOf(month.year, month.month + 1, 0);
    },
    // The Spanish parser reads "finales de febrero" as the month: the deadline's last day replaces it.
    overParser: true,
  },
  // A month by its name after a word for when, which the French and German parsers do not read ("en septembre", "novembre dernier", "im April", "Ende Juni").
  {
    languages: ['fr', 'de'], pattern: phrase(`(?:en|début|mi-|fin|depuis|dès|jusqu['’]en|courant|im|seit|ab|bis|Anfang|Mitte|Ende)\\s*(?:(vergangenen|letzten|kommenden|nächsten) )?(${MONTH_NAMES})(?: (dernier|prochain))?(?: (\\d{4}))?(?![\\p{L}])`),
    read: (r, future, match) => {
      const month = namedMonth(r, future, match[2] as string, match[1] ?? match[3], match[4]);
      return month && isoOf(month.year, month.month);
    },
  },
  {
    languages: ['fr', 'de', 'es', 'ru'], pattern: phrase('(?:plus tôt )?ce mois-ci|début (?:du|de ce) mois|(?:Anfang|Mitte) (?:des|dieses) Monats|diesen Monat|(?:principios|comienzos|mediados) de(?: este)? mes|este mes|(?:в начале|в середине) (?:этого )?месяца|в этом месяце'),
    read: (r) => isoOf(year(r), r.getMonth()),
  },
  // A weekend is its Saturday: the last one up to publication when told in the past, else the next from it ("this weekend", "ce week-end", "am Wochenende", "в эти выходные").
  { languages: ['en', 'fr', 'de', 'es', 'ru'], pattern: WEEKEND, opening: WEEKEND_OPENING, read: (r, future, _match, wording) => weekendOf(r, future, wording), overParser: true },
  // "Overnight" alone: the night before publication, which began the day before it ("overnight into Sunday" is read by NIGHT_INTO; "an overnight stay" dates nothing).
  { languages: ['en'], pattern: phrase('overnight(?=[,.;:!?]|$| (?:on|in|at|as|and|after|before|when|while|but)\\s)'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() - 1) },
  // "Earlier in the month", which the English parser reads as the next month (shared with the date field).
  { ...IN_THE_MONTH, overParser: true },
  // "Esta madrugada", "esta tarde": a part of publication day, which the Spanish parser reads as a time of no day.
  { languages: ['es'], pattern: phrase('esta (?:madrugada|mañana|tarde|noche)(?![\\p{L}])'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate()), overParser: true },
  // "Quinze jours" is two weeks, as French means it.
  { languages: ['fr'], pattern: phrase('(il y a|dans) quinze jours'), read: (r, _future, match) => isoOf(year(r), r.getMonth(), r.getDate() + (/^il/iu.test(match[1] as string) ? -14 : 14)), overParser: true },
  // "Anoche", last night, which the Spanish parser does not read.
  { languages: ['es'], pattern: phrase('anoche(?![\\p{L}])'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() - 1) },
  { languages: ['es'], pattern: phrase('la semana pasada'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() - 7) },
  { languages: ['es'], pattern: phrase('la (?:próxima semana|semana (?:que viene|próxima))'), read: (r) => isoOf(year(r), r.getMonth(), r.getDate() + 7) },
  { languages: ['es'], pattern: phrase('el mes pasado'), read: (r) => isoOf(year(r), r.getMonth() - 1) },
  { languages: ['es'], pattern: phrase('el (?:próximo mes|mes (?:que viene|próximo))'), read: (r) => isoOf(year(r), r.getMonth() + 1) },
  // A day alone, where no month follows it (the date parser reads "le 12 septembre", "am 13. Februar").
  { languages: ['en'], pattern: phrase('on the (\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])(?!\\s+(?:of\\s+)?\\p{L})'), read: (r, future, match) => dayOfMonth(r, future, match[1] as string) },
  { languages: ['fr'], pattern: phrase('le (\\d{1,2})(?:er)?(?=\\s*(?:[,;:)]|\\.(?!\\d)|$))'), read: (r, future, match) => dayOfMonth(r, future, match[1] as string) },
  { languages: ['de'], pattern: phrase('am (\\d{1,2})\\.(?!\\s*(?:\\d|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember))'), read: (r, future, match) => dayOfMonth(r, future, match[1] as string) },
  { languages: ['es'], pattern: phrase('el (?:(pasado|próximo) )?día (\\d{1,2})(?!\\s+de\\s+\\p{L})'), read: (r, future, match) => dayOfMonth(r, match[1] ? match[1].toLowerCase() === 'próximo' : future, match[2] as string) },
  // "el martes 17", "mardi 17": the day of the month, not an hour (shared with the date field).
  { ...WEEKDAY_AND_DAY, overParser: true },
  { languages: ['ru'], pattern: phrase('(\\d{1,2})-?го числа'), read: (r, future, match) => dayOfMonth(r, future, match[1] as string) },
];

/**
 * The month a month's name means: the year printed, else the one its word
 * says ("dernier", "kommenden"), else the last such month up to publication
 * when told in the past and the next from it when to come.
 */
function namedMonth(reference: Date, future: boolean, name: string, which: string | undefined, printedYear: string | undefined): { year: number; month: number } | null {
  const month = MONTHS.findIndex((names) => names.includes(name.toLowerCase()));
  if (month < 0) return null;
  if (printedYear) return { year: Number(printedYear), month };
  const now = reference.getMonth();
  const before = which ? LAST_MONTH.test(which) : !future && !(which && NEXT_MONTH.test(which));
  if (before) return { year: year(reference) - (month > now || (which !== undefined && month === now) ? 1 : 0), month };
  return { year: year(reference) + (month < now || (which !== undefined && month === now) ? 1 : 0), month };
}

/** "hace diez días" counted back from publication: days and weeks to the day, months to the month. */
function daysAgo(reference: Date, match: RegExpExecArray): string {
  const count = Number(match[1]) || (SPANISH_NUMBERS[(match[1] as string).toLowerCase()] ?? 1);
  const unit = (match[2] as string).toLowerCase();
  if (unit.startsWith('mes')) return isoOf(year(reference), reference.getMonth() - count);
  return isoOf(year(reference), reference.getMonth(), reference.getDate() - count * (unit.startsWith('semana') ? 7 : 1));
}

/**
 * The wording of PHRASES in the text, each a candidate date unless the date
 * parser already read a date there (or an earlier phrase did), and the
 * parser's readings that a phrase holding them replaces.
 */
function phraseDates(reading: Reading, reference: Date, parsed: readonly Candidate[], language: string | undefined): { found: Candidate[]; replaced: Set<Candidate> } {
  const found: Candidate[] = [];
  const replaced = new Set<Candidate>();
  const referenceDay = isoOf(year(reference), reference.getMonth(), reference.getDate());
  const overlaps = (a: { at: number; length: number }, at: number, length: number) => a.at < at + length && at < a.at + a.length;
  // Read with its own language and English, as the cue lists are (lexicon.ts); a language without a list, with all.
  const own = language?.toLowerCase().split(/[-_]/)[0];
  const known = own !== undefined && PHRASES.some((entry) => entry.languages.includes(own));
  for (const { languages, pattern, read, overParser, opening } of PHRASES) {
    if (known && !languages.includes(own) && !languages.includes('en')) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(reading.text); match; match = pattern.exec(reading.text)) {
      const opened = opening?.exec(reading.text.slice(Math.max(0, match.index - OPENING_REACH), match.index))?.[0] ?? '';
      const at = match.index - opened.length;
      if ((opening && !opened) || codePointBeforeIs(reading.text, at, WORD_GOES_ON)) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const wording = `${opened}${match[0]}`;
      const under = parsed.filter((other) => overlaps(other, at, wording.length));
      if ((under.length > 0 && !overParser) || found.some((other) => overlaps(other, at, wording.length))) continue;
      for (const other of under) replaced.add(other);
      const hit = match;
      found.push({ at, length: wording.length, wording, read: (_context, future) => {
        const date = read(reference, future, hit, wording);
        return date ? { date, wording, reference: referenceDay } : null;
      } });
    }
  }
  return { found, replaced };
}

/** Numbers as news writes them before days and weeks, in the five languages. */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, dix: 10,
  ein: 1, einen: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, zehn: 10,
  ...SPANISH_NUMBERS,
  один: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, десять: 10,
};
/** The number before a unit of LATER_OR_EARLIER, at the end of the text before it. */
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${Object.keys(COUNT_WORDS).join('|')})\\s+$`, 'iu');
/** Days or weeks, then later or earlier (found by its unit, and its number looked for before it: a search that starts on "a" or "two" tries every other word). */
const LATER_OR_EARLIER = /(days?|weeks?|jours?|semaines?|Tagen?|Wochen?|días?|semanas?|дн(?:я|ей)|недел[иьюя]) (?:(later|plus tard|später|después|más tarde|спустя)|earlier|plus tôt|auparavant|früher|zuvor|antes)(?![\p{L}])(?!\s+(?:de|than|que)\s)/giu;
/** "через два дня": two days after, in Russian, which puts its number first. */
const THROUGH_DAYS = /через (\d{1,2}|один|одну|два|две|три|четыре|пять|шесть|семь|десять) (дн(?:я|ей)|недел[иьюя])(?![\p{L}])/giu;

/** A number of days from a count (its word or digits) and a unit of days or weeks. */
function daysOf(count: string, unit: string): number {
  return (Number(count) || (COUNT_WORDS[count.toLowerCase()] ?? 1)) * (/^(?:w|se|н)/iu.test(unit) ? 7 : 1);
}

/** "the week before", "la semaine suivante", "the previous week": found by the week's word, its article looked for before it. */
const WEEK_AROUND = /(?:week|semaine|Woche|semana)(?: (before|after|précédente|suivante|d['’]avant|d['’]après|davor|darauf|anterior|siguiente))?(?=\s*[,.;:])/giu;
const WEEK_BEFORE_WORD = /^(?:before|précédente|d['’]avant|davor|anterior)$/iu;

/** Seven days before or after the event told before, from the article before the week's word; null where there is none ("a week before" is a length). */
function weekAround(text: string, match: RegExpExecArray): Counted | null {
  const which = match[1];
  const opening = (which ? /(?<![\p{L}])(?:the|la|in der) $/iu : /(?<![\p{L}])the (previous|following) $/iu).exec(text.slice(Math.max(0, match.index - 16), match.index));
  if (!opening) return null;
  const before = which ? WEEK_BEFORE_WORD.test(which) : opening[1]?.toLowerCase() === 'previous';
  return { at: match.index - opening[0].length, wording: `${opening[0]}${match[0]}`, days: before ? -7 : 7 };
}

/** Where a day counted from an event is worded, and how many days from it. */
interface Counted {
  at: number;
  wording: string;
  days: number;
}

/** "two days later", from its number (before the match) on; null where the unit has no number before it. */
function laterOrEarlier(text: string, match: RegExpExecArray): Counted | null {
  const count = COUNT_BEFORE.exec(text.slice(Math.max(0, match.index - 12), match.index));
  if (!count) return null;
  const days = daysOf(count[1] as string, match[1] as string) * (match[2] ? 1 : -1);
  return { at: match.index - count[0].length, wording: `${count[0]}${match[0]}`, days };
}

const fixed = (days: number) => (_text: string, match: RegExpExecArray): Counted => ({ at: match.index, wording: match[0], days });

/**
 * A day counted from the event told just before ("The day before, its navy
 * had held exercises", "two days later", "через два дня" in the past), in
 * days from it, or null where the match is none; `inThePast`: only in a
 * sentence with a past verb (in the future, "через два дня" counts from
 * publication, as the parser reads it). "Two days before the vote" counts
 * from the vote, and is none of these.
 */
const DAY_AROUND: readonly { pattern: RegExp; read: (text: string, match: RegExpExecArray) => Counted | null; inThePast?: boolean }[] = [
  { pattern: /(?:the day before|the previous day|the evening before|the night before|la veille|am Vortag|am Vorabend|el día anterior|la víspera|накануне)(?![\p{L}])/giu, read: fixed(-1) },
  { pattern: /(?:the day after|the next day|the following day|le lendemain|am Tag danach|am nächsten Tag|al día siguiente|на следующий день)(?![\p{L}])/giu, read: fixed(1) },
  // "The week before, the board had approved …" ("the week before the vote" counts from the vote).
  { pattern: WEEK_AROUND, read: weekAround },
  { pattern: LATER_OR_EARLIER, read: laterOrEarlier },
  { pattern: THROUGH_DAYS, read: (_text, match) => ({ at: match.index, wording: match[0], days: daysOf(match[1] as string, match[2] as string) }), inThePast: true },
];
/** A letter before a match: it is inside a word, checked after the search (see codePointBeforeIs). */
const LETTER_BEFORE = /\p{L}$/u;
/** How far back, in characters, the event a day is counted from may be: the same or the previous paragraph. */
const AROUND_REACH = 600;

/**
 * Events dated from the one before them: the clause with "the day before"
 * or "the next day" takes the day of the nearest dated event before it (one
 * that names a day), moved by one day. None is made when that event is far,
 * or names only a month.
 */
function withDaysAround(reading: Reading, found: FoundEvent[]): FoundEvent[] {
  const { text, lexicon } = reading;
  const all: (Counted & { inThePast: boolean })[] = [];
  for (const { pattern, read, inThePast } of DAY_AROUND) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (codePointBeforeIs(text, match.index, LETTER_BEFORE)) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const counted = read(text, match);
      if (counted && !reading.isQuoted(counted.at)) all.push({ ...counted, inThePast: inThePast ?? false });
    }
  }
  // In text order, so that one counted day counts from another ("Le lendemain, … Trois jours plus tôt, …").
  all.sort((a, b) => a.at - b.at);
  const more: FoundEvent[] = [];
  const before = new EventsBefore(found);
  for (const { at, wording, days, inThePast } of all) {
    const sentence = reading.sentenceAt(at);
    if (inThePast && !PAST_VERB.test(text.slice(sentence.start, sentence.end))) continue;
    const last = more.at(-1);
    const fromCounted = last && last.end <= at && at - last.end < AROUND_REACH && NAMES_A_DAY.test(last.date.date) ? last : null;
    const fromFound = before.dayEventBefore(at);
    const from = fromCounted && (!fromFound || fromCounted.end > fromFound.end) ? fromCounted : fromFound;
    if (!from) continue;
    const iso = shiftDays(from.date.date.slice(0, 10), days);
    const clause = { start: sentence.start, end: sentence.end };
    while (clause.end > clause.start && /[\s.!?]/u.test(text[clause.end - 1] as string)) clause.end--;
    const subject = actor(reading, subjectAfter(text, clause.start, clause.end, lexicon));
    // Counted from another event, not from the publication date: no reference day is kept.
    more.push({ ...clause, date: { date: iso, wording }, subject, wording });
  }
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
}

const NAMES_A_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The events near a place, found by a binary search and a short walk back
 * (a 1 MB article has thousands of events, and a scan of them all for each
 * "the day before" was a good part of its time).
 */
class EventsBefore {
  private readonly events: FoundEvent[];
  /** The furthest end of the events up to each one: the walk back stops where none ends near enough to matter. */
  private readonly furthest: number[];

  constructor(found: readonly FoundEvent[]) {
    this.events = [...found].sort((a, b) => a.start - b.start);
    let furthest = -Infinity;
    this.furthest = this.events.map((event) => (furthest = Math.max(furthest, event.end)));
  }

  /** The last event ending before `at` and within reach that names a day; none when `at` lies inside an event. */
  dayEventBefore(at: number): FoundEvent | null {
    let from: FoundEvent | null = null;
    for (let i = this.lastStartingBy(at); i >= 0 && (this.furthest[i] as number) > at - AROUND_REACH; i--) {
      const event = this.events[i] as FoundEvent;
      if (event.end > at) return null;
      if (!from && at - event.end < AROUND_REACH && NAMES_A_DAY.test(event.date.date)) from = event;
    }
    return from;
  }

  /** The index of the last event starting at or before `at` (-1 when none does). */
  private lastStartingBy(at: number): number {
    return firstNotBefore(this.events.length, (i) => (this.events[i] as FoundEvent).start <= at) - 1;
  }
}

/** Characters of context kept on each side of a date word for the date parser: its longest readings ("within about three weeks and two days", "at 10 a.m. on Friday, March 3, 2024") fit. */
const REACH = 60;
/** A date word starts a word; a numeric date may follow anything (see the lexicon's dateHint). */
const WORD_BEFORE_HINT = /[\p{L}\p{M}]$/u;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** About this many characters go to the date parser at once: each call has a cost, and it slows down on long texts. */
const CHUNK = 4000;
/** Between two stretches read at once: no date reading joins across it ("Friday ¦ at 5 pm" are two). */
const GAP = ' ¦ ';

/**
 * Every date in the text with offsets into the text. The date parser costs
 * by the length of what it reads, so it reads only the stretches of a
 * sentence around a word that may hold a date (the lexicon's dateHint),
 * widened to whole words and joined where they meet; the rest of the
 * sentence can hold no date. Stretches are read a few thousand characters
 * at a time, and a reading that runs from one into the next is dropped.
 * What the parser misreads is put right by findDatesIn, as for the date
 * field (date-languages.ts), keeping every offset.
 */
function datesInChunks(reading: Reading, probe: Date, language: string | undefined): ParsedDate[] {
  const { text, sentences } = reading;
  const found: ParsedDate[] = [];
  const stretches: { start: number; end: number }[] = [];
  const hints = reading.lexicon.dateHint;
  hints.lastIndex = 0;
  let next = 0;
  for (let hint = hints.exec(text); hint; hint = hints.exec(text)) {
    if (codePointBeforeIs(text, hint.index, WORD_BEFORE_HINT) && !isDigit(text.charCodeAt(hint.index))) {
      hints.lastIndex = hint.index + 1;
      continue;
    }
    // Hints and sentences both run in text order: walk the sentences alongside.
    while (next < sentences.length && (sentences[next] as { end: number }).end <= hint.index) next++;
    const sentence = sentences[next];
    if (!sentence || hint.index < sentence.start) continue;
    const start = wordStart(text, Math.max(sentence.start, hint.index - REACH), sentence.start);
    const end = wordEnd(text, Math.min(sentence.end, hint.index + hint[0].length + REACH), sentence.end);
    const last = stretches.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else stretches.push({ start, end });
  }
  for (let i = 0; i < stretches.length; ) {
    // One call for a few stretches: each one's place in the joined text and in the document.
    const places: { at: number; start: number; end: number }[] = [];
    let joined = '';
    for (; i < stretches.length && (places.length === 0 || joined.length < CHUNK); i++) {
      const stretch = stretches[i] as { start: number; end: number };
      if (places.length > 0) joined += GAP;
      places.push({ at: joined.length, ...stretch });
      joined += text.slice(stretch.start, stretch.end);
    }
    let place = 0;
    for (const parsed of findDatesIn(joined, probe, language)) {
      // Some parsers take the space or line break before a date's first word (" Vor zwei Wochen", "\nВчера"): the date starts at its word, in its own stretch and sentence.
      // The Russian one takes the comma after its last ("в понедельник, сообщила …"), which hid where the date's clause ends.
      const lead = parsed.text.length - parsed.text.trimStart().length;
      const result = Object.assign(parsed, { index: parsed.index + lead, text: parsed.text.slice(lead).replace(TRAILING_PUNCTUATION, '') });
      while (place + 1 < places.length && (places[place + 1] as { at: number }).at <= result.index) place++;
      const { at, start, end } = places[place] as { at: number; start: number; end: number };
      if (result.index + result.text.length > at + end - start) continue;
      found.push(Object.assign(result, { index: result.index - at + start }));
    }
  }
  return found;
}

const TRAILING_PUNCTUATION = /[\s,;:]+$/u;

/** Back from `at` to the start of its word (not before `floor`). */
function wordStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !/\s/u.test(text[i - 1] as string)) i--;
  return i;
}

/** On from `at` to the end of its word (not after `ceiling`). */
function wordEnd(text: string, at: number, ceiling: number): number {
  let i = at;
  while (i < ceiling && !/\s/u.test(text[i] as string)) i++;
  return i;
}

/** How many words a speech act's clause may have before its cue ("the regional transport authority said") and between its cue and its date ("said in a call with analysts on Friday"). */
const SPEECH_WORDS = 6;
const wordsIn = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/**
 * "their union said on Tuesday", "Reddy told a press conference on Sunday":
 * the date is the day something was said, and the saying is no event (what
 * was said is the quote or the report beside it).
 */
function isSpeechAct(reading: Reading, clauseStart: number, dateStart: number): boolean {
  const cue = reading.matchesIn(reading.cues, clauseStart, dateStart).at(-1);
  if (!cue || NOT_ONLY_SPEECH.has(cue.key)) return false;
  // "El fuego se declaró …": a reflexive cue verb says nothing (the fire broke out).
  if (REFLEXIVE_BEFORE.test(reading.text.slice(Math.max(0, cue.start - 4), cue.start))) return false;
  const between = reading.text.slice(cue.end, dateStart);
  // "Kestland says the vessel crossed the line last week": "said" and its kin take the reported clause at once.
  const first = /^\s*([\p{L}’']+)/u.exec(between)?.[1]?.toLowerCase();
  if (SAYS.has(cue.key) && first !== undefined && CLAUSE_OPENERS.has(first)) return false;
  // "said it would decide by January", "said he would meet both sides on Friday": the date belongs to the reported clause.
  return wordsIn(reading.text.slice(clauseStart, cue.start)) <= SPEECH_WORDS && wordsIn(between) <= SPEECH_WORDS && !VERB_BETWEEN.test(between);
}

const REFLEXIVE_BEFORE = /(?<![\p{L}])se\s+$/iu;

/** Cues that also name a deed: "recalled its ambassador", "posted troops", "continued its patrols". */
const NOT_ONLY_SPEECH = new Set(['recalled', 'posted', 'continued', 'went on', 'repeated', 'observed', 'promised', 'pledged', 'vowed', 'charged']);

/** Subjects and auxiliaries of a clause, and "for" before a planned day ("announced a strike for 19 December"): where one stands between a cue and a date, the date is the reported clause's. */
const VERB_BETWEEN = /(?<![\p{L}])(?:for|pour|para|für|it|he|she|they|we|i|you|il|elle|ils|elles|nous|er|sie|wir|él|ella|ellos|он|она|они|would|will|shall|had|has|have|was|were|is|are|be|could|should|can|may|might|must|did|does|do|va|vont|sera|seront|ont|est|sont|allait|devait|wird|werden|würde|hat|haben|ist|soll|sollte|será|serán|ha|han|es|iba|va a|будет|будут|был|была|были)(?![\p{L}])/iu;


/** Only a name is an actor, and a lone capitalised word only as an organisation ("Referring to …" names nobody). */
function actor(reading: Reading, subject: Subject | null): Subject | null {
  if (subject?.kind !== 'named') return null;
  return subject.entityKind === 'organisation' || /\s/u.test(subject.name) || reading.isKnownSurname(subject.name) ? subject : null;
}
