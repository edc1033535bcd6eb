import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { FieldKind, LabelType } from '../model/label-types';
import type { ExchangeFormat, ExportSource, OutputPiece } from './bundle';
import { quotedText, readableValue, valueContexts, type ValueContext } from './field-text';

type LinkValue = { text: string; id: string | null; link: 'entity' | 'annotation' | null };
type DateValue = { date: string | null; wording: string };
type JsonlValue = string | number | boolean | LinkValue | DateValue;

/**
 * A field value in the one shape its field's kind has, whatever the analyst
 * stored: a span field is always `{text, id, link}` (a free-text speaker has
 * id and link null), a date field always `{date, wording}` (a date typed as
 * plain text has date null). Other kinds keep their value; a field the
 * schema does not define keeps the shape of its value.
 */
function jsonlValue(kind: FieldKind | undefined, value: FieldValue, context: ValueContext): JsonlValue {
  const readable = readableValue(value, context);
  const asDate = readable.wording !== null;
  if (kind === 'span' || (kind === undefined && readable.link !== null)) return { text: readable.text, id: readable.id, link: readable.link };
  if (kind === 'date' || (kind === undefined && asDate)) return asDate ? { date: readable.text, wording: readable.wording ?? '' } : { date: null, wording: readable.text };
  if (kind === 'number' || kind === 'boolean' || kind === undefined) return typeof value === 'object' ? readable.text : value;
  return readable.text;
}

/**
 * One JSON object per line and per annotation, for scripts and notebooks:
 * where it is (document id and title, code-point offsets), what it says, the
 * readable value of every field, and the context on either side. Export
 * only: it does not carry the texts.
 */
async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const types = new Map(source.types.map((type) => [type.id, type]));
  const contextOf = valueContexts(source.entities ?? []);
  for await (const document of source.documents()) {
    const context = contextOf(document);
    const lines = document.annotations.map((annotation) => {
      const first = annotation.fragments[0];
      const last = annotation.fragments.at(-1);
      return `${JSON.stringify({
        document: document.id,
        document_title: document.metadata.title,
        id: annotation.id,
        type: annotation.type,
        type_name: types.get(annotation.type)?.name ?? annotation.type,
        set: annotation.set,
        text: quotedText(annotation),
        start: first?.start,
        end: last?.end,
        fragments: annotation.fragments.map(({ start, end, exact }) => ({ start, end, exact })),
        fields: jsonlFields(annotation, types.get(annotation.type), context),
        ...(annotation.entity !== undefined ? { entity: jsonlValue('span', { entity: annotation.entity }, context) } : {}),
        ...(annotation.note !== undefined ? { note: annotation.note } : {}),
        context: { before: first?.prefix ?? '', after: last?.suffix ?? '' },
      })}\n`;
    });
    // Each line its own string, not joined: see OutputPiece.
    if (lines.length > 0) yield { path: '', data: lines };
  }
}

function jsonlFields(annotation: StoredAnnotation, type: LabelType | undefined, context: ValueContext): Record<string, JsonlValue> {
  const kinds = new Map(type?.fields.map((field) => [field.id, field.kind]));
  return Object.fromEntries(Object.entries(annotation.fields).map(([id, value]) => [id, jsonlValue(kinds.get(id), value, context)]));
}

export const jsonlFormat: ExchangeFormat = { name: 'jsonl', output: 'file', serialize };
