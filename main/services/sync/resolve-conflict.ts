import { err, ok, type Result } from '../../../core/result';
import { documentOf } from '../../../core/sync/sync-message';
import type { Workspace } from '../workspace/workspace';

/**
 * Settles one conflict of a sync. Keeping mine leaves the workspace as it
 * is; taking theirs saves the remote's version of the annotation in place of
 * ours (or removes ours where the remote deleted it), as an ordinary save
 * of its document. Other kinds (an entity, a type, a whole file) are shown
 * for the analyst to copy from by hand: taking them whole could undo other
 * changes made since. The record goes once the choice is saved.
 */
export async function resolveConflict(workspace: Workspace, id: string, keep: 'mine' | 'theirs'): Promise<Result<number, string>> {
  const read = await workspace.sync.readConflicts();
  if (!read.ok) return err(read.error);
  const conflict = read.value.find((candidate) => candidate.id === id);
  if (!conflict) return err('that conflict is no longer waiting (settled already, perhaps on another computer)');
  if (keep === 'theirs') {
    if (conflict.kind !== 'annotation') return err(`only an annotation can take the other version here; for ${conflict.kind === 'file' ? 'a whole file' : `a ${conflict.kind}`}, copy what you want from it by hand, then keep yours`);
    const documentId = documentOf(conflict.file);
    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) return err(loaded.error.message);
    const saved = await workspace.saveChanges(documentId, conflict.theirs ? { upsert: [conflict.theirs], remove: [] } : { upsert: [], remove: [conflict.itemId] });
    if (!saved.ok) return err(saved.error.message);
  }
  const settled = await workspace.sync.settle(id);
  return settled.ok ? ok(settled.value) : err(settled.error.message);
}
