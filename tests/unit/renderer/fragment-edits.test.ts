import { describe, expect, it } from 'vitest';
import { describeFragment } from '../../../core/anchoring/text-quote';
import { CodePointIndex } from '../../../core/text/code-points';
import { resizeFragment, withAddedFragment, withFragmentAt, type Edge, type Resize } from '../../../renderer/annotations/fragment-edits';
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
