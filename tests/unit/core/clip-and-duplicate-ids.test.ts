import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { renumberDuplicates, unusedId, withFreshIds } from '../../../core/model/duplicate-ids';
import { VALID_ANNOTATION } from './stored-annotation-fixture';
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

describe('withFreshIds', () => {
  const annotation = (id: string, about?: string): StoredAnnotation => ({ ...VALID_ANNOTATION, id, fields: about ? { about: { ref: about } } : {} });

  it('gives ids the document uses new ones, and links to them follow', () => {
    const fresh = withFreshIds([annotation('q1', 's1'), annotation('s1')], new Set(['s1']));
    expect(fresh.map((a) => a.id)).toEqual(['q1', 's1-2']);
    expect(fresh[0]?.fields['about']).toEqual({ ref: 's1-2' });
  });

  it('gives two annotations that came with one id two ids, never the same new one', () => {
    const fresh = withFreshIds([annotation('a1'), annotation('a1'), annotation('a1')], new Set(['a1']));
    expect(fresh.map((a) => a.id)).toEqual(['a1-2', 'a1-3', 'a1-4']);
  });

  it('returns annotations whose ids are all free as they are', () => {
    const annotations = [annotation('q1', 's1'), annotation('s1')];
    expect(withFreshIds(annotations, new Set(['other']))).toEqual(annotations);
  });
});
