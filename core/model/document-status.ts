/**
 * The analyst's progress on a document. Kept apart from the zod schemas so
 * the renderer can list the values without bundling zod.
 */
export const DOCUMENT_STATUSES = ['todo', 'in-progress', 'done'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
