import type { ExchangeFormat, ExportSource, OutputPiece } from './bundle';
import { fieldText } from './field-text';

/** RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const row = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
const FIXED = ['document', 'id', 'type', 'set', 'start', 'end', 'fragments', 'text', 'before', 'after', 'note'];

/**
 * One row per annotation and a column per field of the schema, for
 * spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as UTF-8) and
 * CRLF line ends. Fields the schema does not define go in "other fields" as JSON.
 */
async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const fields = [...new Set(source.types.flatMap((type) => type.fields.map((field) => field.id)))];
  const known = new Set(fields);
  yield { path: '', data: `\uFEFF${row([...FIXED, ...fields, 'other fields'])}` };
  for await (const document of source.documents()) {
    const rows = document.annotations.map((a) => {
      const first = a.fragments[0];
      const last = a.fragments.at(-1);
      const other = Object.fromEntries(Object.entries(a.fields).filter(([id]) => !known.has(id)));
      return row([
        document.id,
        a.id,
        a.type,
        a.set,
        String(first?.start ?? ''),
        String(last?.end ?? ''),
        a.fragments.map((f) => `${f.start}-${f.end}`).join(';'),
        a.fragments.map((f) => f.exact).join(' … '),
        first?.prefix ?? '',
        last?.suffix ?? '',
        a.note ?? '',
        ...fields.map((id) => {
          const value = a.fields[id];
          return value === undefined ? '' : fieldText(value);
        }),
        Object.keys(other).length > 0 ? JSON.stringify(other) : '',
      ]);
    });
    if (rows.length > 0) yield { path: '', data: rows.join('') };
  }
}

export const csvFormat: ExchangeFormat = { name: 'csv', output: 'file', serialize };
