import { z } from 'zod';
import { DocumentIdSchema, SAFE_ID_PATTERN, TimestampSchema } from '../model/ids';
import { LIMITS } from '../model/limits';
import type { FileFormat } from '../model/versioned';

export const ADJUDICATION_FORMAT = 'gloss.adjudication';
export const ADJUDICATION_VERSION = 1;

/** Most sets one item can align (the agreement request's limit): a key holds one id per set. */
const MAX_SETS = 100;
const ID = SAFE_ID_PATTERN.source.slice(1, -1);

/**
 * An adjudication item's key (alignForAdjudication): the ids of its source
 * versions, in the order of their sets, joined by "+". Ids never hold "+",
 * so a key names exactly one group of annotations.
 */
export const ItemKeySchema = z
  .string()
  .max(MAX_SETS * 65)
  .regex(new RegExp(`^${ID}(\\+${ID})*$`), 'must be annotation ids joined by "+"');

const RejectedItemSchema = z.object({
  key: ItemKeySchema,
  rejected: TimestampSchema,
});
export type RejectedItem = z.infer<typeof RejectedItemSchema>;

const eachKeyOnce = (file: { rejected: readonly RejectedItem[] }) => new Set(file.rejected.map((item) => item.key)).size === file.rejected.length;

/**
 * What an adjudicator decided in one document that leaves nothing in the
 * gold set: the items rejected (adjudication/<document>/<gold set>.json).
 * Taken and edited items are the gold set's own annotations, so they are
 * not repeated here.
 */
const AdjudicationFileSchema = z
  .object({
    format: z.literal(ADJUDICATION_FORMAT),
    version: z.literal(ADJUDICATION_VERSION),
    documentId: DocumentIdSchema,
    /** The gold set the decisions are for. */
    set: z.string().min(1).max(LIMITS.name),
    rejected: z.array(RejectedItemSchema).max(1_000_000),
  })
  .refine(eachKeyOnce, { message: 'an item is rejected once', path: ['rejected'] });

export const ADJUDICATION_FILE: FileFormat<typeof AdjudicationFileSchema> = {
  format: ADJUDICATION_FORMAT,
  current: ADJUDICATION_VERSION,
  schema: AdjudicationFileSchema,
  migrations: {},
};
