import { z } from 'zod';
import { LabelTypeIdSchema } from '../model/annotation';
import { IsoDateSchema } from '../model/document';
import { LIMITS } from '../model/limits';

const Words = z.string().trim().max(LIMITS.name);

/** One "key=value" filter: the field's id (or name) and words its readable value contains. */
const FieldFilterSchema = z.object({ key: Words.min(1), value: Words }).strict();
export type FieldFilter = z.infer<typeof FieldFilterSchema>;

/**
 * Which date a date range holds to: `event` is an annotation's own date (an
 * event's date field), its article's publication date where it has none;
 * `published` is always the article's publication date.
 */
export const DATE_BASES = ['event', 'published'] as const;

/** Where an entity filter looks: any link, or only the type's key field (who speaks, acts or claims). */
export const ENTITY_ROLES = ['any', 'key'] as const;

/**
 * A question about the whole workspace, as the query view, the pictures and
 * `gloss query` ask it. Every part is optional and they all must hold; text
 * is matched ignoring case and accents, an entity by any of its names.
 */
export const QuerySchema = z
  .object({
    types: z.array(LabelTypeIdSchema).max(1000).optional(),
    set: Words.optional(),
    /** A name or alias of an entity: annotations that link to it (a field or the words naming it). */
    entity: Words.optional(),
    /** `key`: only where the entity is the type's key field (a quote's speaker, an event's actor, a claim's claimant) or the annotation's own words; `any` (the default): any link. */
    entityRole: z.enum(ENTITY_ROLES).optional(),
    fields: z.array(FieldFilterSchema).max(20).optional(),
    /** Words of the document's title (or its id). */
    document: Words.optional(),
    /** Words of the outlet (the document's source). */
    outlet: Words.optional(),
    /** ISO 8601 days, both included. */
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    dateBasis: z.enum(DATE_BASES).optional(),
    /** Words in the annotated text or its note. */
    text: z.string().max(LIMITS.name).optional(),
  })
  .strict();
export type Query = z.infer<typeof QuerySchema>;
