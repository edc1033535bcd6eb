import { z } from 'zod';
import { DocumentIdSchema, Sha256Schema, TimestampSchema } from './ids';
import { codePointLength } from '../text/code-points';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const DOCUMENT_FORMAT = 'gloss.document';
export const DOCUMENT_VERSION = 1;

const OffsetSchema = z.int().nonnegative();

export const BlockKindSchema = z.enum(['heading', 'paragraph']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A paragraph or heading of the text, as a code-point range. */
export const BlockSchema = z
  .object({ kind: BlockKindSchema, start: OffsetSchema, end: OffsetSchema })
  .refine((block) => block.end > block.start, 'a block must not be empty');
export type Block = z.infer<typeof BlockSchema>;

export const DocumentMetadataSchema = z.object({
  title: z.string().min(1).max(LIMITS.title),
  byline: z.string().max(LIMITS.title).optional(),
  /** As printed in the article; not normalised, it is shown as found. */
  published: z.string().max(LIMITS.name).optional(),
  source: z.string().max(LIMITS.title).optional(),
  url: z.string().max(LIMITS.url).optional(),
  language: z.string().max(LIMITS.name).optional(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

export const ProvenanceSchema = z.object({
  fileName: z.string().max(LIMITS.title).optional(),
  fileSha256: Sha256Schema.optional(),
  /** Where the article was published, when the file says (a saved page's canonical URL). */
  sourceUrl: z.string().max(LIMITS.url).optional(),
  importer: z.string(),
  importedAt: TimestampSchema,
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const DocumentFileSchema = z
  .object({
    format: z.literal(DOCUMENT_FORMAT),
    version: z.literal(DOCUMENT_VERSION),
    id: DocumentIdSchema,
    metadata: DocumentMetadataSchema,
    provenance: ProvenanceSchema,
    textSha256: Sha256Schema,
    text: z.string().max(LIMITS.text),
    blocks: z.array(BlockSchema),
  })
  .superRefine((doc, context) => {
    const length = codePointLength(doc.text);
    let previousEnd = 0;
    doc.blocks.forEach((block, i) => {
      if (block.start < previousEnd || block.end > length) {
        context.addIssue({
          code: 'custom',
          path: ['blocks', i],
          message: `block ${block.start}-${block.end} overlaps the previous one or runs past the text (${length} code points)`,
        });
      }
      previousEnd = block.end;
    });
  });
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

export const DOCUMENT_FILE: FileFormat<typeof DocumentFileSchema> = {
  format: DOCUMENT_FORMAT,
  current: DOCUMENT_VERSION,
  schema: DocumentFileSchema,
  migrations: {},
};
