import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorFragment, describeFragment, type SelectedSpan } from '../../../core/anchoring/fragment';
import { matchQuote, type MatchOptions, type TextQuote } from '../../../core/anchoring/match-quote';
import { relocateByQuote } from '../../../core/anchoring/place-annotation';
import * as textPosition from '../../../core/anchoring/text-position';
import * as textQuote from '../../../core/anchoring/text-quote';
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

/** What an anchoring points at, so tables read as text rather than offsets. */
function anchoredText(now: string, span: SelectedSpan, options: MatchOptions = {}): [string, string] {
  const index = new CodePointIndex(now);
  const result = anchorFragment(index, span, options);
  return result.ok ? [result.value.found, index.slice(result.value.fragment.start, result.value.fragment.end)] : ['error', result.error];
}

const STORY = 'The mayor opened the bridge on Monday. Traffic was light, and the mayor said the bridge would pay for itself.';

describe('selectors by kind: toSelector then fromSelector gives the span back', () => {
  const index = new CodePointIndex('𝔐 before the quoted words after, and the quoted words again');
  const span = { start: 13, end: 19 };

  it('text position', () => {
    expect(textPosition.fromSelector(index, textPosition.toSelector(index, span))).toEqual({ ok: true, value: span });
    expect(textPosition.fromSelector(index, { start: 5, end: 5 })).toEqual({ ok: false, error: 'the span 5–5 is empty or reversed' });
    expect(textPosition.fromSelector(index, { start: 5, end: 99 })).toMatchObject({ ok: false, error: expect.stringMatching(/runs past the end of the text \(59 characters\)/) });
  });

  it('text quote, told apart from its repeat by its context', () => {
    const selector = textQuote.toSelector(index, span);
    expect(selector).toEqual({ exact: 'quoted', prefix: '𝔐 before the ', suffix: ' words after, and the quoted wor' });
    expect(textQuote.fromSelector(index, selector)).toMatchObject({ ok: true, value: { ...span, approximate: false } });
    expect(textQuote.fromSelector(index, { exact: 'quoted', prefix: '', suffix: '' })).toMatchObject({ ok: false, error: expect.stringMatching(/in 2 places/) });
    expect(textQuote.fromSelector(index, { exact: 'absent', prefix: '', suffix: '' })).toMatchObject({ ok: false, error: 'its text “absent” is nowhere in the document' });
  });
});

/**
 * The one rule for a quote found in several places, for import, reopening
 * and every format: the context either side first, then nearness to the
 * position hint, and never a silent pick between places nothing tells apart.
 */
describe('matchQuote: repeated quotes', () => {
  const text = 'A said yes. B said yes. C said yes.';
  const [first, second, third] = [2, 14, 26]; // where "said yes" starts
  const quote = (prefix: string, suffix = ''): TextQuote => ({ exact: 'said yes', prefix, suffix });
  it.each<[string, TextQuote, MatchOptions, number[]]>([
    ['both sides of context pick one, whatever the hint', quote('B ', '. C'), { hint: third }, [second]],
    ['one side of context picks one (a re-spaced line on the other side)', quote('C ', '\n'), {}, [third]],
    ['the context that fits best wins over one that fits a little, whatever the hint', quote('x. B '), { hint: first }, [second]],
    ['equal context: the place nearest the hint', quote(''), { hint: third - 3 }, [third]],
    // The reanchoring rule before took the nearest only when it was at most half as far as the next.
    ['equal context: the nearest, even when the next is not much farther', quote(''), { hint: 7 }, [first]],
    ['equal context, equally near: ambiguous, every place that fits listed', quote(''), { hint: (second + third) / 2 }, [first, second, third]],
    ['equal context and no hint (an import by quote alone): ambiguous', quote(''), {}, [first, second, third]],
    ['approximately, context first too', { exact: 'said yess', prefix: 'B ', suffix: '' }, { approximate: true, hint: 0 }, [second]],
  ])('%s', (_case, selector, options, expected) => {
    const found = matchQuote(text, selector, options);
    const starts = found.kind === 'ambiguous' ? found.candidates.map((c) => c.start) : found.kind === 'none' ? [] : [found.start];
    expect(starts).toEqual(expected);
    expect(found.kind).toBe(expected.length > 1 ? 'ambiguous' : options.approximate ? 'fuzzy' : 'exact');
  });

  it('compares only the 32 characters of context nearest the quote, however much a file brings', () => {
    const long: TextQuote = { exact: 'said yes', prefix: `${'z'.repeat(20_000)}yes. B `, suffix: '' };
    expect(matchQuote(text, long)).toMatchObject({ kind: 'exact', start: second });
  });
});

describe('anchorFragment', () => {
  // [case, text now, span given, options, how it is found, the text it points at (or the error)]
  it.each<[string, string, SelectedSpan, MatchOptions, string, string]>([
    ['a position that holds its quote is trusted, even where the context fits elsewhere', STORY, { start: 17, end: 27, exact: 'the bridge', prefix: 'said ', suffix: ' would' }, {}, 'position', 'the bridge'],
    ['a position without a quote', STORY, { start: 4, end: 9 }, {}, 'position', 'mayor'],
    ['a position past the end, with a quote', STORY, { start: 400, end: 410, exact: 'Traffic', prefix: '', suffix: '' }, {}, 'quote', 'Traffic'],
    ['a reversed position, with a quote: the quote decides', STORY, { start: 9, end: 4, exact: 'Traffic', prefix: '', suffix: '' }, {}, 'quote', 'Traffic'],
    ['a position past the end, without a quote', STORY, { start: 400, end: 410 }, {}, 'error', 'the span 400–410 runs past the end of the text (109 characters)'],
    ['neither', STORY, {}, {}, 'error', 'the span has neither valid positions nor a quote'],
    ['a quote edited by one character, in an import: refused', STORY.replace('was light', 'was lite'), { exact: 'Traffic was light, and', prefix: '', suffix: '' }, {}, 'error', 'its text “Traffic was light, and” is nowhere in the document'],
    ['a quote edited by one character, reopening: found', STORY.replace('was light', 'was lite'), { start: 39, end: 61, exact: 'Traffic was light, and', prefix: '', suffix: '' }, { approximate: true }, 'approximate', 'Traffic was lite, and'],
  ])('%s', (_case, now, span, options, found, expected) => {
    expect(anchoredText(now, span, options)).toEqual([found, expected]);
  });
});

describe('reopening a changed text (relocateByQuote)', () => {
  const relocated = (now: string, fragment: Fragment) => {
    const result = relocateByQuote(new CodePointIndex(now), fragment);
    return 'reason' in result ? result.reason : new CodePointIndex(now).slice(result.fragment.start, result.fragment.end);
  };
  it.each<[string, string, string, number, string, string]>([
    ['text inserted before', STORY, 'Traffic was light', 0, 'UPDATED: ' + STORY, 'Traffic was light'],
    ['astral text inserted before', STORY, 'Traffic was light', 0, '📰 Breaking 🗞️ ' + STORY, 'Traffic was light'],
    ['quote edited by one character', STORY, 'Traffic was light, and', 0, STORY.replace('was light', 'was lite'), 'Traffic was lite, and'],
    ['repeated phrase told apart by context (first)', STORY, 'the bridge', 0, 'Late news. ' + STORY, 'the bridge'],
    ['quote deleted', STORY, 'Traffic was light, and', 0, 'The mayor opened the bridge on Monday.', 'its text “Traffic was light, and” is not in the document, nor any text within 5 edits of it'],
    ['a very short quote is not looked for approximately', 'The cat sat.', 'cat', 0, 'The dog sat.', 'its text “cat” is not in the document, and is too short to look for approximately'],
  ])('%s', (_case, original, quote, occurrence, now, expected) => {
    expect(relocated(now, stored(original, quote, occurrence))).toBe(expected);
  });

  it('tells repeats apart by their context, not by which comes first', () => {
    const now = 'Late news. ' + STORY;
    const result = relocateByQuote(new CodePointIndex(now), stored(STORY, 'the bridge', 1));
    expect(result).toMatchObject({ fragment: { start: now.lastIndexOf('the bridge') } });
  });

  it('leaves places that nothing tells apart for the analyst', () => {
    const result = relocateByQuote(new CodePointIndex('A said yes. B said yes.'), { start: 8, end: 16, exact: 'said yes', prefix: '', suffix: '' });
    expect(result).toEqual({ reason: 'its text “said yes” is in 2 places and its context does not tell them apart' });
  });
});

describe('anchoring, properties', () => {
  const words = fc.array(fc.constantFrom('tide', 'mill', 'vote', 'ferry', 'é', '𝒳', '😀', 'road', 'the'), { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));

  it('finds an unchanged span exactly where it was', () => {
    fc.assert(
      fc.property(words, fc.nat(), fc.nat(), (text, a, b) => {
        const index = new CodePointIndex(text);
        const [start, end] = [a % index.codePointLength, b % index.codePointLength].sort((x, y) => x - y) as [number, number];
        fc.pre(end > start);
        expect(anchorFragment(index, describeFragment(index, start, end), { approximate: true })).toEqual({ ok: true, value: { fragment: describeFragment(index, start, end), found: 'position', score: 1 } });
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
        const nowIndex = new CodePointIndex(now);
        const shift = nowIndex.codePointLength - index.codePointLength;
        const found = matchQuote(nowIndex, fragment, { hint: fragment.start, approximate: true });
        if (found.kind === 'ambiguous') expect(found.candidates.map((c) => c.start)).toContain(start + shift);
        else {
          expect(found.kind).toBe('exact');
          if (found.kind === 'exact') expect(nowIndex.slice(found.start, found.end)).toBe(fragment.exact);
        }
      }),
    );
  });
});
