import { z } from 'zod';
import { LabelTypeIdSchema } from './annotation';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const SCHEMA_FORMAT = 'gloss.schema';
export const SCHEMA_VERSION = 1;
export const SCHEMA_FILE_NAME = 'schema.json';

export const FieldIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/);

/**
 * The kinds of value a field holds. `span` points at another annotation
 * (a speaker, an actor, a location), optionally limited to some types;
 * `date` keeps the original wording beside the ISO 8601 value.
 */
export const FieldDefinitionSchema = z.discriminatedUnion('kind', [
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
export type LabelSchemaFile = z.infer<typeof LabelSchemaFileSchema>;

export const SCHEMA_FILE: FileFormat<typeof LabelSchemaFileSchema> = {
  format: SCHEMA_FORMAT,
  current: SCHEMA_VERSION,
  schema: LabelSchemaFileSchema,
  migrations: {},
};

const anySpan = (id: string, name: string, ...targetTypes: string[]): FieldDefinition => ({
  id,
  name,
  kind: 'span',
  targetTypes,
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
  { id: 'source', name: 'Source', color: '#8a6fd1', shortcut: 's', fields: [] },
  { id: 'actor', name: 'Actor', color: '#4caf7a', shortcut: 'a', fields: [] },
  { id: 'location', name: 'Location', color: '#c98b4a', shortcut: 'l', fields: [] },
];
