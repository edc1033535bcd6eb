import { z } from 'zod';
import { DocumentIdSchema, SafeIdSchema, Sha256Schema, TimestampSchema } from './ids';

export const WORKSPACE_FORMAT = 'gloss.workspace';
export const WORKSPACE_VERSION = 1;
export const MANIFEST_FILE_NAME = 'workspace.json';

export const DocumentStatusSchema = z.enum(['todo', 'in-progress', 'done']);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

/** What the document list needs without opening any document file. */
export const DocumentEntrySchema = z.object({
  id: DocumentIdSchema,
  title: z.string(),
  source: z.string().optional(),
  published: z.string().optional(),
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
    name: z.string().min(1),
    created: TimestampSchema,
    documents: z.array(DocumentEntrySchema),
  })
  .refine(
    (manifest) => new Set(manifest.documents.map((d) => d.id)).size === manifest.documents.length,
    { message: 'a document id is listed twice', path: ['documents'] },
  );
export type WorkspaceManifest = z.infer<typeof WorkspaceManifestSchema>;
