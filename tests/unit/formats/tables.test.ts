import { describe, expect, it } from 'vitest';
import { csvCell, csvFormat } from '../../../core/formats/csv';
import { jsonlFormat } from '../../../core/formats/jsonl';
import { sampleBundle } from '../../fixtures/formats/samples';
import { serializeToText } from './helpers';

/** A small RFC 4180 reader, enough to check what the writer produced. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else cell += c;
  }
  rows.pop();
  return rows;
}

describe('CSV export', () => {
  it.each([
    ['plain', 'plain'],
    ['a, comma', '"a, comma"'],
    ['a "quote"', '"a ""quote"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['🌊 e\u0301', '🌊 e\u0301'],
  ])('quotes %j as RFC 4180 asks', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('starts with a byte-order mark, ends rows with CRLF, and has a column per field', async () => {
    const text = await serializeToText(csvFormat, sampleBundle());
    expect(text.startsWith('\uFEFFdocument,id,type,set,start,end,fragments,text,before,after,note,speaker,')).toBe(true);
    const rows = readCsv(text.slice(1));
    const header = rows[0]!;
    expect(rows).toHaveLength(12);
    const row = (id: string, documentId: string) => Object.fromEntries(header.map((name, i) => [name, rows.find((r) => r[1] === id && r[0] === documentId)![i]]));
    expect(row('quote-1', 'lighthouse-emoji')).toMatchObject({ type: 'quote', speaker: 'src-1', kind: 'direct', note: 'emoji 🌊 in the note', text: '“fix it now,”' });
    expect(row('q-1', 'ferry-crlf')).toMatchObject({ text: 'it would drop two crossings.\r\nPassengers', note: 'spans a CRLF' });
    expect(row('claim-1', 'cafe-combining')).toMatchObject({ fragments: '0-11;84-96', text: 'Café owners … prices rose.' });
    expect(row('event-1', 'lighthouse-emoji')).toMatchObject({ date: '2026-03-01', 'event-type': 'statement', end: '110' });
  });
});

describe('JSON Lines export', () => {
  it('writes one annotation per line with document, offsets, fields and context', async () => {
    const lines = (await serializeToText(jsonlFormat, sampleBundle())).trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(11);
    expect(lines.find((l) => l['id'] === 'event-1')).toEqual({
      document: 'lighthouse-emoji',
      id: 'event-1',
      type: 'event',
      set: 'default',
      text: 'one wrote 🌊',
      start: 99,
      end: 110,
      fragments: [{ start: 99, end: 110, exact: 'one wrote 🌊' }],
      fields: { 'event-type': 'statement', date: { date: '2026-03-01', wording: 'last Sunday' } },
      context: { before: 'n 🔦 failed twice; “fix it now,” ', after: '' },
    });
  });

  it('writes nothing for an empty document', async () => {
    const bundle = { ...sampleBundle(), documents: sampleBundle().documents.slice(3) };
    expect(await serializeToText(jsonlFormat, bundle).catch(() => '')).toBe('');
  });
});
