import { expect, it } from 'vitest';
import { z } from 'zod';
import type { Result } from '../../core/result';
import { parseUnknown } from '../../core/validation/parse-unknown';

/** A refused value: what it is, the value, and the message zod gives for it. */
export type Refusal = [name: string, value: unknown, message: RegExp];

/**
 * For a plain-code check that stands in front of a zod schema: each refused
 * value is refused by the check too, and the reader gives zod's own message.
 */
export function itRefusesWithZodsMessage(refused: Refusal[], twin: { check: (value: unknown) => boolean; read: (value: unknown) => Result<unknown, string>; schema: z.ZodType }): void {
  it.each(refused)('refuses %s with zod’s message', (_name, value, message) => {
    expect(twin.check(value)).toBe(false);
    const parsed = twin.read(value);
    expect(parsed).toEqual(parseUnknown(twin.schema, value));
    expect(!parsed.ok && parsed.error).toMatch(message);
  });
}

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
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
const RESTRICTIONS = ['type', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'required', 'propertyNames'] as const;
type Restriction = (typeof RESTRICTIONS)[number];

/** One value made to break one restriction at one place. */
interface Case {
  where: string;
  /** `where` with every list index as `[]` and every record key as `*`: the place in the schema. */
  shape: string;
  breaks: Restriction;
  value: unknown;
}

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
 * met, the whole value with the value at that place just past it.
 */
function* restrictionCases(schema: JsonSchema, value: unknown, put: (next: unknown) => unknown, where: string, shape = where, inUnion = false): Generator<Case> {
  const make = (breaks: Restriction, next: unknown): Case => ({ where, shape, breaks, value: put(next) });
  if (schema.anyOf) {
    // Another type may be another branch's: only a value of no branch's type breaks the union.
    const stranger = [null, [value], 'seven', 7].find((candidate) => !schema.anyOf?.some((branch) => fits(branch, candidate)));
    if (stranger !== undefined) yield make('type', stranger);
    for (const branch of schema.anyOf.filter((b) => fits(b, value))) yield* restrictionCases(branch, value, put, where, shape, true);
    return;
  }
  if (schema.type !== undefined && !inUnion) yield make('type', wrongType(schema.type));
  if (schema.const !== undefined) yield make('const', 'Not a member!');
  if (schema.enum !== undefined) yield make('enum', 'Not a member!');
  if (schema.minLength !== undefined && schema.minLength > 0) yield make('minLength', 'x'.repeat(schema.minLength - 1));
  if (schema.maxLength !== undefined) yield make('maxLength', 'x'.repeat(schema.maxLength + 1));
  if (schema.pattern !== undefined) yield make('pattern', 'Not a match!');
  if (schema.minimum !== undefined) yield make('minimum', schema.minimum - 1);
  if (schema.maximum !== undefined) yield make('maximum', schema.maximum * 2);
  if (schema.type === 'integer' && typeof value === 'number') yield make('type', value + 0.5);
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined) yield make('minItems', value.slice(0, schema.minItems - 1));
    if (schema.maxItems !== undefined) yield make('maxItems', Array.from({ length: schema.maxItems + 1 }, () => value[0]));
    const { items } = schema;
    if (items) for (const [i, item] of value.entries()) yield* restrictionCases(items, item, (next) => put(value.map((held, j) => (j === i ? next : held))), `${where}.${i}`, `${shape}.[]`);
  }
  if (isRecord(value)) {
    for (const key of schema.required ?? []) yield make('required', Object.fromEntries(Object.entries(value).filter(([held]) => held !== key)));
    for (const [key, held] of Object.entries(value)) {
      const named = schema.properties?.[key];
      const property = named ?? schema.additionalProperties;
      if (property) yield* restrictionCases(property, held, (next) => put({ ...value, [key]: next }), `${where}.${key}`, `${shape}.${named ? key : '*'}`);
    }
    const longest = schema.propertyNames?.maxLength;
    const [first] = Object.values(value);
    if (longest !== undefined) yield make('propertyNames', { ...value, ['k'.repeat(longest + 1)]: first });
  }
}

/** Every place and restriction the schema states, to check that each has a case. */
function* statedRestrictions(schema: JsonSchema, where: string): Generator<string> {
  for (const restriction of RESTRICTIONS) {
    if (restriction === 'required' ? (schema.required ?? []).length > 0 : restriction === 'propertyNames' ? schema.propertyNames?.maxLength !== undefined : schema[restriction] !== undefined) {
      yield `${where} ${restriction}`;
    }
  }
  for (const branch of schema.anyOf ?? []) yield* statedRestrictions(branch, where);
  if (schema.items) yield* statedRestrictions(schema.items, `${where}.[]`);
  for (const [key, property] of Object.entries(schema.properties ?? {})) yield* statedRestrictions(property, `${where}.${key}`);
  if (schema.additionalProperties) yield* statedRestrictions(schema.additionalProperties, `${where}.*`);
}

/**
 * For a plain-code check standing in front of a zod schema: every
 * restriction the schema states (lengths, patterns, bounds, constants and
 * enums, item counts, required keys, types, each branch of a union) is read
 * from the schema itself, and a value just past each one, made from
 * `valids` (which between them should use every branch), must be refused by zod and by the check,
 * with zod's message. A rule tightened in zod and not in the check fails
 * here, with no one listing it by hand; a restriction no case reaches fails too.
 */
export function itRefusesPastEveryRestriction(twin: { check: (value: unknown) => boolean; read: (value: unknown) => Result<unknown, string>; schema: z.ZodType }, valids: readonly unknown[]): void {
  const json = z.toJSONSchema(twin.schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const all = valids.flatMap((valid, i) => [...restrictionCases(json, valid, (next) => next, `item ${i + 1}`, 'item')]);
  it('has a case past every restriction the schema states', () => {
    const covered = new Set(all.map(({ shape, breaks }) => `${shape} ${breaks}`));
    expect([...statedRestrictions(json, 'item')].filter((restriction) => !covered.has(restriction))).toEqual([]);
  });
  it.each(all.map((c) => [`${c.where} past its ${c.breaks}`, c] as const))('refuses %s, as zod does, with zod’s message', (_name, { value }) => {
    expect(twin.schema.safeParse(value).success).toBe(false);
    expect(twin.check(value)).toBe(false);
    expect(twin.read(value)).toEqual(parseUnknown(twin.schema, value));
  });
}
