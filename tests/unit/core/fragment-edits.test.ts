import { describe, expect, it } from 'vitest';
import { describeFragment } from '../../../core/anchoring/fragment';
import { CodePointIndex } from '../../../core/text/code-points';
import { resizeFragment, withAddedFragment, withFragmentAt, type Edge, type Resize } from '../../../core/annotations/fragment-edits';
import { annotationOn } from '../services/workspace-helpers';

// Astral characters before and inside the text check that offsets stay in code points.
const TEXT = '🚢 “The piers are sound,” 🔧 Renn said, “and the cables were fitted.”\n\nNext paragraph here.';
const index = new CodePointIndex(TEXT);

function fragmentOf(phrase: string) {
  const at = index.toCodePoint(TEXT.indexOf(phrase));
  return describeFragment(index, at, at + [...phrase].length);
}

describe('resizeFragment', () => {
  it.each<[string, Edge, Resize, string | null]>([
    ['piers are', 'end', 'extend', 'piers are sound,”'],
    ['piers are', 'end', 'shrink', 'piers'],
    ['piers are', 'start', 'extend', '“The piers are'],
    ['piers are sound', 'start', 'shrink', 'are sound'],
    ['Renn said', 'start', 'extend', '🔧 Renn said'],
    ['piers', 'end', 'shrink', null],
    ['piers', 'start', 'shrink', null],
    ['fitted.”', 'end', 'extend', null],
    ['🚢 “The', 'start', 'extend', null],
  ])('moves "%s" at its %s (%s) to "%s"', (phrase, edge, resize, expected) => {
    const resized = resizeFragment(index, fragmentOf(phrase), edge, resize);
    expect(resized?.exact ?? null).toBe(expected);
    if (resized) expect(resized).toEqual(fragmentOf(expected ?? ''));
  });
});

describe('resizeFragment in scripts without spaces', () => {
  // A run of Chinese or Japanese has no spaces: it moves by the words Intl.Segmenter finds, not as one block.
  it.each<[string, string, Edge, Resize, string | null]>([
    ['渡轮整个星期都停在港口。', '整个', 'end', 'extend', '整个星期'],
    ['渡轮整个星期都停在港口。', '整个星期', 'end', 'shrink', '整个'],
    ['渡轮整个星期都停在港口。', '星期', 'start', 'extend', '整个星期'],
    ['渡轮整个星期都停在港口。', '整个星期', 'start', 'shrink', '星期'],
    ['渡轮整个星期都停在港口。', '港口', 'end', 'extend', '港口。'],
    ['フェリーは一週間ずっと港に停泊した。', 'フェリー', 'end', 'extend', 'フェリーは'],
    ['フェリーは一週間ずっと港に停泊した。', '一週間', 'start', 'extend', 'は一週間'],
  ])('in "%s", moves "%s" at its %s (%s) to "%s"', (text, phrase, edge, resize, expected) => {
    const cjk = new CodePointIndex(text);
    const at = cjk.toCodePoint(text.indexOf(phrase));
    const resized = resizeFragment(cjk, describeFragment(cjk, at, at + [...phrase].length), edge, resize);
    expect(resized?.exact ?? null).toBe(expected);
  });
});

describe('resizeFragment in a long run without spaces', () => {
  it('steps by one word in the middle of a paragraph longer than the segmenter looks', () => {
    const text = '停在港口'.repeat(300);
    const long = new CodePointIndex(text);
    const at = 600;
    const fragment = describeFragment(long, at, at + 2);
    expect(resizeFragment(long, fragment, 'end', 'extend')?.exact).toBe(`${fragment.exact}${text.slice(at + 2, at + 4)}`);
    expect(resizeFragment(long, fragment, 'start', 'extend')?.exact).toBe(`${text.slice(at - 2, at)}${fragment.exact}`);
  });
});

describe('fragments of one annotation', () => {
  const quote = annotationOn(TEXT, 'The piers are sound');
  const span = (phrase: string) => {
    const { start, end } = fragmentOf(phrase);
    return { start, end };
  };

  it('adds a fragment in reading order and refuses an overlapping one', () => {
    const before = withAddedFragment(quote, index, span('🚢'));
    expect('annotation' in before && before.annotation.fragments.map((f) => f.exact)).toEqual(['🚢', 'The piers are sound']);
    expect(withAddedFragment(quote, index, span('sound, '))).toEqual({ error: expect.stringContaining('overlaps') });
  });

  it('removes a fragment but never the last one', () => {
    const added = withAddedFragment(quote, index, span('and the cables were fitted.'));
    if (!('annotation' in added)) throw new Error(added.error);
    const removed = withFragmentAt(added.annotation, 0, null);
    expect(removed.fragments.map((f) => f.exact)).toEqual(['and the cables were fitted.']);
    expect(withFragmentAt(removed, 0, null)).toBe(removed);
  });
});
