import type { z } from 'zod';
import { EntitySchema } from '../../../core/model/entity';
import { LabelTypeSchema } from '../../../core/model/label-types';
import { canTakeTheirs, type SyncConflict } from '../../../core/model/sync-conflicts';
import { DocumentEntrySchema } from '../../../core/model/workspace';
import { err, ok, type Result } from '../../../core/result';
import { replaceById } from '../../../core/sync/merge-annotations';
import { documentOf } from '../../../core/sync/sync-message';
import type { Workspace } from '../workspace/workspace';

/**
 * Settles one conflict of a sync. Keeping mine leaves the workspace as it
 * is; taking theirs saves the remote's version of the item in place of ours
 * (or removes ours where the remote deleted it) through the store's ordinary
 * writes: an annotation as a save of its document, an entity in
 * entities.json, a type in schema.json, and of a document's entry its status
 * (the one part of it an analyst changes). A whole file or the workspace's
 * name are shown for the analyst to copy from by hand: taking them whole
 * could undo other changes made since. The record goes once the choice is saved.
 */
export async function resolveConflict(workspace: Workspace, id: string, keep: 'mine' | 'theirs'): Promise<Result<number, string>> {
  const read = await workspace.sync.readConflicts();
  if (!read.ok) return err(read.error);
  const conflict = read.value.find((candidate) => candidate.id === id);
  if (!conflict) return err('that conflict is no longer waiting (settled already, perhaps on another computer)');
  if (keep === 'theirs') {
    const taken = await takeTheirs(workspace, conflict);
    if (!taken.ok) return taken;
  }
  const settled = await workspace.sync.settle(id);
  return settled.ok ? ok(settled.value) : err(settled.error.message);
}

async function takeTheirs(workspace: Workspace, conflict: SyncConflict): Promise<Result<void, string>> {
  if (!canTakeTheirs(conflict.kind)) return err(`${conflict.kind === 'file' ? 'a whole file' : 'the workspace’s name'} cannot take the other version here: copy what you want from it by hand, then keep yours`);
  const saved = await saveTheirs(workspace, conflict);
  return saved.ok ? ok(undefined) : err(saved.error);
}

async function saveTheirs(workspace: Workspace, conflict: SyncConflict): Promise<Result<unknown, string>> {
  if (conflict.kind === 'annotation') {
    const documentId = documentOf(conflict.file);
    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) return err(loaded.error.message);
    const change = conflict.theirs ? { upsert: [conflict.theirs], remove: [] } : { upsert: [], remove: [conflict.itemId] };
    return messageOf(await workspace.saveChanges(documentId, change));
  }
  if (conflict.kind === 'entity') {
    const entity = theirsAs(EntitySchema, conflict);
    return entity.ok ? messageOf(await workspace.entities.replace(conflict.itemId, entity.value)) : entity;
  }
  if (conflict.kind === 'type') {
    const type = theirsAs(LabelTypeSchema, conflict);
    return type.ok ? messageOf(await workspace.saveSchema(replaceById(workspace.labelTypes, conflict.itemId, type.value))) : type;
  }
  const entry = theirsAs(DocumentEntrySchema, conflict);
  if (!entry.ok) return entry;
  if (!entry.value) return err('the other computer removed this document: remove it here by hand if you agree, then keep yours');
  return messageOf(await workspace.setStatus(conflict.itemId, entry.value.status));
}

/** The remote's version read as what its kind holds (null where the remote deleted it); sync-conflicts.json keeps it as any JSON. */
function theirsAs<T extends z.ZodType>(schema: T, conflict: SyncConflict): Result<z.infer<T> | null, string> {
  if (conflict.theirs === null) return ok(null);
  const parsed = schema.safeParse(conflict.theirs);
  return parsed.success ? ok(parsed.data) : err(`the other version of ${conflict.kind} ${conflict.itemId} is not a valid ${conflict.kind}: ${parsed.error.issues[0]?.message ?? 'unreadable'}`);
}

function messageOf<T>(result: Result<T, { message: string }>): Result<T, string> {
  return result.ok ? result : err(result.error.message);
}
