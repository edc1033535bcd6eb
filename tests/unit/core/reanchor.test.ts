import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchor, type Reanchored } from '../../../core/anchoring/reanchor';
import { describeFragment } from '../../../core/anchoring/text-quote';
import type { Fragment } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';

/** The fragment an analyst would have stored for `quote` (its n-th occurrence) in `original`. */
function stored(original: string, quote: string, occurrence = 0): Fragment {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = original.indexOf(quote, at + 1);
  if (at === -1) throw new Error(`test setup: “${quote}” is not in the text`);
  const index = new CodePointIndex(original);
  return describeFragment(index, index.toCodePoint(at), index.toCodePoint(at + quote.length));
}

/** What the result points at, so tables read as text rather than offsets. */
function quoted(now: string, result: Reanchored): string | string[] {
  const index = new CodePointIndex(now);
  if (result.kind === 'orphan') return result.reason;
  if (result.kind === 'ambiguous') return result.candidates.map((c) => index.slice(c.start, c.end));
  return index.slice(result.start, result.end);
}

const STORY = 'The mayor opened the bridge on Monday. Traffic was light, and the mayor said the bridge would pay for itself.';

describe('reanchor', () => {
  it.each<[string, string, string, number, string, Reanchored['kind'], string | string[]]>([
    ['unchanged text', STORY, 'opened the bridge', 0, STORY, 'exact', 'opened the bridge'],
    ['astral characters before the span', '🚧🚧 ' + STORY, 'Traffic was light', 0, '🚧🚧 ' + STORY, 'exact', 'Traffic was light'],
    ['text inserted before', STORY, 'Traffic was light', 0, 'UPDATED: ' + STORY, 'moved', 'Traffic was light'],
    ['astral text inserted before', STORY, 'Traffic was light', 0, '📰 Breaking 🗞️ ' + STORY, 'moved', 'Traffic was light'],
    ['quote edited by one character', STORY, 'Traffic was light, and', 0, STORY.replace('was light', 'was lite'), 'fuzzy', 'Traffic was lite, and'],
    ['repeated phrase told apart by context (first)', STORY, 'the bridge', 0, 'Late news. ' + STORY, 'moved', 'the bridge'],
    ['quote deleted', STORY, 'Traffic was light, and', 0, 'The mayor opened the bridge on Monday.', 'orphan', 'no text within 5 edits of the quote is in the document'],
  ])('%s', (_case, original, quote, occurrence, now, kind, expected) => {
    const result = reanchor(now, stored(original, quote, occurrence));
    expect(result.kind).toBe(kind);
    expect(quoted(now, result)).toEqual(expected);
  });

  it('tells repeats apart by their context, not by which comes first', () => {
    const fragment = stored(STORY, 'the bridge', 1);
    const now = 'Late news. ' + STORY;
    const result = reanchor(now, fragment);
    expect(result).toMatchObject({ kind: 'moved', start: now.lastIndexOf('the bridge') });
  });

  it('reports two places that fit equally well as ambiguous, listing every one', () => {
    const now = 'A said yes. B said yes. C said yes.';
    const fragment = { start: 40, end: 48, exact: 'said yes', prefix: '', suffix: '' };
    const result = reanchor(now, fragment);
    expect(result.kind).toBe('ambiguous');
    expect(quoted(now, result)).toEqual(['said yes', 'said yes', 'said yes']);
  });

  it('lets a clearly nearer place settle a tie in context', () => {
    const now = 'said yes ' + 'x'.repeat(100) + ' said yes';
    const result = reanchor(now, { start: 105, end: 113, exact: 'said yes', prefix: '', suffix: '' });
    expect(result).toMatchObject({ kind: 'moved', start: 110 });
  });

  it('does not look for a very short quote approximately', () => {
    expect(reanchor('The cat sat.', { start: 4, end: 7, exact: 'dog', prefix: 'The ', suffix: ' sat.' })).toMatchObject({ kind: 'orphan' });
  });

  const words = fc.array(fc.constantFrom('tide', 'mill', 'vote', 'ferry', 'é', '𝒳', '😀', 'road', 'the'), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

  it('finds an unchanged span exactly where it was', () => {
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (text, a, b) => {
        const index = new CodePointIndex(text);
        const [start, end] = [a % index.codePointLength, b % index.codePointLength].sort((x, y) => x - y) as [number, number];
        fc.pre(end > start);
        expect(reanchor(text, describeFragment(index, start, end))).toEqual({ kind: 'exact', start, end, score: 1 });
      }),
    );
  });

  it('follows a span when text is inserted before it, and never points at other text', () => {
    fc.assert(
      fc.property(words, words, fc.nat(), fc.nat(), (text, inserted, a, b) => {
        const index = new CodePointIndex(text);
        const [start, end] = [a % index.codePointLength, b % index.codePointLength].sort((x, y) => x - y) as [number, number];
        fc.pre(end > start);
        const fragment = describeFragment(index, start, end);
        const now = `${inserted} ${text}`;
        const result = reanchor(now, fragment);
        const nowIndex = new CodePointIndex(now);
        const shift = nowIndex.codePointLength - index.codePointLength;
        if (result.kind === 'ambiguous') {
          expect(result.candidates.map((c) => c.start)).toContain(start + shift);
        } else {
          expect(result.kind).not.toBe('orphan');
          if (result.kind !== 'orphan') expect(nowIndex.slice(result.start, result.end)).toBe(fragment.exact);
        }
      }),
    );
  });
});
