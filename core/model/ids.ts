import { z } from 'zod';

/**
 * Ids end up in file names inside the workspace folder, so they are limited to
 * characters that can never form a path (`..`, `/`, `\`, drive letters).
 */
export const SAFE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const SafeIdSchema = z.string().regex(SAFE_ID_PATTERN, 'must be 1-64 lowercase letters, digits or dashes');

export const DocumentIdSchema = SafeIdSchema;
export const AnnotationIdSchema = SafeIdSchema;
export type DocumentId = z.infer<typeof DocumentIdSchema>;
export type AnnotationId = z.infer<typeof AnnotationIdSchema>;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex');
export const TimestampSchema = z.iso.datetime({ offset: true });
