import type { Fragment } from '../model/annotation';
import { describeFragment } from '../anchoring/text-quote';
import type { CodePointIndex } from '../text/code-points';
import { err, ok, type Result } from '../result';

/** A span as an exchange file gives it: maybe positions, maybe a quote, maybe both. */
export interface QuotedSpan {
  start?: number;
  end?: number;
  exact?: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Places a span read from a file. Positions are trusted when they point at the
 * quoted text (or when there is no quote); otherwise the quote is looked up,
 * narrowed by its context, and taken only when it fits exactly one place.
 * Nothing is ever guessed: no match or several are errors.
 */
export function anchorSpan(index: CodePointIndex, span: QuotedSpan): Result<Fragment, string> {
  const { start, end, exact } = span;
  const positioned = start !== undefined && end !== undefined;
  if (positioned && (start < 0 || end <= start)) return err(`the span ${start}–${end} is empty or reversed`);
  if (positioned && end > index.codePointLength) {
    if (exact === undefined) return err(`the span ${start}–${end} runs past the end of the text (${index.codePointLength} characters)`);
  } else if (positioned && (exact === undefined || index.slice(start, end) === exact)) {
    return ok(describeFragment(index, start, end));
  }
  if (exact === undefined || exact.length === 0) return err('the span has neither valid positions nor a quote');
  return findQuote(index, exact, span.prefix ?? '', span.suffix ?? '');
}

function findQuote(index: CodePointIndex, exact: string, prefix: string, suffix: string): Result<Fragment, string> {
  const text = index.text;
  const all: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) all.push(at);
  if (all.length === 0) return err(`its text “${exact}” is nowhere in the document`);
  const before = (at: number) => at >= prefix.length && text.startsWith(prefix, at - prefix.length);
  const after = (at: number) => text.startsWith(suffix, at + exact.length);
  // The context on both sides decides first; then either side alone (a line
  // break re-spaced on one side must not lose the match), and only then none.
  const tiers = [all.filter((at) => before(at) && after(at)), all.filter((at) => before(at) || after(at)), all];
  const candidates = tiers.find((tier) => tier.length > 0) ?? all;
  if (candidates.length > 1) return err(`its text “${exact}” is in ${candidates.length} places and its context does not tell them apart`);
  const at = candidates[0] as number;
  const start = index.toCodePoint(at);
  return ok(describeFragment(index, start, index.toCodePoint(at + exact.length)));
}

/** The text an imported range was made against, and the text it goes into (the same unless the workspace's differs). */
export interface RangeTexts {
  source: CodePointIndex | null;
  target: CodePointIndex;
}

/**
 * Places a code-point range read from a file that came with its own copy of
 * the text: checked against that copy, then found in the workspace's text by
 * its quote and context when the two differ.
 */
export function placeRange(texts: RangeTexts, start: number, end: number): Result<Fragment, string> {
  const reference = texts.source ?? texts.target;
  if (end <= start) return err(`the span ${start}–${end} is empty or reversed`);
  if (end > reference.codePointLength) return err(`the span ${start}–${end} runs past the end of the text (${reference.codePointLength} characters)`);
  const described = describeFragment(reference, start, end);
  return reference === texts.target ? ok(described) : anchorSpan(texts.target, described);
}
