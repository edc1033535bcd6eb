import type { CodePointIndex } from '../text/code-points';
import { err, ok, type Result } from '../result';
import { matchQuote, type MatchOptions, type QuotePlace, type TextQuote } from './match-quote';
import type { Span } from './trim-span';

/** Enough context to tell repeated phrases apart, short enough to survive edits. */
const QUOTE_CONTEXT_LENGTH = 32;

/** A span by its text and the text either side (W3C TextQuoteSelector). */
export type TextQuoteSelector = TextQuote;

export function toSelector(index: CodePointIndex, span: Span): TextQuoteSelector {
  return {
    exact: index.slice(span.start, span.end),
    prefix: index.slice(Math.max(0, span.start - QUOTE_CONTEXT_LENGTH), span.start),
    suffix: index.slice(span.end, Math.min(index.codePointLength, span.end + QUOTE_CONTEXT_LENGTH)),
  };
}

/** Where the quote is found (`core/anchoring/match-quote.ts`), and whether only approximately. */
export type QuoteAnchor = QuotePlace & { approximate: boolean };

/** The place of the quote, or why there is none: not there, or in several places that nothing tells apart. */
export function fromSelector(index: CodePointIndex, selector: TextQuoteSelector, options: MatchOptions = {}): Result<QuoteAnchor, string> {
  if (selector.exact.length === 0) return err('its quote is empty');
  const found = matchQuote(index, selector, options);
  switch (found.kind) {
    case 'none':
      return err(found.reason);
    case 'ambiguous':
      return err(`its text “${selector.exact}” is in ${found.candidates.length} places and its context does not tell them apart`);
    default:
      return ok({ start: found.start, end: found.end, score: found.score, approximate: found.kind === 'fuzzy' });
  }
}
