import type { FieldValue } from '../model/annotation';
import type { LabelType } from '../model/label-types';
import { omitKey } from './omit-key';

export type SpanRef = { ref: string };
export type DateValue = { date: string; wording: string; reference?: string };

export function isSpanRef(value: FieldValue | undefined): value is SpanRef {
  return typeof value === 'object' && 'ref' in value;
}

export function isDateValue(value: FieldValue | undefined): value is DateValue {
  return typeof value === 'object' && 'date' in value;
}

/** A value as one line of text, for read-only display (removed fields, lists). */
export function describeValue(value: FieldValue): string {
  if (isSpanRef(value)) return `link to annotation ${value.ref}`;
  if (isDateValue(value)) return `${value.wording} (${value.date})`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/**
 * Values kept under ids the type no longer defines. They are never dropped:
 * a field removed from the schema by mistake can be added back with its data.
 */
export function removedFieldValues(
  type: LabelType | undefined,
  fields: Readonly<Record<string, FieldValue>>,
): [string, FieldValue][] {
  const defined = new Set(type?.fields.map((field) => field.id) ?? []);
  return Object.entries(fields).filter(([id]) => !defined.has(id));
}

/** The fields with one value set, or removed when `value` is undefined. */
export function withFieldValue(
  fields: Readonly<Record<string, FieldValue>>,
  id: string,
  value: FieldValue | undefined,
): Record<string, FieldValue> {
  return value === undefined ? omitKey(fields, id) : { ...fields, [id]: value };
}
