import { z } from 'zod';
import { StoredAnnotationSchema } from './annotation';
import { AnnotationIdSchema, DocumentIdSchema, Sha256Schema } from './ids';
import type { FileFormat } from './versioned';

export const SET_JOURNAL_FORMAT = 'gloss.set-journal';
export const SET_JOURNAL_VERSION = 1;

/**
 * The first line of a set's change journal
 * (`annotations/<document>/<set file name>.journal.jsonl`): whose set it is,
 * and the exact set file its changes apply to (`base`: the SHA-256 of that
 * file's bytes; null when the set had no file). A journal whose base is not
 * the set file on disk was written against another version of it and is not
 * replayed blindly (docs/format.md).
 */
export const SetJournalHeaderSchema = z.object({
  format: z.literal(SET_JOURNAL_FORMAT),
  version: z.literal(SET_JOURNAL_VERSION),
  documentId: DocumentIdSchema,
  set: StoredAnnotationSchema.shape.set,
  base: Sha256Schema.nullable(),
});
export type SetJournalHeader = z.infer<typeof SetJournalHeaderSchema>;

export const SET_JOURNAL_FILE: FileFormat<typeof SetJournalHeaderSchema> = {
  format: SET_JOURNAL_FORMAT,
  current: SET_JOURNAL_VERSION,
  schema: SetJournalHeaderSchema,
  migrations: {},
};

/**
 * Every later line: one saved change to the set, applied in order on top of
 * the base file. `remove` goes first (the ids that left the set: deleted, or
 * moved to another set), then each of `upsert` replaces the annotation with
 * its id or is added. Every upserted annotation is of the journal's set
 * (checked on load, as a set file's are).
 */
export const SetJournalChangeSchema = z.object({
  upsert: z.array(StoredAnnotationSchema),
  remove: z.array(AnnotationIdSchema),
});
export type SetJournalChange = z.infer<typeof SetJournalChangeSchema>;
