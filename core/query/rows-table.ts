import { csvCell } from '../formats/csv';
import type { LabelType } from '../model/label-types';
import type { QueryRow } from './query-rows';

const FIXED = ['document', 'title', 'outlet', 'published', 'date', 'id', 'type', 'set', 'start', 'end', 'text', 'note'] as const;

/** The field columns: every field of the schema's types, then any other field a row holds, each once. */
function fieldColumns(rows: readonly QueryRow[], types: readonly LabelType[]): string[] {
  const columns = new Set(types.flatMap((type) => type.fields.map((field) => field.id)));
  for (const row of rows) for (const id of Object.keys(row.fields)) columns.add(id);
  const used = new Set(rows.flatMap((row) => Object.keys(row.fields)));
  return [...columns].filter((id) => used.has(id));
}

function cells(row: QueryRow, fields: readonly string[]): string[] {
  const fixed = FIXED.map((column) => {
    const value = row[column];
    return value === null ? '' : String(value);
  });
  return [...fixed, ...fields.map((id) => row.fields[id] ?? '')];
}

/**
 * Query rows as CSV, as the CSV export writes it (UTF-8 with a byte-order
 * mark, CRLF, RFC 4180 quoting): the article's title, outlet and dates beside
 * the export's columns, and each field by its readable value.
 */
export function rowsToCsv(rows: readonly QueryRow[], types: readonly LabelType[]): string {
  const fields = fieldColumns(rows, types);
  const line = (values: readonly string[]) => `${values.map(csvCell).join(',')}\r\n`;
  return `\uFEFF${line([...FIXED, ...fields])}${rows.map((row) => line(cells(row, fields))).join('')}`;
}

/** Query rows as JSON Lines: one object per annotation, with its fields' readable values. */
export function rowsToJsonl(rows: readonly QueryRow[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

const TABLE_COLUMNS = ['published', 'title', 'type', 'set', 'start', 'end', 'text'] as const;
const WIDTH = { published: 10, title: 32, type: 8, set: 10, start: 6, end: 6, text: 60 } as const;

function fit(value: string, width: number): string {
  const flat = value.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > width ? `${chars.slice(0, width - 1).join('')}…` : flat.padEnd(width);
}

/** Query rows as a table for a terminal: one line each, long cells cut, fields after the text as key=value. */
export function rowsToTable(rows: readonly QueryRow[]): string {
  const header = TABLE_COLUMNS.map((column) => fit(column, WIDTH[column])).join('  ');
  const lines = rows.map((row) => {
    const fixed = TABLE_COLUMNS.map((column) => fit(String(row[column] ?? ''), WIDTH[column])).join('  ');
    const fields = Object.entries(row.fields).filter(([, value]) => value !== '').map(([id, value]) => `${id}=${value}`);
    return `${fixed}  ${fields.join('; ')}`.trimEnd();
  });
  return [header.trimEnd(), ...lines].join('\n');
}
