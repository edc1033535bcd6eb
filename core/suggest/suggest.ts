import { guessLanguage } from '../article/language';
import { CodePointIndex } from '../text/code-points';
import { findDirectQuotes } from './direct-quotes';
import { findEvents } from './events';
import { lexiconFor } from './lexicon';
import { Reading } from './reading';
import { findReports } from './reported';
import type { Named } from './resolve';
import type { Cue, SuggestInput, Suggestion } from './suggestion';

/**
 * Suggestions for one document: direct quotes (with their cue and speaker),
 * indirect quotes, claims and dated events, in text order, with offsets in
 * code points. Pure and offline: rules over the text and the cue lists in
 * ./cues, nothing learned and nothing fetched, so every suggestion says why.
 */
export function suggest(input: SuggestInput): Suggestion[] {
  const { text } = input;
  const language = input.language ?? guessLanguage(text);
  const reading = new Reading(text, lexiconFor(language));
  const points = new CodePointIndex(text);
  const span = (start: number, end: number) => ({ start: points.toCodePoint(start), end: points.toCodePoint(end) });
  const cueOf = (cue: { text: string; start: number; end: number } | null): Cue | null => (cue ? { text: cue.text, ...span(cue.start, cue.end) } : null);
  const who = (subject: Parameters<Reading['resolver']['resolve']>[0]): Named | null => reading.resolver.resolve(subject, subject?.start ?? 0);
  const suggestions: Suggestion[] = [];

  for (const quote of findDirectQuotes(reading)) {
    const speaker = who(quote.attribution?.subject ?? null);
    suggestions.push({
      type: 'quote',
      kind: quote.kind,
      fragments: quote.pieces.map((piece) => span(piece.start, piece.end)),
      speaker,
      cue: cueOf(quote.attribution?.cue ?? null),
      why: `${quote.kind} quote in ${text[quote.pieces[0]?.open ?? 0] ?? ''}…; ${quote.how}${speaker ? '' : quote.attribution ? ', without a named speaker' : ''}`,
    });
  }
  for (const report of findReports(reading)) {
    const named = who(report.subject);
    const fragments = [span(report.start, report.end)];
    const why = `${report.how}${named ? '' : ', without a named source'}`;
    if (report.claim) {
      const stance = reading.lexicon.denials.has(report.cue.key) ? 'opposes' : 'supports';
      suggestions.push({ type: 'claim', fragments, claimant: named, cue: cueOf(report.cue) as Cue, stance, why: `claim: ${why}` });
    } else {
      suggestions.push({ type: 'quote', kind: 'indirect', fragments, speaker: named, cue: cueOf(report.cue), why: `indirect quote: ${why}` });
    }
  }
  const seen = new Set<string>();
  for (const event of findEvents(reading, input.reference, language)) {
    const key = `${event.start}:${event.end}:${event.date.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({
      type: 'event',
      fragments: [span(event.start, event.end)],
      date: event.date,
      actor: who(event.subject),
      why: `dated clause: “${event.wording}” read as ${event.date.date}${event.date.reference ? ` from the publication date ${event.date.reference}` : ''}`,
    });
  }
  return suggestions.sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0));
}
