/**
 * The plain-code check of a stored annotation (annotation-check.ts) restates
 * the zod schema for speed. Here every restriction of the schema (lengths,
 * patterns, bounds, item counts, required keys, types, each branch of a
 * union) is read from the schema itself (its JSON Schema), and a value just
 * past each one is made: a rule tightened in zod and not in the check fails
 * here, without anyone listing it by hand.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isStoredAnnotation } from '../../../core/model/annotation-check';
import { parseStoredAnnotation, StoredAnnotationSchema } from '../../../core/model/annotation';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { VALID_ANNOTATION } from './stored-annotation-fixture';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema;
  propertyNames?: JsonSchema;
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** The restrictions a case can break, as the JSON Schema names them. */
const RESTRICTIONS = ['type', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'required', 'propertyNames'] as const;
type Restriction = (typeof RESTRICTIONS)[number];

/** One annotation made to break one restriction at one place. */
interface Case {
  where: string;
  breaks: Restriction;
  value: unknown;
}

/** Every value kind of the schema is in use in it: each union branch is reached through one of these. */
const valid = VALID_ANNOTATION;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a union branch is the one `value` is an instance of. */
function fits(branch: JsonSchema, value: unknown): boolean {
  if (branch.type === 'object') return isRecord(value) && (branch.required ?? []).every((key) => key in value);
  return branch.type === (Array.isArray(value) ? 'array' : typeof value);
}

/** A value of another JSON type than `type`. */
function wrongType(type: string | undefined): unknown {
  return type === 'string' ? 7 : 'seven';
}

/**
 * Walks the schema beside a valid value and yields, for each restriction
 * met, the whole annotation with the value at that place just past it.
 */
function* cases(schema: JsonSchema, value: unknown, put: (next: unknown) => unknown, where: string, inUnion = false): Generator<Case> {
  const make = (breaks: Restriction, next: unknown): Case => ({ where, breaks, value: put(next) });
  if (schema.anyOf) {
    // Another type may be another branch's: only a value of no branch's type breaks the union.
    yield make('type', [value]);
    for (const branch of schema.anyOf.filter((b) => fits(b, value))) yield* cases(branch, value, put, where, true);
    return;
  }
  if (schema.type !== undefined && !inUnion) yield make('type', wrongType(schema.type));
  if (schema.minLength !== undefined && schema.minLength > 0) yield make('minLength', 'x'.repeat(schema.minLength - 1));
  if (schema.maxLength !== undefined) yield make('maxLength', 'x'.repeat(schema.maxLength + 1));
  if (schema.pattern !== undefined) yield make('pattern', 'Not a match!');
  if (schema.minimum !== undefined) yield make('minimum', schema.minimum - 1);
  if (schema.maximum !== undefined) yield make('maximum', schema.maximum * 2);
  if (schema.type === 'integer' && typeof value === 'number') yield make('type', value + 0.5);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined) yield make('minItems', value.slice(0, schema.minItems - 1));
    if (schema.maxItems !== undefined) yield make('maxItems', Array.from({ length: schema.maxItems + 1 }, () => value[0]));
    if (schema.items && value.length > 0) yield* cases(schema.items, value[0], (next) => put([next, ...value.slice(1)]), `${where}.0`);
  }
  if (isRecord(value)) {
    for (const key of schema.required ?? []) yield make('required', Object.fromEntries(Object.entries(value).filter(([held]) => held !== key)));
    for (const [key, held] of Object.entries(value)) {
      const property = schema.properties?.[key] ?? schema.additionalProperties;
      if (property) yield* cases(property, held, (next) => put({ ...value, [key]: next }), `${where}.${key}`);
    }
    const longest = schema.propertyNames?.maxLength;
    const [first] = Object.values(value);
    if (longest !== undefined) yield make('propertyNames', { ...value, ['k'.repeat(longest + 1)]: first });
  }
}

/** Every place and restriction the schema states, to check that each has a case. */
function* stated(schema: JsonSchema, where: string): Generator<string> {
  for (const restriction of RESTRICTIONS) {
    if (restriction === 'required' ? (schema.required ?? []).length > 0 : restriction === 'propertyNames' ? schema.propertyNames?.maxLength !== undefined : schema[restriction] !== undefined) {
      yield `${where} ${restriction}`;
    }
  }
  for (const branch of schema.anyOf ?? []) yield* stated(branch, where);
  if (schema.items) yield* stated(schema.items, `${where}.0`);
  for (const [key, property] of Object.entries(schema.properties ?? {})) yield* stated(property, `${where}.${key}`);
  if (schema.additionalProperties) yield* stated(schema.additionalProperties, `${where}.*`);
}

const schema = z.toJSONSchema(StoredAnnotationSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
const all = [...cases(schema, valid, (next) => next, 'annotation')];

describe('the plain-code check against every restriction of the zod schema', () => {
  it('has a case for every restriction the schema states', () => {
    // A record's values are one schema for every key (`*`): reached through the valid annotation's fields.
    const covered = new Set(all.map(({ where, breaks }) => `${where.replace(/^annotation\.fields\.[a-z]+/, 'annotation.fields.*')} ${breaks}`));
    const missing = [...stated(schema, 'annotation')].filter((restriction) => !covered.has(restriction));
    expect(missing).toEqual([]);
    expect(all.length).toBeGreaterThan(60);
  });

  it.each(all.map((c) => [`${c.where} past its ${c.breaks}`, c] as const))('%s: refused by zod and by the check, with zod’s message', (_name, { value }) => {
    expect(StoredAnnotationSchema.safeParse(value).success).toBe(false);
    expect(isStoredAnnotation(value)).toBe(false);
    expect(parseStoredAnnotation(value)).toEqual(parseUnknown(StoredAnnotationSchema, value));
  });
});
