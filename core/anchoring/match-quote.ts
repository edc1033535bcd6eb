import search from 'approx-string-match';
import { CodePointIndex } from '../text/code-points';

/** What a quote selector holds: the quoted text and the text either side of it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A place in the text, in code points, with how well it fits. */
export interface QuotePlace {
  start: number;
  end: number;
  /** 1 for the quote and its context unchanged; lower as either differs. */
  score: number;
}

export type QuoteMatch =
  /** The quote itself, verbatim. */
  | ({ kind: 'exact' } & QuotePlace)
  /** Text close to the quote, within the allowed number of edits. */
  | ({ kind: 'fuzzy' } & QuotePlace)
  | { kind: 'none'; reason: string }
  /** Two or more places fit equally well, and no position tells them apart. */
  | { kind: 'ambiguous'; candidates: QuotePlace[] };

export interface MatchOptions {
  /** Where the quote was (code points): among places that fit equally well, the nearest wins. */
  hint?: number;
  /** Look for text close to the quote when it is not there verbatim (reopening after edits); imports never guess. */
  approximate?: boolean;
}

/** A quote may differ by this share of its length (edits, in characters) and still be found. */
const MAX_ERROR_RATE = 0.25;
/** Past this many edits approximate search gets slow and its matches mean little. */
const MAX_ERRORS = 64;
/** How much the quote itself counts against its context when scoring a place. */
const QUOTE_WEIGHT = 0.6;
/**
 * Context compared on each side (code points nearest the quote). A file may
 * bring a longer prefix or suffix; comparing all of it would cost its length squared.
 */
const CONTEXT_COMPARED = 32;
/** Scores are sums of ratios; closer than this they are the same score. */
const SCORE_EPSILON = 1e-9;

/**
 * Gloss's one quote matcher, for import, reopening, find and every exchange
 * format. Finds `quote.exact` in the text, verbatim, or else (with
 * `approximate`) within MAX_ERROR_RATE of its length in edits. Between
 * several places the rule is: the context either side decides first; among
 * places whose context fits equally well, the one nearest the `hint`; and if
 * that still does not settle it, `ambiguous`, never a silent pick.
 * Pure: a function of strings.
 */
export function matchQuote(text: string | CodePointIndex, quote: TextQuote, options: MatchOptions = {}): QuoteMatch {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const context = comparedContext(quote);
  const verbatim = occurrences(index.text, quote.exact, { overlapping: true });
  if (verbatim.length > 0) {
    // Both sides unchanged is the best context there is: only such places can win, and no scoring is needed.
    const intact = verbatim.filter(
      (at) => at >= context.prefix.length && index.text.startsWith(context.prefix, at - context.prefix.length) && index.text.startsWith(context.suffix, at + quote.exact.length),
    );
    const places = (intact.length > 0 ? intact : verbatim).map((from) => ({ from, to: from + quote.exact.length, errors: 0 }));
    return choose('exact', index, quote.exact, context, places, options.hint);
  }
  if (!options.approximate) return { kind: 'none', reason: `its text “${quote.exact}” is nowhere in the document` };
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return { kind: 'none', reason: `its text “${quote.exact}” is not in the document, and is too short to look for approximately` };
  const near = search(index.text, quote.exact, maxErrors).map((match) => ({ from: match.start, to: match.end, errors: match.errors }));
  if (near.length === 0) return { kind: 'none', reason: `its text “${quote.exact}” is not in the document, nor any text within ${maxErrors} edits of it` };
  return choose('fuzzy', index, quote.exact, context, near, options.hint);
}

/** Every UTF-16 offset where `needle` starts (the overlapping ones too, or not), up to `limit`. */
export function occurrences(haystack: string, needle: string, options: { overlapping: boolean; limit?: number }): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  const step = options.overlapping ? 1 : needle.length;
  const limit = options.limit ?? Infinity;
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < limit; at = haystack.indexOf(needle, at + step)) found.push(at);
  return found;
}

/** A place in UTF-16 units, as string search reports it. */
interface Match {
  from: number;
  to: number;
  errors: number;
}

interface ScoredPlace extends QuotePlace {
  /** Code points between this place and the hint (0 without a hint). */
  distance: number;
}

function choose(
  kind: 'exact' | 'fuzzy',
  index: CodePointIndex,
  exact: string,
  context: Pick<TextQuote, 'prefix' | 'suffix'>,
  matches: readonly Match[],
  hint: number | undefined,
): QuoteMatch {
  const ranked = distinctPlaces(matches.map((match) => scored(index, exact, context, match, hint)));
  const [best, second] = ranked;
  if (!best) return { kind: 'none', reason: `no place fits its text “${exact}”` };
  if (!second || best.score > second.score + SCORE_EPSILON) return { kind, ...withoutDistance(best) };
  const tied = ranked.filter((candidate) => candidate.score >= best.score - SCORE_EPSILON);
  const [nearest, runnerUp] = [...tied].sort((a, b) => a.distance - b.distance);
  if (hint !== undefined && nearest && runnerUp && nearest.distance < runnerUp.distance) return { kind, ...withoutDistance(nearest) };
  return { kind: 'ambiguous', candidates: tied.map(withoutDistance).sort((a, b) => a.start - b.start) };
}

function comparedContext(quote: TextQuote): Pick<TextQuote, 'prefix' | 'suffix'> {
  const prefix = [...quote.prefix.slice(-2 * CONTEXT_COMPARED)].slice(-CONTEXT_COMPARED).join('');
  const suffix = [...quote.suffix.slice(0, 2 * CONTEXT_COMPARED)].slice(0, CONTEXT_COMPARED).join('');
  return { prefix, suffix };
}

function scored(index: CodePointIndex, exact: string, context: Pick<TextQuote, 'prefix' | 'suffix'>, match: Match, hint: number | undefined): ScoredPlace {
  const start = index.toCodePoint(match.from);
  const end = index.toCodePoint(match.to);
  const quote = 1 - match.errors / Math.max(1, exact.length);
  const { prefix, suffix } = context;
  const before = index.text.slice(Math.max(0, match.from - prefix.length), match.from);
  const after = index.text.slice(match.to, match.to + suffix.length);
  const contextLength = prefix.length + suffix.length;
  const fit = contextLength === 0 ? 1 : (similarity(prefix, before) * prefix.length + similarity(suffix, after) * suffix.length) / contextLength;
  return { start, end, score: QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * fit, distance: hint === undefined ? 0 : Math.abs(start - hint) };
}

/**
 * Approximate search reports each place several times, ending a character
 * sooner or later, and a quote like "aa" overlaps itself in "aaa": the
 * best-scoring report of each place stands for it.
 */
function distinctPlaces(places: readonly ScoredPlace[]): ScoredPlace[] {
  const kept: ScoredPlace[] = [];
  for (const candidate of [...places].sort((a, b) => b.score - a.score || a.distance - b.distance)) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

function withoutDistance({ start, end, score }: ScoredPlace): QuotePlace {
  return { start, end, score };
}

/** 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing in common. */
function similarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  const longer = Math.max(expected.length, actual.length);
  return 1 - editDistance(expected, actual) / longer;
}

/** Levenshtein distance over UTF-16 units; contexts are at most 32 code points, so the table stays tiny. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] as number) + 1, (current[j - 1] as number) + 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
