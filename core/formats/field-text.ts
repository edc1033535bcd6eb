import type { FieldValue } from '../model/annotation';

/** A field value as one cell of text: a span reference or an entity by the id it points at, a date by its ISO value. */
export function fieldText(value: FieldValue): string {
  if (typeof value !== 'object') return String(value);
  if ('ref' in value) return value.ref;
  return 'entity' in value ? value.entity : value.date;
}
