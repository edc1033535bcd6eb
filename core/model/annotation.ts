import { z } from 'zod';
import { ok, type Result } from '../result';
import { parseUnknown } from '../validation/parse-unknown';
import { isStoredAnnotation, LABEL_TYPE_ID_PATTERN } from './annotation-check';
import { AnnotationIdSchema, DocumentIdSchema, SafeIdSchema, Sha256Schema, TimestampSchema } from './ids';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const ANNOTATIONS_FORMAT = 'gloss.annotations';
/** 2 added `unplaced`: annotations waiting for the analyst to place or discard them. */
export const ANNOTATIONS_VERSION = 2;

/**
 * One contiguous piece of an annotation: code-point offsets into the document
 * text plus the quoted text and its context, so the span can be found again if
 * the offsets ever stop fitting (the W3C TextPosition + TextQuote pair).
 */
const FragmentSchema = z
  .object({
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    exact: z.string().min(1).max(LIMITS.quote),
    prefix: z.string().max(LIMITS.context),
    suffix: z.string().max(LIMITS.context),
  })
  .refine((fragment) => fragment.end > fragment.start, 'a fragment must not be empty');
export type Fragment = z.infer<typeof FragmentSchema>;

export const LabelTypeIdSchema = z.string().regex(LABEL_TYPE_ID_PATTERN);

export const FieldValueSchema = z.union([
  z.string().max(LIMITS.fieldText),
  z.number(),
  z.boolean(),
  z.object({ ref: AnnotationIdSchema }),
  /** A person, organisation or place from entities.json (see entity.ts). */
  z.object({ entity: SafeIdSchema }),
  z.object({
    date: z.string().max(LIMITS.name),
    wording: z.string().max(LIMITS.fieldText),
    /** The day relative wording counted from (ISO 8601): the article's publication date. */
    reference: z.string().max(LIMITS.name).optional(),
  }),
]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/** The set an analyst's annotations go into until they give their name. */
export const DEFAULT_SET = 'default';

/** An annotation as stored on disk and sent across the API. */
export const StoredAnnotationSchema = z.object({
  id: AnnotationIdSchema,
  type: LabelTypeIdSchema,
  set: z.string().min(1).max(LIMITS.name),
  fragments: z.array(FragmentSchema).min(1).max(LIMITS.fragments),
  fields: z.record(z.string().max(LIMITS.name), FieldValueSchema),
  note: z.string().max(LIMITS.note).optional(),
  /** The entity these words name (an Actor span saying "Pashinian"), from entities.json. */
  entity: SafeIdSchema.optional(),
  created: TimestampSchema,
  modified: TimestampSchema,
});
export type StoredAnnotation = z.infer<typeof StoredAnnotationSchema>;

/**
 * An annotation that could not be placed in the text with confidence (its
 * quote moved or vanished), or could not even be read. It is kept, never
 * dropped, until the analyst places or discards it.
 */
export const UnplacedSchema = z.object({
  id: z.string().min(1),
  reason: z.string().max(LIMITS.fieldText),
  /** The annotation when it could be read; null when only its raw JSON survives. */
  annotation: StoredAnnotationSchema.nullable(),
  /** The item exactly as it was found, for the analyst and for recovery. */
  raw: z.string().max(LIMITS.quote),
});
export type Unplaced = z.infer<typeof UnplacedSchema>;

export const AnnotationsFileSchema = z.object({
  format: z.literal(ANNOTATIONS_FORMAT),
  version: z.literal(ANNOTATIONS_VERSION),
  documentId: DocumentIdSchema,
  /** The text these offsets were made against. */
  textSha256: Sha256Schema,
  annotations: z.array(StoredAnnotationSchema),
  unplaced: z.array(UnplacedSchema),
});
export type AnnotationsFile = z.infer<typeof AnnotationsFileSchema>;

/** Validates one annotation: the plain-code check (annotation-check.ts) when it passes, zod (and its message) when not. */
export function parseStoredAnnotation(data: unknown): Result<StoredAnnotation, string> {
  return isStoredAnnotation(data) ? ok(data) : parseUnknown(StoredAnnotationSchema, data);
}

/** The file's small parts through zod, its annotations left for the plain-code check. */
const AnnotationsEnvelopeSchema = AnnotationsFileSchema.extend({ annotations: z.array(z.unknown()) });

/**
 * Gives exactly what AnnotationsFileSchema gives, without zod's cost per
 * annotation: when the envelope and every annotation pass, that is the
 * answer; when anything does not, the whole file goes through zod, so a
 * refusal's message (and which five issues it lists) is zod's own.
 */
export function parseAnnotationsFile(data: unknown): Result<AnnotationsFile, string> {
  const envelope = AnnotationsEnvelopeSchema.safeParse(data);
  if (envelope.success) {
    const { annotations } = envelope.data;
    if (annotations.every(isStoredAnnotation)) return ok({ ...envelope.data, annotations });
  }
  return parseUnknown(AnnotationsFileSchema, data);
}

export const ANNOTATIONS_FILE: FileFormat<typeof AnnotationsFileSchema> = {
  format: ANNOTATIONS_FORMAT,
  current: ANNOTATIONS_VERSION,
  schema: AnnotationsFileSchema,
  parse: parseAnnotationsFile,
  migrations: { 1: (old) => ({ ...old, unplaced: [] }) },
};

// Kept in its own module so the renderer can sort without bundling zod.
export { compareAnnotations } from './annotation-order';
