import type { FieldValue } from '../model/annotation';

/** A field value as one cell of text: a span reference by the id it points at, a date by its ISO value. */
export function fieldText(value: FieldValue): string {
  if (typeof value !== 'object') return String(value);
  return 'ref' in value ? value.ref : value.date;
}
