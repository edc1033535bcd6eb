import { z } from 'zod';
import { StoredAnnotationSchema } from './annotation';
import { TimestampSchema } from './ids';
import { LIMITS } from './limits';
import type { FileFormat } from './versioned';

export const SYNC_CONFLICTS_FORMAT = 'gloss.sync-conflicts';
export const SYNC_CONFLICTS_VERSION = 1;
export const SYNC_CONFLICTS_FILE_NAME = 'sync-conflicts.json';

/** What a conflict is about: one annotation, one document's entry in the manifest, an entity, a type, a whole file, the manifest's own name. */
export type ConflictKind = 'annotation' | 'document-entry' | 'entity' | 'type' | 'file' | 'workspace';

/**
 * Whether the analyst can take the remote's version of an item of this kind
 * in one step: an annotation, an entity, a type or a document's status each
 * stand alone; a whole file or the workspace's name could undo other changes
 * made since, so those are copied from by hand.
 */
export function canTakeTheirs(kind: ConflictKind): boolean {
  return kind === 'annotation' || kind === 'entity' || kind === 'type' || kind === 'document-entry';
}

const CONFLICT_REASONS = ['changed-both', 'added-both', 'deleted-here', 'deleted-there'] as const;

const common = {
  /** Stable per item and file, so the same item in conflict again replaces its record. */
  id: z.string().min(1).max(LIMITS.name * 4),
  /** The file, relative to the workspace folder, with `/` between folders. */
  file: z.string().min(1).max(LIMITS.name * 4),
  /** The id of the item within the file (an annotation id); the file's own path for a whole file. */
  itemId: z.string().min(1).max(LIMITS.name * 4),
  reason: z.enum(CONFLICT_REASONS),
  /** When the sync found it. */
  found: TimestampSchema,
  /** The remote commit the other version came from. */
  remoteCommit: z.string().regex(/^[0-9a-f]{7,64}$/),
};

/**
 * One true conflict of a sync: this workspace's version (`ours`, kept in the
 * file) and the remote's (`theirs`, kept only here until the analyst
 * decides). null means that side deleted the item.
 */
export const SyncConflictSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('annotation'), ours: StoredAnnotationSchema.nullable(), theirs: StoredAnnotationSchema.nullable() }),
  z.object({ ...common, kind: z.enum(['document-entry', 'entity', 'type', 'file', 'workspace']), ours: z.json().nullable(), theirs: z.json().nullable() }),
]);
export type SyncConflict = z.infer<typeof SyncConflictSchema>;

const SyncConflictsFileSchema = z.object({
  format: z.literal(SYNC_CONFLICTS_FORMAT),
  version: z.literal(SYNC_CONFLICTS_VERSION),
  conflicts: z.array(SyncConflictSchema).max(1_000_000),
});

export const SYNC_CONFLICTS_FILE: FileFormat<typeof SyncConflictsFileSchema> = {
  format: SYNC_CONFLICTS_FORMAT,
  current: SYNC_CONFLICTS_VERSION,
  schema: SyncConflictsFileSchema,
  migrations: {},
};
