import { describe, expect, it } from 'vitest';
import { alignForAdjudication, goldCopy } from '../../../../core/agreement/adjudication';
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
});
