import { z } from 'zod';
import { isOffset, isPlainObject, isSafeId, isTimestamp } from '../model/annotation-check';
import { SafeIdSchema, TimestampSchema } from '../model/ids';
import { ok, type Result } from '../result';
import { parseUnknown } from '../validation/parse-unknown';

/**
 * One value or a list of them, the array first (Gloss and most tools write
 * arrays; a union tries its options in order). Left as it is rather than
 * transformed: a transform takes the whole annotation off zod's fast path
 * and doubled the time of reading a hundred thousand. `list` evens it out.
 */
const oneOrMany = <S extends z.ZodType>(schema: S) => z.union([z.array(schema), schema]);
export const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

// Plain objects: only the keys named are read, so the others need not be copied.
// A key added to one of these must be added to isW3cAnnotation below, which lets unknown keys through.
const SelectorSchema = z.object({
  type: z.string(),
  exact: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
});
const TargetSchema = z.object({ source: z.string(), selector: oneOrMany(SelectorSchema) });
const W3cBodySchema = z.object({
  type: z.string().optional(),
  purpose: z.string().optional(),
  value: z.string().optional(),
  source: z.string().optional(),
  'gloss:field': z.string().optional(),
  'gloss:value': z.unknown().optional(),
  /** A tagging body's type id, beside the type's name in `value`. */
  'gloss:type': z.string().optional(),
  /** The entity an identifying body names (the annotation's words name it). */
  'gloss:entity': SafeIdSchema.optional(),
});
export const W3cAnnotationSchema = z.object({
  id: z.string().min(1),
  type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'), 'type must include "Annotation"')]),
  body: oneOrMany(W3cBodySchema).optional(),
  target: oneOrMany(TargetSchema),
  created: TimestampSchema.optional(),
  modified: TimestampSchema.optional(),
  /** Any shape the data model allows; only a name is read from it (the set, when `gloss:set` is absent). */
  creator: z.unknown().optional(),
  'gloss:set': z.string().min(1).optional(),
});
export type W3cAnnotation = z.infer<typeof W3cAnnotationSchema>;
export type W3cBody = z.infer<typeof W3cBodySchema>;

/**
 * One item of a W3C file as the importer reads it. zod walking a hundred
 * thousand items, and collecting the copies it makes, took about 0.3 s of a
 * 4 s import, so a plain-code check comes first, as for stored annotations
 * (core/model/annotation-check.ts).
 */
export function parseW3cItem(item: unknown): Result<W3cAnnotation, string> {
  return isW3cAnnotation(item) ? ok(item) : parseUnknown(W3cAnnotationSchema, item);
}

/**
 * True only when zod would accept the item and keep every value it reads as
 * it is. Unlike the stored-annotation check, other keys are allowed: every
 * W3C file has some (`@context`, `motivation`), zod's plain objects would only
 * drop them, and nothing here reads them. Anything else answers false, so zod
 * runs and gives its message. tests/unit/formats/w3c-item.test.ts holds the
 * check and the schema together.
 */
export function isW3cAnnotation(value: unknown): value is W3cAnnotation {
  if (!isPlainObject(value)) return false;
  const { id, type, body, target, created, modified } = value;
  const set = value['gloss:set'];
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    (type === 'Annotation' || (Array.isArray(type) && everyOne(type, (t) => typeof t === 'string') && type.includes('Annotation'))) &&
    (body === undefined || isOneOrMany(body, isBody)) &&
    isOneOrMany(target, isTarget) &&
    isOptionalDatetime(created) &&
    isOptionalDatetime(modified) &&
    (set === undefined || (typeof set === 'string' && set.length > 0))
  );
}

/** The union's order: an array must hold only valid items (zod then tries the lone item, which an array never is). */
function isOneOrMany(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) ? everyOne(value, check) : check(value);
}

/** Array.every skips the holes of a sparse array, where zod sees `undefined`; this looks at every index. */
function everyOne(values: readonly unknown[], check: (item: unknown) => boolean): boolean {
  for (let i = 0; i < values.length; i++) if (!check(values[i])) return false;
  return true;
}

function isTarget(value: unknown): boolean {
  return isPlainObject(value) && typeof value['source'] === 'string' && isOneOrMany(value['selector'], isSelector);
}

function isSelector(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const { type, exact, prefix, suffix, start, end } = value;
  return (
    typeof type === 'string' &&
    isOptionalString(exact) &&
    isOptionalString(prefix) &&
    isOptionalString(suffix) &&
    (start === undefined || isOffset(start)) &&
    (end === undefined || isOffset(end))
  );
}

function isBody(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const { type, purpose, source } = value;
  // `gloss:value` is z.unknown(): anything passes, and it is checked as a field value later.
  return (
    isOptionalString(type) &&
    isOptionalString(purpose) &&
    isOptionalString(value['value']) &&
    isOptionalString(source) &&
    isOptionalString(value['gloss:field']) &&
    isOptionalString(value['gloss:type']) &&
    (value['gloss:entity'] === undefined || isSafeId(value['gloss:entity']))
  );
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isOptionalDatetime(value: unknown): boolean {
  return value === undefined || isTimestamp(value);
}
