import type { FieldValue, Fragment, StoredAnnotation } from './annotation';
import { SAFE_ID_PATTERN, TimestampSchema } from './ids';
import { LIMITS } from './limits';

/**
 * A plain-code twin of StoredAnnotationSchema that only says yes or "ask zod".
 *
 * A workspace holds annotations by the hundred thousand, and zod spends most
 * of an open or an import walking them (a check wrapper per string, a copy
 * per object, a refine per fragment). This function answers true only for a
 * value zod would accept *unchanged*: exactly the schema's keys, every limit
 * met. Anything else, including what zod would accept after stripping a key,
 * answers false, and the caller then runs zod, so every refusal still gets
 * zod's message. The schema stays the one definition (and the published JSON
 * Schema); tests/unit/core/annotation-check.test.ts holds the two together.
 */
export function isStoredAnnotation(value: unknown): value is StoredAnnotation {
  if (!isPlainObject(value)) return false;
  const { id, type, set, fragments, fields, note, entity, created, modified } = value;
  const keys = 7 + (note === undefined ? 0 : 1) + (entity === undefined ? 0 : 1);
  return (
    Object.keys(value).length === keys &&
    isSafeId(id) &&
    typeof type === 'string' &&
    LABEL_TYPE_ID_PATTERN.test(type) &&
    isString(set, 1, LIMITS.name) &&
    Array.isArray(fragments) &&
    fragments.length >= 1 &&
    fragments.length <= LIMITS.fragments &&
    fragments.every(isFragment) &&
    isFields(fields) &&
    (note === undefined || isString(note, 0, LIMITS.note)) &&
    (entity === undefined || isSafeId(entity)) &&
    isTimestamp(created) &&
    isTimestamp(modified)
  );
}

/** Lives here rather than in annotation.ts so both the schema and this check use the one pattern. */
export const LABEL_TYPE_ID_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;

/** The pattern zod builds for `z.iso.datetime({ offset: true })`, read from the schema itself so the two cannot differ. */
const TIMESTAMP_PATTERN: RegExp = TimestampSchema._zod.pattern;

function isFragment(value: unknown): value is Fragment {
  if (!isPlainObject(value)) return false;
  const { start, end, exact, prefix, suffix } = value;
  return (
    Object.keys(value).length === 5 &&
    isOffset(start) &&
    isOffset(end) &&
    // FragmentSchema's refine: a fragment must not be empty.
    end > start &&
    isString(exact, 1, LIMITS.quote) &&
    isString(prefix, 0, LIMITS.context) &&
    isString(suffix, 0, LIMITS.context)
  );
}

function isFields(value: unknown): value is Record<string, FieldValue> {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    // zod's record would set the prototype from this key; let zod decide what it means.
    if (key.length > LIMITS.name || key === '__proto__' || !isFieldValue(value[key])) return false;
  }
  return true;
}

/** The union's options in FieldValueSchema's order; an object must hold exactly one option's keys. */
function isFieldValue(value: unknown): value is FieldValue {
  switch (typeof value) {
    case 'string':
      return value.length <= LIMITS.fieldText;
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    default: {
      if (!isPlainObject(value)) return false;
      const keys = Object.keys(value).length;
      if (keys === 1 && 'ref' in value) return isSafeId(value['ref']);
      if (keys === 1 && 'entity' in value) return isSafeId(value['entity']);
      // A date: its ISO value and wording, and since relative dates count from the article, the day they counted from.
      const reference = value['reference'];
      const withReference = reference === undefined ? 2 : isString(reference, 0, LIMITS.name) ? 3 : -1;
      return keys === withReference && isString(value['date'], 0, LIMITS.name) && isString(value['wording'], 0, LIMITS.fieldText);
    }
  }
}

export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID_PATTERN.test(value);
}

/** z.int().nonnegative(): a safe integer, zero or more. */
export function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isString(value: unknown, min: number, max: number): value is string {
  return typeof value === 'string' && value.length >= min && value.length <= max;
}

/** TimestampSchema (z.iso.datetime with an offset): its own pattern. */
export function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && TIMESTAMP_PATTERN.test(value);
}

/** What JSON.parse makes of `{...}`: anything with another prototype goes to zod. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
