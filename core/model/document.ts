import { z } from 'zod';
import { DocumentIdSchema, Sha256Schema, TimestampSchema } from './ids';
import { codePointLength } from '../text/code-points';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const DOCUMENT_FORMAT = 'gloss.document';
export const DOCUMENT_VERSION = 1;

const OffsetSchema = z.int().nonnegative();

const BlockKindSchema = z.enum(['heading', 'paragraph']);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** A paragraph or heading of the text, as a code-point range. */
const BlockSchema = z
  .object({ kind: BlockKindSchema, start: OffsetSchema, end: OffsetSchema })
  .refine((block) => block.end > block.start, 'a block must not be empty');
export type Block = z.infer<typeof BlockSchema>;

/** An ISO 8601 day, optionally with a time and a UTC offset: "2022-10-27", "2022-10-27T09:15+04:00". */
export const IsoDateSchema = z
  .string()
  .max(LIMITS.name)
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'an ISO 8601 date such as 2022-10-27');

export const DocumentMetadataSchema = z.object({
  title: z.string().min(1).max(LIMITS.title),
  /** The page had no headline line: the title was made from the lead paragraph (the reader says so). */
  titleDerived: z.boolean().optional(),
  byline: z.string().max(LIMITS.title).optional(),
  /** As printed in the article; not normalised, it is shown as found. */
  published: z.string().max(LIMITS.name).optional(),
  /** The publication date in ISO 8601 (with its UTC offset where known): relative dates count from it. */
  publishedDate: IsoDateSchema.optional(),
  source: z.string().max(LIMITS.title).optional(),
  url: z.string().max(LIMITS.url).optional(),
  language: z.string().max(LIMITS.name).optional(),
});
export type DocumentMetadata = z.infer<typeof DocumentMetadataSchema>;

const ProvenanceSchema = z.object({
  fileName: z.string().max(LIMITS.title).optional(),
  fileSha256: Sha256Schema.optional(),
  /** Where the article was published, when the file says (a saved page's canonical URL). */
  sourceUrl: z.string().max(LIMITS.url).optional(),
  importer: z.string(),
  importedAt: TimestampSchema,
});

/** Why a line of the imported page is not in the article's text. */
const RemovedReasonSchema = z.enum([
  'navigation', 'share', 'comments', 'related', 'prompt', 'footer', 'caption', 'repeated', 'controls', 'link',
  'other-script', 'byline', 'date', 'outlet', 'before-headline', 'after-article', 'analyst',
]);
export type RemovedReason = z.infer<typeof RemovedReasonSchema>;

/**
 * A line of the imported page taken out of the text as page furniture, kept
 * so the analyst can see it and bring it back (until the first annotation).
 */
const RemovedBlockSchema = z.object({
  text: z.string().min(1).max(LIMITS.quote),
  reason: RemovedReasonSchema,
  /** How many of the document's blocks come before it: where it goes back. */
  at: OffsetSchema,
});
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;

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
    /** Furniture taken out at import or by the analyst, in page order. */
    removed: z.array(RemovedBlockSchema).max(100_000).optional(),
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
    doc.removed?.forEach((line, i) => {
      if (line.at > doc.blocks.length) {
        context.addIssue({ code: 'custom', path: ['removed', i, 'at'], message: `goes back after block ${line.at}, but there are ${doc.blocks.length}` });
      }
    });
  });
export type DocumentFile = z.infer<typeof DocumentFileSchema>;

export const DOCUMENT_FILE: FileFormat<typeof DocumentFileSchema> = {
  format: DOCUMENT_FORMAT,
  current: DOCUMENT_VERSION,
  schema: DocumentFileSchema,
  migrations: {},
};
