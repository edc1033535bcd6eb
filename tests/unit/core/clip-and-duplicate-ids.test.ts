import { describe, expect, it } from 'vitest';
import { renumberDuplicates, unusedId } from '../../../core/model/duplicate-ids';
import { clip } from '../../../core/text/clip';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer sentence', 8, 'a longe…'],
    ['ab😀cd', 4, 'ab…'], // the emoji would be cut in half: it goes whole
    ['ab😀cd', 5, 'ab😀…'],
  ])('%s to %i → %s', (value, max, expected) => {
    expect(clip(value, max)).toBe(expected);
    expect(clip(value, max).length).toBeLessThanOrEqual(max);
  });
});

describe('renumberDuplicates', () => {
  it('keeps the first of each id, renames later copies to ids not in use, drops nothing, and names the shared ids', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a-2' }, { id: 'a' }, { id: 'b' }];
    const { items: renamed, shared } = renumberDuplicates(items);
    expect(renamed.map((item) => item.id)).toEqual(['a', 'b', 'a-3', 'a-2', 'a-4', 'b-2']);
    expect(shared).toEqual(['a', 'b']);
  });

  it('keeps a renamed id within the 64 characters an id may have', () => {
    const long = 'x'.repeat(64);
    expect(unusedId(long, new Set([long]))).toBe(`${'x'.repeat(56)}-2`);
  });
});
