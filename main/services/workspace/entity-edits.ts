import type { ApiError } from '../../../core/api/contract';
import { entityLookup, type EntityEdit } from '../../../core/entities/entity-edits';
import type { Entity } from '../../../core/model/entity';
import { err, type Result } from '../../../core/result';
import { entityMentions } from './entity-mentions';
import type { Workspace } from './workspace';

/**
 * Applies entity edits, refusing to delete an entity that saved annotations
 * still link to (through its own id or one merged into it): a deleted entity
 * would leave those links pointing nowhere.
 */
export async function editEntities(workspace: Workspace, edits: readonly EntityEdit[]): Promise<Result<readonly Entity[], ApiError>> {
  const deleting = new Set(edits.flatMap((edit) => (edit.kind === 'delete' ? [edit.id] : [])));
  if (deleting.size > 0) {
    const lookup = entityLookup((await workspace.entities.list()).entities);
    const { mentions, problems } = await entityMentions(workspace);
    if (problems.length > 0) {
      return err({ code: 'failed', message: 'No entity was deleted: some annotations files cannot be read, so its links cannot be checked.', problems });
    }
    for (const id of deleting) {
      const used = mentions.filter((mention) => lookup.get(mention.entityId)?.id === id);
      if (used.length > 0) {
        const name = lookup.get(id)?.name ?? id;
        return err({
          code: 'failed',
          message: `“${name}” is still linked from ${used.length === 1 ? 'one annotation' : `${used.length} annotations`}; unlink ${used.length === 1 ? 'it' : 'them'} or merge the entity into another first.`,
        });
      }
    }
  }
  const edited = await workspace.entities.edit(edits);
  return edited.ok ? edited : err({ code: edited.error.code, message: edited.error.message });
}
