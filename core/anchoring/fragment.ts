import type { Fragment } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';
import { err, ok, type Result } from '../result';
import type { MatchOptions } from './match-quote';
import * as textPosition from './text-position';
import * as textQuote from './text-quote';

/**
 * A stored fragment carries both selectors: its position (code points) and
 * its quote with context. Its position is used while it still holds the
 * quote; the quote finds it again when the text changed.
 */
export function describeFragment(index: CodePointIndex, start: number, end: number): Fragment {
  const span = { start, end };
  return { ...textPosition.toSelector(index, span), ...textQuote.toSelector(index, span) };
}

/** True when the fragment's offsets still point at its quoted text. */
export function fragmentFits(index: CodePointIndex, fragment: Fragment): boolean {
  return fragment.end <= index.codePointLength && index.slice(fragment.start, fragment.end) === fragment.exact;
}

/** A span as a file or the store gives it: a position, a quote, or both. */
export interface SelectedSpan {
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

/** A fragment anchored in a text, and how: at its position, by its quote verbatim, or by text close to it. */
export interface Anchored {
  fragment: Fragment;
  found: 'position' | 'quote' | 'approximate';
  /** 1 for position or quote and context unchanged; lower as they differ. */
  score: number;
}

/**
 * Anchors a span in a text: at its position when that holds its quote (or it
 * has no quote); otherwise by its quote, the position (even one that is not
 * a span of this text) only a hint between places whose context fits equally
 * well (`core/anchoring/match-quote.ts`).
 * An error says why not: a bad position without a quote, a quote that is not
 * there, or one in several places that nothing tells apart.
 */
export function anchorFragment(index: CodePointIndex, span: SelectedSpan, options: Pick<MatchOptions, 'approximate'> = {}): Result<Anchored, string> {
  const { start, end, exact } = span;
  const position = start !== undefined && end !== undefined ? textPosition.fromSelector(index, { start, end }) : null;
  if (position?.ok && (exact === undefined || index.slice(position.value.start, position.value.end) === exact)) {
    return ok({ fragment: describeFragment(index, position.value.start, position.value.end), found: 'position', score: 1 });
  }
  if (exact === undefined || exact.length === 0) return position && !position.ok ? position : err('the span has neither valid positions nor a quote');
  const quoted = textQuote.fromSelector(index, { exact, prefix: span.prefix ?? '', suffix: span.suffix ?? '' }, { ...options, hint: start });
  if (!quoted.ok) return quoted;
  const { start: from, end: to, score, approximate } = quoted.value;
  return ok({ fragment: describeFragment(index, from, to), found: approximate ? 'approximate' : 'quote', score });
}
