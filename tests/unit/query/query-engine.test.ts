import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../../core/query/query-rows';
import type { Query } from '../../../core/query/query';
import { rowsToCsv, rowsToJsonl } from '../../../core/query/rows-table';
import { countBy, entityNetwork, timelineMarks, weekOf } from '../../../core/query/pictures';
import { annotation, sampleIndex } from './fixture';

const ids = (query: Query) => {
  const { index, context } = sampleIndex();
  return answerQuery(query, context, index).rows.map((row) => row.id);
};

describe('query engine: filters', () => {
  it('lists every annotation, articles by publication day (undated last), each in reading order', () => {
    expect(ids({})).toEqual(['h-actor', 'h-quote', 'h-event', 'h-claim', 'f-quote', 'f-quote2', 'u-quote']);
  });

  it('finds every quote by one person across articles through an alias, whether linked directly or through a speaker span', () => {
    expect(ids({ types: ['quote'], entity: 'vargova' })).toEqual(['h-quote', 'f-quote']);
    expect(ids({ types: ['quote'], entity: 'Harbour Minister' })).toEqual(['h-quote', 'f-quote']);
  });

  it('finds only what the person says, acts or claims with the key-field role, not what is said to or about them', () => {
    const { index, context } = sampleIndex();
    index.applyChanges('ferry', { upsert: [annotation('f-quote4', 'quote', 120, 'The minister must answer', { speaker: 'Okafor', addressee: { entity: 'e-varga' } })], remove: [] });
    const quotes = (query: Query) => answerQuery({ types: ['quote'], ...query }, context, index).rows.map((row) => row.id);
    expect(quotes({ entity: 'Vargova' })).toEqual(['h-quote', 'f-quote', 'f-quote4']);
    expect(quotes({ entity: 'Vargova', entityRole: 'key' })).toEqual(['h-quote', 'f-quote']);
    expect(quotes({ entity: 'Okafor', entityRole: 'key' })).toEqual(['f-quote2', 'f-quote4']);
  });

  it('finds an entity named in free text by any of its names, and a merged id as the entity it went into', () => {
    expect(ids({ entity: 'Okafor' })).toEqual(['h-claim', 'f-quote2']);
    const { index, context } = sampleIndex();
    const merged = { ...context, entities: [{ ...context.entities[0]!, mergedIds: ['e-aldren'] }, context.entities[1]!] };
    expect(answerQuery({ entity: 'Vargova', types: ['event'] }, merged, index).rows.map((row) => row.id)).toEqual(['h-event']);
  });

  it('filters by type, set, document, outlet and text in the span or the note, ignoring case and accents', () => {
    expect(ids({ set: 'maria' })).toEqual(['f-quote2']);
    expect(ids({ document: 'ferry timetable' })).toEqual(['f-quote', 'f-quote2']);
    expect(ids({ outlet: 'courier', types: ['claim', 'event'] })).toEqual(['h-event', 'h-claim']);
    expect(ids({ text: 'UNION figures' })).toEqual(['h-claim']);
    expect(ids({ text: 'vargova' })).toEqual(['h-actor']);
  });

  it('filters by a field value as read: a choice, an entity by its name, a linked span by what it names', () => {
    expect(ids({ fields: [{ key: 'stance', value: 'opposes' }] })).toEqual(['h-claim']);
    expect(ids({ fields: [{ key: 'Location', value: 'aldren' }] })).toEqual(['h-event']);
    expect(ids({ fields: [{ key: 'speaker', value: 'ilona' }] })).toEqual(['h-quote', 'f-quote']);
  });

  it('takes a date range on the event date (publication date where there is none), or on the publication date', () => {
    expect(ids({ from: '2026-02-20', to: '2026-02-28' })).toEqual(['h-event']);
    expect(ids({ from: '2026-03-01', to: '2026-03-05' })).toEqual(['h-actor', 'h-quote', 'h-claim']);
    expect(ids({ from: '2026-03-01', to: '2026-03-05', dateBasis: 'published' })).toEqual(['h-actor', 'h-quote', 'h-event', 'h-claim']);
    expect(ids({ from: '2026-03' })).toEqual(['h-actor', 'h-quote', 'h-claim', 'f-quote', 'f-quote2']);
  });
});

describe('query engine: rows and updates', () => {
  it('reads each field as words: the linked speaker by its entity, a location by name, a date by its day', () => {
    const { index, context } = sampleIndex();
    const rows = answerQuery({}, context, index).rows;
    const quote = rows.find((row) => row.id === 'h-quote')!;
    expect(quote).toMatchObject({ document: 'harbour', title: 'Harbour strike enters second week', published: '2026-03-02', type: 'quote', start: 20, end: 53, text: 'The harbour will reopen on Monday' });
    expect(quote.fields).toEqual({ speaker: 'Ilona Vargaová', kind: 'direct' });
    expect(rows.find((row) => row.id === 'h-event')).toMatchObject({ date: '2026-02-23', fields: { location: 'Port Aldren', date: '2026-02-23' } });
  });

  it('counts every match while reading out only the first rows asked for', () => {
    const { index, context } = sampleIndex();
    const answer = answerQuery({ types: ['quote'] }, context, index, 2);
    expect(answer.total).toBe(4);
    expect(answer.rows.map((row) => row.id)).toEqual(['h-quote', 'f-quote']);
  });

  it('follows a save by its changes: an added quote is found, a removed one is gone, a changed one is found by its new words', () => {
    const { index, context } = sampleIndex();
    index.applyChanges('ferry', {
      upsert: [annotation('f-quote3', 'quote', 5, 'Talks resume at noon', { speaker: { entity: 'e-varga' } }), annotation('f-quote2', 'quote', 70, 'We were consulted late')],
      remove: ['f-quote'],
    });
    expect(answerQuery({ entity: 'Vargova', types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['h-quote', 'f-quote3']);
    expect(answerQuery({ text: 'consulted late' }, context, index).rows.map((row) => row.id)).toEqual(['f-quote2']);
    expect(index.size).toBe(7);
  });

  it('answers again as things now are after rows were read out: a relinked span, a renamed entity, a retitled article', () => {
    const { index, context } = sampleIndex();
    const speaker = () => answerQuery({ types: ['quote'], document: 'harbour' }, context, index).rows.map((row) => `${row.title}: ${row.fields['speaker']}`);
    expect(speaker()).toEqual(['Harbour strike enters second week: Ilona Vargaová']);
    // The quote itself is not saved again: only the actor span its speaker field links to.
    index.applyChanges('harbour', { upsert: [annotation('h-actor', 'actor', 0, 'Vargová', {}, { entity: 'e-okafor' })], remove: [] });
    expect(speaker()).toEqual(['Harbour strike enters second week: Chidi Okafor']);
    expect(answerQuery({ entity: 'Okafor', types: ['quote'] }, context, index).rows.map((row) => row.id)).toEqual(['h-quote', 'f-quote2']);
    context.entities = context.entities.map((entity) => (entity.id === 'e-okafor' ? { ...entity, name: 'Chidi Okafor-Ade' } : entity));
    index.describeDocument({ id: 'harbour', title: 'Harbour strike: day eight', outlet: 'Coastal Courier', published: '2026-03-02' });
    expect(speaker()).toEqual(['Harbour strike: day eight: Chidi Okafor-Ade']);
  });

  it('keeps the reading order when a query names several types', () => {
    expect(ids({ types: ['claim', 'quote'] })).toEqual(['h-quote', 'h-claim', 'f-quote', 'f-quote2', 'u-quote']);
  });

  it('writes rows as CSV (BOM, CRLF, quoted cells, a column per field) and as JSON Lines', () => {
    const { index, context } = sampleIndex();
    const rows = answerQuery({ types: ['quote'], entity: 'Vargova' }, context, index).rows;
    const csv = rowsToCsv(rows, context.types);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('document,title,outlet,published,date,id,type,set,start,end,text,note,speaker,kind');
    expect(lines[1]).toBe('harbour,Harbour strike enters second week,Coastal Courier,2026-03-02,2026-03-02,h-quote,quote,default,20,53,The harbour will reopen on Monday,,Ilona Vargaová,direct');
    expect(rowsToJsonl(rows).trim().split('\n').map((line) => JSON.parse(line).fields.speaker)).toEqual(['Ilona Vargaová', 'Ilona Vargaová']);
  });
});

describe('pictures from a query', () => {
  it('marks the timeline by type and day, an event on its own date and a quote on its article\'s', () => {
    const { index, context } = sampleIndex();
    const rows = answerQuery({ types: ['event', 'quote'] }, context, index).rows;
    expect(timelineMarks(rows).map((mark) => `${mark.day} ${mark.type} ×${mark.rows.length}`)).toEqual([
      '2026-02-23 event ×1',
      '2026-03-02 quote ×1',
      '2026-03-09 quote ×2',
    ]);
  });

  it('joins the entities one annotation links to, weighted by how many do', () => {
    const { index, context } = sampleIndex();
    index.applyChanges('ferry', { upsert: [annotation('f-claim', 'claim', 90, 'the minister misled the port', { claimant: { entity: 'e-okafor' } }, { entity: 'e-varga' })], remove: [] });
    index.applyChanges('harbour', { upsert: [annotation('h-claim2', 'claim', 150, 'she misled them twice', { claimant: { entity: 'e-okafor' } }, { entity: 'e-varga' })], remove: [] });
    const rows = answerQuery({}, context, index).rows;
    const { nodes, edges } = entityNetwork(rows);
    expect(nodes.map((node) => `${node.name} ${node.count}`).sort()).toEqual(['Chidi Okafor 3', 'Ilona Vargaová 5', 'Port Aldren 1']);
    expect(edges.map((edge) => `${edge.source}–${edge.target} ${edge.rows.map((i) => rows[i]!.id).join(',')}`)).toEqual(['e-okafor–e-varga h-claim2,f-claim']);
  });

  it('counts per outlet and per week, by type', () => {
    const { index, context } = sampleIndex();
    const rows = answerQuery({}, context, index).rows;
    expect(countBy(rows, (row) => (row.outlet ? [row.outlet] : []))).toEqual([
      { key: 'Coastal Courier', total: 4, byType: { actor: 1, quote: 1, event: 1, claim: 1 } },
      { key: 'Aldren Herald', total: 2, byType: { quote: 2 } },
    ]);
    expect(countBy(rows, (row) => (row.date ? [weekOf(row.date)] : [])).map((count) => `${count.key} ${count.total}`)).toEqual(['2026-03-02 3', '2026-03-09 2', '2026-02-23 1']);
  });
});
