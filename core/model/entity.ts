import { z } from 'zod';
import { SafeIdSchema, TimestampSchema } from './ids';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const ENTITIES_FORMAT = 'gloss.entities';
export const ENTITIES_VERSION = 1;
export const ENTITIES_FILE_NAME = 'entities.json';

export const ENTITY_KINDS = ['person', 'organisation', 'place', 'other'] as const;
export const EntityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKindSchema>;

export const EntityIdSchema = SafeIdSchema;
export type EntityId = z.infer<typeof EntityIdSchema>;

/** A canonical name or an alias, as stored. */
const EntityNameSchema = z.string().min(1).max(LIMITS.name);
/** A name as the analyst typed it: spaces at either end are dropped. */
export const NewEntityNameSchema = z.string().trim().min(1).max(LIMITS.name);

/** The most aliases one entity may carry: far more than any real name has, few enough to bound a file. */
export const MAX_ALIASES = 500;

/**
 * A person, organisation or place that annotations name, once for the whole
 * workspace: "Nikol Pashinyan", also written "Pashinian". Field values and
 * mentions point at it by id, so renaming it changes every place at once.
 */
export const EntitySchema = z.object({
  id: EntityIdSchema,
  kind: EntityKindSchema,
  /** The canonical name, shown wherever the entity is. */
  name: EntityNameSchema,
  /** Other names that mean this entity; matched ignoring case and accents, never by guessing. */
  aliases: z.array(EntityNameSchema).max(MAX_ALIASES),
  note: z.string().max(LIMITS.note).optional(),
  /**
   * Ids of entities merged into this one. Links are never rewritten by a
   * merge: a link to one of these ids means this entity, so a merge is one
   * write of entities.json and no annotations file changes.
   */
  mergedIds: z.array(EntityIdSchema).max(10_000),
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type Entity = z.infer<typeof EntitySchema>;

function everyIdOnce(entities: readonly Entity[]): boolean {
  const ids = entities.flatMap((entity) => [entity.id, ...entity.mergedIds]);
  return new Set(ids).size === ids.length;
}

export const EntitiesFileSchema = z
  .object({
    format: z.literal(ENTITIES_FORMAT),
    version: z.literal(ENTITIES_VERSION),
    entities: z.array(EntitySchema).max(1_000_000),
  })
  .refine((file) => everyIdOnce(file.entities), {
    message: 'an entity id is used twice (as an id or among mergedIds)',
    path: ['entities'],
  });

export const ENTITIES_FILE: FileFormat<typeof EntitiesFileSchema> = {
  format: ENTITIES_FORMAT,
  current: ENTITIES_VERSION,
  schema: EntitiesFileSchema,
  migrations: {},
};
