import search from 'approx-string-match';
import type { Fragment } from '../model/annotation';
import { CodePointIndex, codePointLength } from '../text/code-points';

/** Where a stored fragment belongs in a (possibly changed) text, in code points. */
export interface Placement {
  start: number;
  end: number;
  /** 1 for a perfect match of quote and context; lower as the quote or its context differ. */
  score: number;
}

export type Reanchored =
  /** The stored offsets still hold the quoted text. */
  | ({ kind: 'exact' } & Placement)
  /** The same text, found elsewhere (text was added or removed before it). */
  | ({ kind: 'moved' } & Placement)
  /** Text close to the quote, within the allowed number of edits. */
  | ({ kind: 'fuzzy' } & Placement)
  | { kind: 'orphan'; reason: string }
  /** Two or more places fit equally well; the caller (or the analyst) must choose. */
  | { kind: 'ambiguous'; candidates: Placement[] };

/** A quote may differ by this share of its length (edits, in characters) and still be found. */
export const MAX_ERROR_RATE = 0.25;
/** Past this many edits approximate search gets slow and its matches mean little. */
const MAX_ERRORS = 64;
/** How much the quote itself counts against its context when scoring a place. */
const QUOTE_WEIGHT = 0.6;
/**
 * Nearness to the old position settles a tie in context only when one place
 * is clearly nearer: at most this share of the other's distance.
 */
const CLEARLY_NEARER = 0.5;

/**
 * Finds where a stored fragment belongs in a text: at its stored offsets if
 * they still hold its quote; else wherever the quote now appears, choosing
 * between repeats by the context either side and then by nearness to the old
 * position; else wherever text close to the quote appears (at most
 * MAX_ERROR_RATE of its length in edits). Never picks silently between places
 * that fit equally well: that is `ambiguous`. Pure: a function of strings.
 */
export function reanchor(text: string | CodePointIndex, fragment: Fragment): Reanchored {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const { start, end, exact } = fragment;
  if (end <= index.codePointLength && index.slice(start, end) === exact) {
    return { kind: 'exact', start, end, score: 1 };
  }
  const exactPlaces = occurrences(index.text, exact).map((from) => ({ from, to: from + exact.length, errors: 0 }));
  if (exactPlaces.length > 0) return choose('moved', index, fragment, exactPlaces);
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * MAX_ERROR_RATE));
  if (maxErrors === 0) return { kind: 'orphan', reason: 'the quoted text is not in the document and is too short to look for approximately' };
  const nearPlaces = search(index.text, exact, maxErrors).map((match) => ({ from: match.start, to: match.end, errors: match.errors }));
  if (nearPlaces.length === 0) return { kind: 'orphan', reason: `no text within ${maxErrors} edits of the quote is in the document` };
  return choose('fuzzy', index, fragment, nearPlaces);
}

/** A place in UTF-16 units, as string search reports it. */
interface Match {
  from: number;
  to: number;
  errors: number;
}

function choose(kind: 'moved' | 'fuzzy', index: CodePointIndex, fragment: Fragment, matches: readonly Match[]): Reanchored {
  const ranked = distinctPlaces(matches.map((match) => place(index, fragment, match)));
  const [best, second] = ranked;
  if (!best) return { kind: 'orphan', reason: 'no place fits the quote' };
  if (!second || best.score > second.score + SCORE_EPSILON) return { kind, ...withoutDistance(best) };
  const tied = ranked.filter((candidate) => candidate.score >= best.score - SCORE_EPSILON);
  const [nearest, runnerUp] = [...tied].sort((a, b) => a.distance - b.distance);
  if (nearest && runnerUp && nearest.distance <= runnerUp.distance * CLEARLY_NEARER) return { kind, ...withoutDistance(nearest) };
  return { kind: 'ambiguous', candidates: tied.map(withoutDistance) };
}

/** Scores are sums of ratios; closer than this they are the same score. */
const SCORE_EPSILON = 1e-9;

interface ScoredPlace extends Placement {
  /** Code points between this place and the fragment's old start. */
  distance: number;
}

function place(index: CodePointIndex, fragment: Fragment, match: Match): ScoredPlace {
  const start = index.toCodePoint(match.from);
  const end = index.toCodePoint(match.to);
  const quote = 1 - match.errors / Math.max(1, fragment.exact.length);
  const before = index.slice(Math.max(0, start - codePointLength(fragment.prefix)), start);
  const after = index.slice(end, end + codePointLength(fragment.suffix));
  const contextLength = fragment.prefix.length + fragment.suffix.length;
  const context =
    contextLength === 0
      ? 1
      : (similarity(fragment.prefix, before) * fragment.prefix.length + similarity(fragment.suffix, after) * fragment.suffix.length) /
        contextLength;
  return { start, end, score: QUOTE_WEIGHT * quote + (1 - QUOTE_WEIGHT) * context, distance: Math.abs(start - fragment.start) };
}

/**
 * Approximate search reports each place several times, ending a character
 * sooner or later; the best-scoring report of each place stands for it.
 */
function distinctPlaces(places: readonly ScoredPlace[]): ScoredPlace[] {
  const kept: ScoredPlace[] = [];
  for (const candidate of [...places].sort((a, b) => b.score - a.score || a.distance - b.distance)) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

function withoutDistance({ start, end, score }: ScoredPlace): Placement {
  return { start, end, score };
}

/** 1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing in common. */
function similarity(expected: string, actual: string): number {
  const longer = Math.max(expected.length, actual.length);
  return longer === 0 ? 1 : 1 - editDistance(expected, actual) / longer;
}

/** Levenshtein distance over UTF-16 units; contexts are 32 characters, so the table stays tiny. */
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

/** Every UTF-16 offset where `needle` starts, overlapping ones included. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}
