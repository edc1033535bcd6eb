import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { FieldKind, LabelType } from '../model/label-types';
import type { ExchangeFormat, ExportSource, OutputPiece } from './bundle';
import { quotedText, readableValue, valueContexts, type ValueContext } from './field-text';

/**
 * A cell with no raw line break: a backslash is doubled and CR and LF become
 * `\r` and `\n` (the escaping PostgreSQL's text COPY uses), so every row is
 * one line in any spreadsheet and the exact text can still be recovered.
 */
function escapeLineBreaks(value: string): string {
  return value.replace(/[\\\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\r' ? '\\r' : '\\n'));
}

/** Any character a cell must escape or be quoted for. */
const SPECIAL = /[\\\r\n",]/;

/** RFC 4180: a cell holding a comma or a quote is quoted, its quotes doubled (line breaks are escaped first). */
export function csvCell(value: string): string {
  // Most cells (ids, offsets, labels, short words) need neither: one scan, and the cell as it is.
  if (!SPECIAL.test(value)) return value;
  const cell = escapeLineBreaks(value);
  return /[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const row = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;
const FIXED = ['document', 'document_id', 'id', 'type', 'type_id', 'set', 'start', 'end', 'fragments', 'text', 'before', 'after', 'note', 'entity', 'entity_id'];

/** A field's columns: its readable value, then the id a link points at (`speaker_id`) or a date's wording (`date_wording`). */
interface FieldColumns {
  id: string;
  linkId: boolean;
  wording: boolean;
}

function fieldColumns(types: readonly LabelType[]): FieldColumns[] {
  const kinds = new Map<string, Set<FieldKind>>();
  for (const field of types.flatMap((type) => type.fields)) kinds.set(field.id, (kinds.get(field.id) ?? new Set()).add(field.kind));
  return [...kinds].map(([id, kind]) => ({ id, linkId: kind.has('span'), wording: kind.has('date') }));
}

const headerOf = (columns: readonly FieldColumns[]) =>
  columns.flatMap(({ id, linkId, wording }) => [id, ...(linkId ? [`${id}_id`] : []), ...(wording ? [`${id}_wording`] : [])]);

/** A value's cells; a value whose shape has no column for its id or wording (not what the schema says) also goes to "other fields". */
function fieldCells(column: FieldColumns, value: FieldValue | undefined, context: ValueContext, other: Record<string, FieldValue>): string[] {
  const readable = value === undefined ? null : readableValue(value, context);
  if (value !== undefined && ((readable?.id !== null && !column.linkId) || (readable?.wording !== null && !column.wording))) other[column.id] = value;
  return [readable?.text ?? '', ...(column.linkId ? [readable?.id ?? ''] : []), ...(column.wording ? [readable?.wording ?? ''] : [])];
}

/**
 * One row per annotation and columns per field of the schema, for
 * spreadsheets: UTF-8 with a byte-order mark (so Excel reads it as UTF-8) and
 * CRLF line ends. Each link reads as a name (the entity's, or the linked
 * annotation's words) with its id in the next column; a date gives its ISO
 * value and its wording; the document its title and id. Fields the schema
 * does not define go in "other fields" as JSON.
 */
async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const columns = fieldColumns(source.types);
  const known = new Set(columns.map((column) => column.id));
  const typeNames = new Map(source.types.map((type) => [type.id, type.name]));
  const contextOf = valueContexts(source.entities ?? []);
  yield { path: '', data: `\uFEFF${row([...FIXED, ...headerOf(columns), 'other fields'])}` };
  for await (const document of source.documents()) {
    const context = contextOf(document);
    const rows = document.annotations.map((a: StoredAnnotation) => {
      const first = a.fragments[0];
      const last = a.fragments.at(-1);
      const other = Object.fromEntries(Object.entries(a.fields).filter(([id]) => !known.has(id)));
      const mention = a.entity !== undefined ? readableValue({ entity: a.entity }, context) : null;
      const cells = columns.flatMap((column) => fieldCells(column, a.fields[column.id], context, other));
      return row([
        document.metadata.title,
        document.id,
        a.id,
        typeNames.get(a.type) ?? a.type,
        a.type,
        a.set,
        String(first?.start ?? ''),
        String(last?.end ?? ''),
        a.fragments.map((f) => `${f.start}-${f.end}`).join(';'),
        quotedText(a),
        first?.prefix ?? '',
        last?.suffix ?? '',
        a.note ?? '',
        mention?.text ?? '',
        mention?.id ?? '',
        ...cells,
        Object.keys(other).length > 0 ? JSON.stringify(other) : '',
      ]);
    });
    if (rows.length > 0) yield { path: '', data: rows.join('') };
  }
}

export const csvFormat: ExchangeFormat = { name: 'csv', output: 'file', serialize };
