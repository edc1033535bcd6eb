import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../../core/entities/alias-key';
import { AnnotationIndex, markTextHits } from '../../../core/query/annotation-index';
import { answerQuery } from '../../../core/query/query-rows';
import { annotation, sampleIndex } from './fixture';

/** Words an analyst might mark, with what makes folding hard: accents, line breaks, spaces at the ends, quotation marks, a NUL. */
const WORDS = ['  Tolls RISE  ', 'Vargová said\n\nno', '“The work cannot wait”', 'Ёлкина', 'straße', 'a\u0000b', 'wait… later', 'Half‐term'];
const QUERIES = ['tolls rise', 'vargova said no', '“the work', 'елкина', 'strasse', 'straße', 'a\u0000b', 'wait', 'half-term', 'rise vargova', 'said no “the', 'e  w'];

describe('the annotation index', () => {
  it('finds a text in exactly the rows whose own words or note hold it, however a document\'s rows are joined', () => {
    for (const withNul of [false, true]) {
      const words = WORDS.filter((w) => withNul || !w.includes('\u0000'));
      const index = new AnnotationIndex();
      index.setDocument({ id: 'd', title: 'Desk notes', outlet: null, published: '2026-03-02' }, words.map((w, i) => annotation(`a${i}`, 'quote', i * 40, w, {}, i % 2 ? { note: `note ${i}` } : {})));
      const [rows] = index.inOrder();
      if (!rows) throw new Error('no document');
      const hits = new Uint8Array(rows.rows.length);
      for (const query of QUERIES) {
        markTextHits(rows, aliasKey(query), hits);
        const expected = rows.rows.map((row) => {
          const text = row.annotation.fragments.map((f) => f.exact).join(' … ');
          return aliasKey(row.annotation.note ? `${text}\n${row.annotation.note}` : text).includes(aliasKey(query)) ? 1 : 0;
        });
        expect([...hits], `${JSON.stringify(query)} ${withNul ? 'with' : 'without'} a NUL`).toEqual(expected);
      }
    }
  });

  it('answers a text query the same before and after its words are folded ahead of time', () => {
    const { index, context } = sampleIndex();
    const before = answerQuery({ text: 'STRIKE' }, context, index).rows.map((row) => row.id);
    const fresh = sampleIndex();
    expect(fresh.index.foldSome(1)).toBe(true);
    expect(fresh.index.foldSome(10)).toBe(false);
    expect(answerQuery({ text: 'STRIKE' }, fresh.context, fresh.index).rows.map((row) => row.id)).toEqual(before);
    expect(before).toEqual(['f-quote']);
  });

  it('takes a save into its document alone: the others keep their rows, the saved one is in reading order with its new links and words', () => {
    const { index, context } = sampleIndex();
    const [harbour, ferry, undated] = index.inOrder();
    index.applyChanges('ferry', {
      upsert: [annotation('f-early', 'quote', 2, 'Timetables are posted weekly', { speaker: { entity: 'e-okafor' } })],
      remove: ['f-quote'],
    });
    const [harbourAfter, ferryAfter, undatedAfter] = index.inOrder();
    expect(harbourAfter).toBe(harbour);
    expect(undatedAfter).toBe(undated);
    expect(ferryAfter).not.toBe(ferry);
    expect(ferryAfter?.rows.map((row) => row.annotation.id)).toEqual(['f-early', 'f-quote2']);
    expect([...(ferryAfter?.byType.get('quote') ?? [])]).toEqual([0, 1]);
    expect(answerQuery({ types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['h-quote', 'f-early', 'f-quote2', 'u-quote']);
    expect(answerQuery({ entity: 'Okafor', types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['f-early', 'f-quote2']);
    expect(answerQuery({ text: 'posted weekly' }, context, index).rows.map((row) => row.id)).toEqual(['f-early']);
    expect(answerQuery({ text: 'no ferry' }, context, index).total).toBe(0);
  });

  it('remakes a saved document\'s rows once, when they are next read, and every reader sees the save', () => {
    const { index } = sampleIndex();
    const [, ferry] = index.inOrder();
    const early = annotation('f-early', 'quote', 2, 'Timetables are posted weekly', {});
    index.applyChanges('ferry', { upsert: [early], remove: [] });
    index.applyChanges('ferry', { upsert: [], remove: ['f-quote'] });
    // Two saves, nothing read in between: the rows are not yet made again.
    expect(index.annotationsOf('ferry')?.map((a) => a.id)).toEqual(['f-early', 'f-quote2']);
    const [, ferryAfter] = index.inOrder();
    expect(ferryAfter).not.toBe(ferry);
    expect(index.inOrder()[1]).toBe(ferryAfter);
  });

  it('follows a span link to the entity its target names now, after the target alone was saved', () => {
    const { index, context } = sampleIndex();
    expect(answerQuery({ entity: 'Okafor', entityRole: 'key', types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['f-quote2']);
    const actor = index.annotation('harbour', 'h-actor');
    if (!actor) throw new Error('no actor');
    index.applyChanges('harbour', { upsert: [{ ...actor, entity: 'e-okafor' }], remove: [] });
    expect(answerQuery({ entity: 'Okafor', entityRole: 'key', types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['h-quote', 'f-quote2']);
  });
});
