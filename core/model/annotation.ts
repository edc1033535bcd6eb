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
  return parsePlainFirst(AnnotationsEnvelopeSchema, AnnotationsFileSchema, data, () => true);
}

/**
 * The envelope of a file of annotations through zod and its annotations
 * through the plain-code check, accepted when both pass and `holds` agrees;
 * otherwise the whole file through `full`, for zod's own answer.
 */
function parsePlainFirst<E extends { annotations: unknown[] }, F extends Omit<E, 'annotations'> & { annotations: StoredAnnotation[] }>(
  envelope: z.ZodType<E>,
  full: z.ZodType<F>,
  data: unknown,
  holds: (file: Omit<E, 'annotations'> & { annotations: StoredAnnotation[] }) => boolean,
): Result<F | (Omit<E, 'annotations'> & { annotations: StoredAnnotation[] }), string> {
  const parsed = envelope.safeParse(data);
  if (parsed.success) {
    const { annotations } = parsed.data;
    if (annotations.every(isStoredAnnotation)) {
      const file = { ...parsed.data, annotations };
      if (holds(file)) return ok(file);
    }
  }
  return parseUnknown(full, data);
}

/**
 * The older layout's file (`annotations/<document>.json`, every set of a
 * document in one file): read only, to migrate it into one file per set.
 */
export const ANNOTATIONS_FILE: FileFormat<typeof AnnotationsFileSchema> = {
  format: ANNOTATIONS_FORMAT,
  current: ANNOTATIONS_VERSION,
  schema: AnnotationsFileSchema,
  parse: parseAnnotationsFile,
  migrations: { 1: (old) => ({ ...old, unplaced: [] }) },
};

export const SET_ANNOTATIONS_FORMAT = 'gloss.set-annotations';
export const SET_ANNOTATIONS_VERSION = 1;

/** Whether every annotation of a set file, and every review item that holds one, is of the file's set. */
function allOfItsSet(file: { set: string; annotations: readonly { set: string }[]; unplaced: readonly { annotation: { set: string } | null }[] }): boolean {
  return file.annotations.every((a) => a.set === file.set) && file.unplaced.every((item) => item.annotation === null || item.annotation.set === file.set);
}

const OF_ITS_SET = { message: 'holds an annotation of another set than the file\'s "set"', path: ['annotations'] };

/**
 * One set's annotations in one document (`annotations/<document>/<set>.json`):
 * each analyst writes only their own set's files, so two analysts' work never
 * touches the same file. `unplaced` holds the review items of this set.
 */
const SetAnnotationsObjectSchema = z.object({
  format: z.literal(SET_ANNOTATIONS_FORMAT),
  version: z.literal(SET_ANNOTATIONS_VERSION),
  documentId: DocumentIdSchema,
  /** The set's name as the analyst gave it; the file's name is made from it (docs/format.md). */
  set: StoredAnnotationSchema.shape.set,
  /** The text these offsets were made against. */
  textSha256: Sha256Schema,
  annotations: z.array(StoredAnnotationSchema),
  unplaced: z.array(UnplacedSchema),
});
export const SetAnnotationsFileSchema = SetAnnotationsObjectSchema.refine(allOfItsSet, OF_ITS_SET);
export type SetAnnotationsFile = z.infer<typeof SetAnnotationsFileSchema>;

const SetAnnotationsEnvelopeSchema = SetAnnotationsObjectSchema.extend({ annotations: z.array(z.unknown()) });

/** SetAnnotationsFileSchema without zod's cost per annotation, as parseAnnotationsFile does. */
function parseSetAnnotationsFile(data: unknown): Result<SetAnnotationsFile, string> {
  return parsePlainFirst(SetAnnotationsEnvelopeSchema, SetAnnotationsFileSchema, data, allOfItsSet);
}

export const SET_ANNOTATIONS_FILE: FileFormat<typeof SetAnnotationsFileSchema> = {
  format: SET_ANNOTATIONS_FORMAT,
  current: SET_ANNOTATIONS_VERSION,
  schema: SetAnnotationsFileSchema,
  parse: parseSetAnnotationsFile,
  migrations: {},
};

// Kept in its own module so the renderer can sort without bundling zod.
export { compareAnnotations } from './annotation-order';
