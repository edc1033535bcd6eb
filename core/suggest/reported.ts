import { cuesIn, isPassive, lastAccording, participleSubject, type FoundCue } from './attribution';
import { subjectAfter, tokensIn, type Subject } from './names';
import type { Reading } from './reading';

/** A reported clause: an indirect quote, or a claim when its cue is a claim verb (UTF-16 offsets). */
export interface FoundReport {
  start: number;
  end: number;
  cue: FoundCue;
  subject: Subject | null;
  claim: boolean;
  how: string;
}

/** How many words may stand between a cue and the "that" opening its clause ("told lawmakers Wednesday that"). */
const COMPLEMENTISER_WINDOW = 10;
/** A reported clause this short is not worth suggesting. */
const MIN_CLAUSE_WORDS = 3;
/** Words that start a clause right after "said" without "that" ("said he would", "said the talks"). */
export const CLAUSE_OPENERS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'this', 'there', 'his', 'her', 'their', 'its', 'no', 'all', 'some', 'both']);
/** Verbs that take a reported clause without "that". */
export const SAYS = new Set(['said', 'says', 'say', 'added', 'adds', 'saying', 'adding']);
/** After "…, X said" only a date, a place or a manner may follow: "…, the ministry said in a statement on Tuesday." */
const AFTER_ATTRIBUTION = /^\s*(?:(?:on|in|at|late|early|earlier|later|last|this|yesterday|today|during|after|before|to|from|via|by|through|when)\b.*)?$/iu;

/** An auxiliary right after a cue ending in -s makes it a plural noun ("claims can be filed"). */
const PLURAL_NOUN_AFTER = /^\s+(?:can|could|will|would|must|may|might|should|are|were|have|had)(?![\p{L}])/iu;

/** Dates and times between the cue and its clause ("said on Tuesday he"). */
const ADVERBIAL = /^\s*(?:(?:on|last|this|next|earlier|late|early|in)\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|today|yesterday|morning|evening|night)\b,?/iu;

/** The clause's end: the sentence's, without its final punctuation or a closing bracket. */
function clauseEnd(text: string, start: number, sentenceEnd: number): number {
  let end = sentenceEnd;
  while (end > start && /[\s.!?;:,)\]]/u.test(text[end - 1] as string)) end--;
  return end;
}

function trimStart(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && /[\s,:]/u.test(text[at] as string)) at++;
  return at;
}

const words = (text: string) => text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words that open a noun phrase (articles, demonstratives, possessives, "any"), in the five languages. */
const NOUN_PHRASE_START = /^(?:the|this|that|these|those|such|any|its|their|his|her|our|le|la|les|l[’']|ce|cet|cette|ces|tout|toute|tous|toutes|leur|der|die|das|den|dem|diese[nrms]?|jede[nrms]?|jegliche[nrms]?|el|los|las|esa|ese|esos|esas|este|esta|estos|estas|todo|toda|su|sus|эт\p{L}*|все|любые|любое|свои|его|её|их)(?![\p{L}])/iu;
/** Words that make a clause of it: auxiliaries and the "of" of an accusation ("accused the company of publishing"). */
const CLAUSE_INSIDE = /(?<![\p{L}])(?:of|had|has|have|was|were|is|are|would|will|could|did|de \p{L}+er|avait|avoir|être|était|a été|hätte|habe|sei|wäre|había|haber|era|fue|что|чтобы)(?![\p{L}])/iu;
/** Up to this many words after a claim verb may be a noun phrase alone. */
const NOUN_PHRASE_WORDS = 6;

function isNounPhrase(span: string): boolean {
  return span.split(/\s+/u).length <= NOUN_PHRASE_WORDS && NOUN_PHRASE_START.test(span) && !CLAUSE_INSIDE.test(span);
}

/** A whole direct quotation is a direct quote, not an indirect one. */
function isOneQuotation(reading: Reading, start: number, end: number): boolean {
  return /^["“«„‚‘‹「»]/u.test(reading.text.slice(start, start + 1)) && reading.isQuoted(start + 1) && reading.isQuoted(Math.max(start + 1, end - 2));
}

/** Where the clause after a cue starts: after "that" nearby, or at once for a claim or a clause opener. */
function clauseAfter(reading: Reading, cue: FoundCue, sentenceEnd: number, claim: boolean): number | null {
  const { text, lexicon } = reading;
  const tokens = tokensIn(text, cue.end, sentenceEnd, lexicon, COMPLEMENTISER_WINDOW);
  for (const t of tokens) {
    if (reading.isQuoted(t.start)) break;
    if (lexicon.complementiser.test(t.text) && t.text.length <= 4) return t.end;
    if (/[.;:]/u.test(text.slice(cue.end, t.start))) break;
  }
  if (/^\s*[:“"«„]/u.test(text.slice(cue.end, cue.end + 3))) return null;
  if (claim) return cue.end;
  const adverbial = ADVERBIAL.exec(text.slice(cue.end, sentenceEnd))?.[0].length ?? 0;
  const [first] = tokensIn(text, cue.end + adverbial, sentenceEnd, lexicon, 1);
  if (!first || /[,;:]/u.test(text.slice(cue.end + adverbial, first.start))) return null;
  // Without "that" only "said" and its kin take a clause; "promised an inquiry", "asked the candidates to" take objects.
  if (!SAYS.has(cue.key)) return null;
  return CLAUSE_OPENERS.has(first.key) || (first.capital && !lexicon.notNames.has(first.key)) ? first.start : null;
}

/**
 * Indirect quotes and claims, sentence by sentence: "X said (that) …" and
 * "X claimed/accused/denied …" with the clause after the cue as the span;
 * "…, X said." with the clause before; "according to X, …" and "…,
 * according to X." Claim verbs make claims, every other cue an indirect quote.
 */
export function findReports(reading: Reading): FoundReport[] {
  const { text, lexicon } = reading;
  const found: FoundReport[] = [];
  for (const sentence of reading.sentences) {
    const cues = cuesIn(reading, sentence.start, sentence.end).filter((cue) => !isPassive(reading, cue, sentence.start));
    for (const [index, cue] of cues.entries()) {
      // "Insurance claims can be filed until …", "reports are due": a plural noun, not the verb.
      if (/s$/u.test(cue.key) && PLURAL_NOUN_AFTER.test(text.slice(cue.end, cue.end + 12))) continue;
      const claim = lexicon.claims.has(cue.key);
      const subject = participleSubject(reading, cues.slice(0, index + 1), sentence.start, sentence.end);
      // A clause ends where ", adding that …" starts the next report.
      const nextCue = cues[index + 1];
      const stop = nextCue && /,\s*$/u.test(text.slice(sentence.start, nextCue.start)) ? text.lastIndexOf(',', nextCue.start) : sentence.end;
      const opens = clauseAfter(reading, cue, sentence.end, claim);
      let start: number;
      let end: number;
      let how: string;
      if (opens !== null && (!subject || subject.start < cue.start || subject.end <= cue.end)) {
        start = trimStart(text, opens, stop);
        end = clauseEnd(text, start, stop);
        how = `the clause after “${cue.text}”`;
      } else {
        // "…, the ministry said." — the clause before the attribution.
        const attributionStart = subject && subject.start < cue.start ? subject.start : cue.start;
        const comma = text.lastIndexOf(',', attributionStart);
        const rest = text.slice(Math.max(cue.end, subject?.end ?? cue.end), sentence.end);
        if (comma <= sentence.start || words(rest) > 6 || /[“"«„]/u.test(rest) || !AFTER_ATTRIBUTION.test(rest.replace(/[.!?]+$/u, ''))) continue;
        if (/^\s*(?:which|who|that|where|as|qui|que|der|die|das|который|которые)\b/iu.test(text.slice(comma + 1, attributionStart))) continue;
        // Between the comma and the attribution only its own lowercase words: "…, the electoral commission said."
        if (!/^(?:\s*[\p{Ll}’'-]+){0,4}\s*$/u.test(text.slice(comma + 1, attributionStart))) continue;
        // “…,” its chief executive said: a quotation with its attribution, not a report.
        if (/^\s*["“«„‚‘‹「»]/u.test(text.slice(sentence.start, comma))) continue;
        start = trimStart(text, sentence.start, comma);
        end = clauseEnd(text, start, comma);
        how = `the clause before “${cue.text}”`;
      }
      // A claim may be short ("denied it had refused"); a reported clause says something.
      if (end <= start || words(text.slice(start, end)) < (claim ? 2 : MIN_CLAUSE_WORDS) || isOneQuotation(reading, start, end)) continue;
      // "rejected the union's account", "denied the charge": what was claimed is said elsewhere; a noun phrase is no claim's words.
      if (claim && opens === cue.end && isNounPhrase(text.slice(start, end))) continue;
      found.push({ start, end, cue, subject, claim, how });
    }
    const according = lastAccording(reading, sentence.start, sentence.end);
    if (according) {
      const source = subjectAfter(text, trimStart(text, according.end, sentence.end), sentence.end, lexicon);
      // At the sentence's start the clause follows the source ("According to X, …", "Laut Ministerium soll …", "По словам жителей, …").
      const comma = text.slice(according.end, according.end + 60).search(/,/u);
      const sourceEnd = source?.end ?? (comma >= 0 ? according.end + comma : according.end);
      const [start, end] = according.start - sentence.start < 3
        ? [trimStart(text, sourceEnd, sentence.end), clauseEnd(text, sourceEnd, sentence.end)]
        : [sentence.start, clauseEnd(text, sentence.start, according.start)];
      if (end > start && words(text.slice(start, end)) >= MIN_CLAUSE_WORDS && !isOneQuotation(reading, start, end)) {
        found.push({ start, end, cue: according, subject: source, claim: false, how: `“${according.text}” and its source` });
      }
    }
  }
  return found;
}
