import { z } from 'zod';
import { DocumentIdSchema, TimestampSchema } from './ids';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

/** The set the engine's suggestions are kept in, apart from every analyst's work until accepted. */
export const SUGGESTIONS_SET = 'suggestions';

export const REJECTED_FORMAT = 'gloss.rejected-suggestions';
export const REJECTED_VERSION = 1;
export const REJECTED_FILE_NAME = 'rejected-suggestions.json';

/**
 * A suggestion the analyst rejected, by what it is (its type and its spans,
 * core/suggest/to-annotations.ts `suggestionKey`), so running the engine
 * again does not bring it back.
 */
const RejectedSchema = z.object({
  documentId: DocumentIdSchema,
  key: z.string().min(1).max(LIMITS.name * 10),
  rejected: TimestampSchema,
});
export type Rejected = z.infer<typeof RejectedSchema>;

const RejectedFileSchema = z.object({
  format: z.literal(REJECTED_FORMAT),
  version: z.literal(REJECTED_VERSION),
  rejected: z.array(RejectedSchema).max(10_000_000),
});

export const REJECTED_FILE: FileFormat<typeof RejectedFileSchema> = {
  format: REJECTED_FORMAT,
  current: REJECTED_VERSION,
  schema: RejectedFileSchema,
  migrations: {},
};
