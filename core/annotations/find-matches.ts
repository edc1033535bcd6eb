import { occurrences } from '../anchoring/match-quote';
import type { Span } from '../anchoring/trim-span';
import type { StoredAnnotation } from '../model/annotation';
import type { CodePointIndex } from '../text/code-points';

/** Enough for any real search; a one-letter query in a long article stops here. */
export const MAX_MATCHES = 10_000;

/**
 * Every non-overlapping occurrence of `query` in the text, as code-point spans,
 * ignoring case where lower-casing keeps the text's length (it nearly always
 * does; where it would not, as with "İ", the search is case-sensitive so the
 * offsets stay true). Pure: strings in, offsets out.
 */
export function findMatches(index: CodePointIndex, query: string, lowered?: string): Span[] {
  if (query.trim().length === 0) return [];
  const text = lowered ?? lowerKeepingLength(index.text);
  const needle = text === index.text ? query : query.toLowerCase();
  return occurrences(text, needle, { overlapping: false, limit: MAX_MATCHES }).map((at) => ({
    start: index.toCodePoint(at),
    end: index.toCodePoint(at + needle.length),
  }));
}

/** The text lower-cased, or as it is when lower-casing would change its length. */
export function lowerKeepingLength(text: string): string {
  const lowered = text.toLowerCase();
  return lowered.length === text.length ? lowered : text;
}

/** The matches not already tagged with exactly that span and type. */
export function untaggedMatches(matches: readonly Span[], annotations: readonly StoredAnnotation[], type: string): Span[] {
  const tagged = new Set<string>();
  for (const annotation of annotations) {
    if (annotation.type !== type || annotation.fragments.length !== 1) continue;
    const [fragment] = annotation.fragments;
    if (fragment) tagged.add(`${fragment.start}:${fragment.end}`);
  }
  return matches.filter((match) => !tagged.has(`${match.start}:${match.end}`));
}
