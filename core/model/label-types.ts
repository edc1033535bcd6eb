import { z } from 'zod';
import { LabelTypeIdSchema } from './annotation';
import { EntityKindSchema, type EntityKind } from './entity';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const SCHEMA_FORMAT = 'gloss.schema';
/** 2 added `entityKind` to span fields and types: what links to, or names, an entity. */
export const SCHEMA_VERSION = 2;
export const SCHEMA_FILE_NAME = 'schema.json';

const FieldIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/);

/**
 * The kinds of value a field holds. `span` points at another annotation
 * (a speaker, an actor, a location), optionally limited to some types;
 * `date` keeps the original wording beside the ISO 8601 value.
 */
const FieldDefinitionSchema = z.discriminatedUnion('kind', [
  z.object({ id: FieldIdSchema, name: z.string().min(1).max(LIMITS.name), kind: z.literal('text') }),
  z.object({ id: FieldIdSchema, name: z.string().min(1).max(LIMITS.name), kind: z.literal('number') }),
  z.object({ id: FieldIdSchema, name: z.string().min(1).max(LIMITS.name), kind: z.literal('boolean') }),
  z.object({ id: FieldIdSchema, name: z.string().min(1).max(LIMITS.name), kind: z.literal('date') }),
  z.object({
    id: FieldIdSchema,
    name: z.string().min(1).max(LIMITS.name),
    kind: z.literal('choice'),
    options: z.array(z.string().min(1).max(LIMITS.name)).min(1).max(500),
  }),
  z.object({
    id: FieldIdSchema,
    name: z.string().min(1).max(LIMITS.name),
    kind: z.literal('span'),
    /** Types a picked span may have; empty means any. Free text is allowed too. */
    targetTypes: z.array(LabelTypeIdSchema),
    /**
     * When set, the field names an entity (a speaker, an actor): typing offers
     * the workspace's entities, and a new name creates one of this kind.
     */
    entityKind: EntityKindSchema.optional(),
  }),
]);
export type FieldDefinition = z.infer<typeof FieldDefinitionSchema>;
export type FieldKind = FieldDefinition['kind'];

export const LabelTypeSchema = z.object({
  id: LabelTypeIdSchema,
  name: z.string().min(1).max(LIMITS.name),
  /** A CSS colour, painted translucent behind the text. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** One key, pressed without modifiers while reading. */
  shortcut: z.string().length(1).optional(),
  /** The field that names the annotation in lists (speaker, actor, claimant). */
  keyField: FieldIdSchema.optional(),
  /** When set, a span of this type can name an entity (an Actor span saying "Pashinian"); new ones are of this kind. */
  entityKind: EntityKindSchema.optional(),
  fields: z.array(FieldDefinitionSchema),
});
export type LabelType = z.infer<typeof LabelTypeSchema>;

export const LabelSchemaFileSchema = z
  .object({
    format: z.literal(SCHEMA_FORMAT),
    version: z.literal(SCHEMA_VERSION),
    types: z.array(LabelTypeSchema).min(1),
  })
  .refine((schema) => new Set(schema.types.map((t) => t.id)).size === schema.types.length, {
    message: 'a type id is used twice',
    path: ['types'],
  });

/** A name as two names are compared for sameness: "Source", " source " and "SOURCE" are one. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

function repeated(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const name of names) (seen.has(nameKey(name)) ? twice : seen).add(nameKey(name));
  return names.filter((name, i) => twice.has(nameKey(name)) && names.findIndex((other) => nameKey(other) === nameKey(name)) === i);
}

/**
 * Names an analyst would confuse: two types called "Source" give two identical
 * toolbar buttons and exports that cannot tell them apart. Checked when a
 * schema is saved (not when read, so an older file with such names still opens).
 */
export function namingProblems(types: readonly LabelType[]): string[] {
  const problems = repeated(types.map((type) => type.name)).map((name) => `Two types are named “${name}”: give each its own name.`);
  for (const type of types) {
    for (const name of repeated(type.fields.map((field) => field.name))) problems.push(`${type.name.trim()} has two fields named “${name}”.`);
  }
  return problems;
}

/**
 * What the default schema links to entities, by id: a version 1 schema gets
 * the same links for the fields and types it shares with the defaults
 * (an analyst's own fields are left as they are, to link in the schema editor).
 */
const DEFAULT_ENTITY_KINDS: Readonly<Record<string, EntityKind>> = {
  speaker: 'person',
  addressee: 'person',
  actor: 'person',
  target: 'person',
  claimant: 'person',
  source: 'organisation',
  location: 'place',
};

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function withDefaultEntityKind(item: JsonObject, eligible: boolean): JsonObject {
  const kind = typeof item['id'] === 'string' ? DEFAULT_ENTITY_KINDS[item['id']] : undefined;
  return eligible && kind && item['entityKind'] === undefined ? { ...item, entityKind: kind } : item;
}

function linkDefaultEntities(old: JsonObject): JsonObject {
  const types = Array.isArray(old['types']) ? old['types'] : [];
  return {
    ...old,
    types: types.map((type: unknown) => {
      if (!isObject(type)) return type;
      const fields = Array.isArray(type['fields']) ? type['fields'] : [];
      const linked = fields.map((field: unknown) => (isObject(field) ? withDefaultEntityKind(field, field['kind'] === 'span') : field));
      // Only a type made to be pointed at (no fields of its own, as Actor and Location are) names an entity.
      return { ...withDefaultEntityKind(type, fields.length === 0), fields: linked };
    }),
  };
}

export const SCHEMA_FILE: FileFormat<typeof LabelSchemaFileSchema> = {
  format: SCHEMA_FORMAT,
  current: SCHEMA_VERSION,
  schema: LabelSchemaFileSchema,
  migrations: { 1: linkDefaultEntities },
};

const anySpan = (id: string, name: string, ...targetTypes: string[]): FieldDefinition => ({
  id,
  name,
  kind: 'span',
  targetTypes,
  ...(DEFAULT_ENTITY_KINDS[id] ? { entityKind: DEFAULT_ENTITY_KINDS[id] } : {}),
});

/** The schema a new workspace starts with: what analysts tag in news reporting. */
export const DEFAULT_LABEL_TYPES: readonly LabelType[] = [
  {
    id: 'quote',
    name: 'Quote',
    color: '#f2b134',
    shortcut: 'q',
    keyField: 'speaker',
    fields: [
      anySpan('speaker', 'Speaker', 'actor', 'source'),
      anySpan('cue', 'Cue'),
      { id: 'kind', name: 'Kind', kind: 'choice', options: ['direct', 'indirect', 'partial'] },
      anySpan('addressee', 'Addressee', 'actor'),
    ],
  },
  {
    id: 'event',
    name: 'Event',
    color: '#3aa6dd',
    shortcut: 'e',
    keyField: 'actor',
    fields: [
      {
        id: 'event-type',
        name: 'Event type',
        kind: 'choice',
        options: ['statement', 'meeting', 'attack', 'agreement', 'protest', 'election', 'other'],
      },
      anySpan('actor', 'Actor', 'actor'),
      anySpan('target', 'Target', 'actor'),
      { id: 'date', name: 'Date', kind: 'date' },
      anySpan('location', 'Location', 'location'),
    ],
  },
  {
    id: 'claim',
    name: 'Claim',
    color: '#e0607e',
    shortcut: 'c',
    keyField: 'claimant',
    fields: [
      anySpan('claimant', 'Claimant', 'actor', 'source'),
      { id: 'stance', name: 'Stance', kind: 'choice', options: ['supports', 'opposes', 'neutral'] },
      { id: 'check-worthy', name: 'Check-worthy', kind: 'boolean' },
      { id: 'verdict', name: 'Verdict', kind: 'choice', options: ['unverified', 'true', 'false', 'misleading'] },
    ],
  },
  { id: 'source', name: 'Source', color: '#8a6fd1', shortcut: 's', entityKind: 'organisation', fields: [] },
  { id: 'actor', name: 'Actor', color: '#4caf7a', shortcut: 'a', entityKind: 'person', fields: [] },
  { id: 'location', name: 'Location', color: '#c98b4a', shortcut: 'l', entityKind: 'place', fields: [] },
];
