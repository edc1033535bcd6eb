import { describe, expect, it } from 'vitest';
import { adjudicationProgress, alignForAdjudication, goldCopy } from '../../../../core/agreement/adjudication';
import { ItemKeySchema } from '../../../../core/agreement/adjudication-file';
import type { FieldValue, StoredAnnotation } from '../../../../core/model/annotation';

const TEXT = 'The ferry board said the crossing will reopen on Monday after repairs to the ramp.';
let next = 0;
function tag(set: string, type: string, phrase: string, fields: Record<string, FieldValue> = {}): StoredAnnotation {
  const start = TEXT.indexOf(phrase);
  return { id: `n${next++}`, type, set, fragments: [{ start, end: start + phrase.length, exact: phrase, prefix: '', suffix: '' }], fields, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
}

describe('aligning sets for adjudication', () => {
  const alice = [tag('alice', 'claim', 'the crossing will reopen on Monday', { stance: 'supports' }), tag('alice', 'event', 'repairs to the ramp')];
  const bob = [tag('bob', 'quote', 'the crossing will reopen on Monday', { stance: 'opposes' }), tag('bob', 'actor', 'The ferry board')];

  it('aligns by span whatever the type, in reading order, marking type, field and missing differences', () => {
    const items = alignForAdjudication([...alice, ...bob], ['alice', 'bob'], 'gold');
    expect(items.map((item) => item.versions.map((version) => version?.fragments[0]?.exact))).toEqual([
      [undefined, 'The ferry board'],
      ['the crossing will reopen on Monday', 'the crossing will reopen on Monday'],
      ['repairs to the ramp', undefined],
    ]);
    expect(items[1]?.differences).toEqual({ missing: false, boundaries: false, type: true, fields: ['stance'] });
    expect(items[0]?.differences.missing).toBe(true);
  });

  it('marks boundaries that differ, and a field one version leaves empty', () => {
    const a = tag('alice', 'claim', 'the crossing will reopen', { stance: 'supports' });
    const b = tag('bob', 'claim', 'the crossing will reopen on Monday');
    const [item] = alignForAdjudication([a, b], ['alice', 'bob'], 'gold');
    expect(item?.differences).toEqual({ missing: false, boundaries: true, type: false, fields: ['stance'] });
  });

  it('shows what gold holds once decided, keeping the item’s key, and never needs the sources changed', () => {
    const before = alignForAdjudication([...alice, ...bob], ['alice', 'bob'], 'gold');
    const taken = goldCopy(alice[0] as StoredAnnotation, 'gold', 'g1', '2026-02-02T00:00:00.000Z');
    expect(taken).toMatchObject({ id: 'g1', set: 'gold', type: 'claim', fields: { stance: 'supports' } });
    const after = alignForAdjudication([...alice, ...bob, taken], ['alice', 'bob'], 'gold');
    expect(after.map((item) => item.key)).toEqual(before.map((item) => item.key));
    expect(after[1]?.gold?.id).toBe('g1');
    expect(after.filter((item) => item.gold)).toHaveLength(1);
  });

  /** An annotation of `set` over code points [start, end) of TEXT, with a fixed id. */
  const at = (id: string, set: string, start: number, end: number): StoredAnnotation => ({
    ...tag(set, 'claim', TEXT.slice(start, end)),
    id,
    fragments: [{ start, end, exact: TEXT.slice(start, end), prefix: '', suffix: '' }],
  });

  it('keeps every item’s key when a gold annotation overlaps another item’s version more than its own sources overlap', () => {
    // a1 and b1 share 6 code points, a2 and b1 only 4: one item "a1+b1" and one "a2".
    const sources = [at('a1', 'alice', 0, 14), at('a2', 'alice', 16, 30), at('b1', 'bob', 8, 20)];
    const before = alignForAdjudication(sources, ['alice', 'bob'], 'gold');
    expect(before.map((item) => item.key)).toEqual(['a1+b1', 'a2']);
    // The adjudicator widened the gold copy of a2 over most of b1: b1 stays with a1, the gold with a2.
    const after = alignForAdjudication([...sources, at('g2', 'gold', 8, 30)], ['alice', 'bob'], 'gold');
    expect(after.map((item) => [item.key, item.gold?.id])).toEqual([
      ['a1+b1', undefined],
      ['a2', 'g2'],
    ]);
  });

  it('gives the same keys whatever order the annotations come in, each a valid stored key', () => {
    // Two of alice's annotations start at the same code point: ties are broken by id, not by arrival.
    const all = [at('a1', 'alice', 4, 9), at('a0', 'alice', 4, 9), at('b1', 'bob', 4, 9), at('b2', 'bob', 20, 30), at('c1', 'carol', 22, 28), at('g1', 'gold', 50, 60)];
    const keys = alignForAdjudication(all, ['alice', 'bob', 'carol'], 'gold').map((item) => item.key);
    expect(keys).toEqual(['a0+b1', 'a1', 'b2+c1', 'g1']);
    for (const order of [[...all].reverse(), [all[3], all[1], all[5], all[0], all[4], all[2]]]) {
      expect(alignForAdjudication(order as StoredAnnotation[], ['alice', 'bob', 'carol'], 'gold').map((item) => item.key)).toEqual(keys);
    }
    for (const key of keys) expect(ItemKeySchema.safeParse(key).success).toBe(true);
  });

  it('counts an item decided when gold holds it or it was rejected, and nothing while fewer than two sets are there', () => {
    const sources = [...alice, ...bob];
    const keys = alignForAdjudication(sources, ['alice', 'bob'], 'gold').map((item) => item.key);
    expect(adjudicationProgress(sources, 'gold', new Set(), new Set())).toEqual({ sets: 2, items: 3, decided: 0 });
    const taken = goldCopy(alice[1] as StoredAnnotation, 'gold', 'g9', '2026-02-02T00:00:00.000Z');
    expect(adjudicationProgress([...sources, taken], 'gold', new Set(), new Set([keys[0] as string]))).toEqual({ sets: 2, items: 3, decided: 2 });
    // Bob left out: one set remains, nothing to adjudicate.
    expect(adjudicationProgress(sources, 'gold', new Set(['bob']), new Set())).toEqual({ sets: 1, items: 0, decided: 0 });
  });
});
