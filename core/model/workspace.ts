import { z } from 'zod';
import { IsoDateSchema } from './document';
import { DocumentIdSchema, SafeIdSchema, Sha256Schema, TimestampSchema } from './ids';
import { DOCUMENT_STATUSES, type DocumentStatus } from './document-status';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const WORKSPACE_FORMAT = 'gloss.workspace';
/**
 * 2 added the per-type annotation counts to each document entry; 3 took them
 * out again (they changed on every tag, so two analysts sharing a workspace
 * always changed this one file) and moved annotations into one file per set
 * and document (docs/format.md, "Migration").
 */
export const WORKSPACE_VERSION = 3;
export const MANIFEST_FILE_NAME = 'workspace.json';

export const DocumentStatusSchema = z.enum(DOCUMENT_STATUSES);
export type { DocumentStatus };

/** What the document list needs without opening any document file. */
export const DocumentEntrySchema = z.object({
  id: DocumentIdSchema,
  title: z.string().max(LIMITS.title),
  source: z.string().max(LIMITS.title).optional(),
  /** As printed in the article (the list shows it). */
  published: z.string().max(LIMITS.name).optional(),
  /**
   * The publication date in ISO 8601, as the document's metadata holds it:
   * what the workspace index dates the article by, since the printed words
   * cannot always be read back (a day and month without the year, another
   * language). Absent in entries listed before it was kept.
   */
  publishedDate: IsoDateSchema.optional(),
  addedAt: TimestampSchema,
  /** Recognises the same text imported twice without opening every document. */
  textSha256: Sha256Schema,
  status: DocumentStatusSchema,
});
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

export const WorkspaceManifestSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_VERSION),
    id: SafeIdSchema,
    name: z.string().min(1).max(LIMITS.name),
    created: TimestampSchema,
    documents: z.array(DocumentEntrySchema),
  })
  .refine(
    (manifest) => new Set(manifest.documents.map((d) => d.id)).size === manifest.documents.length,
    { message: 'a document id is listed twice', path: ['documents'] },
  );
export type WorkspaceManifest = z.infer<typeof WorkspaceManifestSchema>;

/** A version-2 document entry without its annotation counts. */
function withoutCounts(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const rest: Record<string, unknown> = { ...entry };
  delete rest['annotationCounts'];
  return rest;
}

export const WORKSPACE_FILE: FileFormat<typeof WorkspaceManifestSchema> = {
  format: WORKSPACE_FORMAT,
  current: WORKSPACE_VERSION,
  schema: WorkspaceManifestSchema,
  // Version 1 had no counts; version 2's counts are dropped (they are counted from the set files on open).
  migrations: {
    1: (old) => old,
    2: (old) => ({ ...old, documents: Array.isArray(old['documents']) ? old['documents'].map(withoutCounts) : old['documents'] }),
  },
};
