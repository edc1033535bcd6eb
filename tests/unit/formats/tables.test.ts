import { describe, expect, it } from 'vitest';
import { csvCell, csvFormat } from '../../../core/formats/csv';
import { jsonlFormat } from '../../../core/formats/jsonl';
import { sampleBundle } from '../../fixtures/formats/samples';
import { readCsv, serializeToText } from './helpers';

/** A row as column name → cell, found by annotation and document id. */
const rowOf = (rows: string[][]) => (id: string, documentId: string) => {
  const header = rows[0]!;
  const found = rows.find((r) => r[header.indexOf('id')] === id && r[header.indexOf('document_id')] === documentId)!;
  return Object.fromEntries(header.map((name, i) => [name, found[i]]));
};

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, comma', '"a, comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['two\r\nlines, "quoted"', '"two\\r\\nlines, ""quoted"""'],
    ['a \\ backslash\nthen a line', 'a \\\\ backslash\\nthen a line'],
    ['🌊 e\u0301', '🌊 e\u0301'],
  ])('quotes %j as RFC 4180 asks, with line breaks escaped', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with a byte-order mark, ends rows with CRLF, and has a column per field', async () => {
    const text = await serializeToText(csvFormat, sampleBundle());
    expect(text.startsWith('\uFEFFdocument,document_id,id,type,type_id,set,start,end,fragments,text,before,after,note,entity,entity_id,speaker,speaker_id,')).toBe(true);
    const rows = readCsv(text.slice(1));
    const header = rows[0]!;
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([header.length]));
    const row = rowOf(rows);
    expect(row('quote-1', 'lighthouse-emoji')).toMatchObject({ document: 'Lighthouse keepers warn of storms', type: 'Quote', type_id: 'quote', kind: 'direct', note: 'emoji 🌊 in the note', text: '“fix it now,”' });
    expect(row('claim-1', 'cafe-combining')).toMatchObject({ fragments: '0-11;84-96', text: 'Café owners … prices rose.' });
    expect(row('event-1', 'lighthouse-emoji')).toMatchObject({ date: '2026-03-01', date_wording: 'last Sunday', 'event-type': 'statement', end: '110' });
  });

  it('reads a link as the name it points at, with the id beside it', async () => {
    const row = rowOf(readCsv((await serializeToText(csvFormat, sampleBundle())).slice(1)));
    // A speaker linked to an entity, a speaker linked to a Source span, a claimant linked to an Actor span.
    expect(row('q-1', 'ferry-crlf')).toMatchObject({ speaker: 'Strait Ferry Company', speaker_id: 'ferry-co' });
    expect(row('quote-1', 'lighthouse-emoji')).toMatchObject({ speaker: 'The keepers 👩‍🚒', speaker_id: 'src-1' });
    expect(row('claim-1', 'cafe-combining')).toMatchObject({ claimant: 'cafe\u0301', claimant_id: 'actor-1' });
    // An Actor span that names the entity.
    expect(row('a-1', 'ferry-crlf')).toMatchObject({ entity: 'Strait Ferry Company', entity_id: 'ferry-co' });
  });

  it('puts no raw line break in any cell, and the escaping gives the exact text back', async () => {
    const text = (await serializeToText(csvFormat, sampleBundle())).slice(1);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(12);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
    const unescape = (cell: string) => cell.replace(/\\([\\rn])/g, (_m, c: string) => (c === 'r' ? '\r' : c === 'n' ? '\n' : '\\'));
    expect(unescape(rowOf(readCsv(text))('q-1', 'ferry-crlf')['text']!)).toBe('it would drop two crossings.\r\nPassengers');
  });
});

describe('JSON Lines export', () => {
  it('writes one annotation per line with document, offsets, fields and context', async () => {
    const lines = (await serializeToText(jsonlFormat, sampleBundle())).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l['id'] === 'event-1')).toEqual({
      document: 'lighthouse-emoji',
      document_title: 'Lighthouse keepers warn of storms',
      id: 'event-1',
      type: 'event',
      type_name: 'Event',
      set: 'default',
      text: 'one wrote 🌊',
      start: 99,
      end: 110,
      fragments: [{ start: 99, end: 110, exact: 'one wrote 🌊' }],
      fields: { 'event-type': 'statement', date: { date: '2026-03-01', wording: 'last Sunday' } },
      context: { before: 'n 🔦 failed twice; “fix it now,” ', after: '' },
    });
  });

  it('gives every value of a field one shape: a link is {text, id, link} whether it points at an entity, a span or nothing', async () => {
    const bundle = sampleBundle();
    const lighthouse = bundle.documents[0]!;
    const freeText = { ...lighthouse.annotations[1]!, id: 'quote-2', fields: { speaker: 'a keeper', kind: 'direct' } };
    const withFreeText = { ...bundle, documents: [{ ...lighthouse, annotations: [...lighthouse.annotations, freeText] }, ...bundle.documents.slice(1)] };
    const lines = (await serializeToText(jsonlFormat, withFreeText)).trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string; fields: Record<string, unknown>; entity?: unknown });
    const speakerOf = (id: string) => lines.find((l) => l.id === id)!.fields['speaker'];
    expect(speakerOf('quote-1')).toEqual({ text: 'The keepers 👩‍🚒', id: 'src-1', link: 'annotation' });
    expect(speakerOf('q-1')).toEqual({ text: 'Strait Ferry Company', id: 'ferry-co', link: 'entity' });
    expect(speakerOf('quote-2')).toEqual({ text: 'a keeper', id: null, link: null });
    expect(lines.find((l) => l.id === 'a-1')!.entity).toEqual({ text: 'Strait Ferry Company', id: 'ferry-co', link: 'entity' });
  });

  it('writes nothing for an empty document', async () => {
    const bundle = { ...sampleBundle(), documents: sampleBundle().documents.slice(3) };
    expect(await serializeToText(jsonlFormat, bundle).catch(() => '')).toBe('');
  });
});
