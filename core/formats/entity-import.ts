import { entityByName, namesOf } from '../entities/alias-key';
import { entityLinksOf } from '../entities/entity-links';
import { entityLookup, type EntityEdit } from '../entities/entity-edits';
import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';

/** How imported entities join the workspace's: the edits that create the new ones, and where each imported id now points. */
export interface EntityImport {
  edits: EntityEdit[];
  /** Imported entity id → the workspace entity id it means. */
  ids: ReadonlyMap<string, string>;
}

/**
 * Matches the entities a file brings to the workspace's: the same id (or one
 * merged into a workspace entity) is the same entity; else one of its names
 * already names a workspace entity (names match by alias, as typing does);
 * else it is created, with its aliases and note. Only entities the imported
 * annotations link to are considered, so a file cannot fill the list with
 * entities nothing uses.
 */
export function planEntityImport(workspace: readonly Entity[], incoming: readonly Entity[], annotations: readonly StoredAnnotation[]): EntityImport {
  const known = entityLookup(workspace);
  const byIncomingId = entityLookup(incoming);
  const linked = new Set(annotations.flatMap((annotation) => entityLinksOf(annotation).map((link) => link.entityId)));
  const edits: EntityEdit[] = [];
  const ids = new Map<string, string>();
  const created: Entity[] = [];
  for (const linkId of linked) {
    const entity = byIncomingId.get(linkId);
    if (!entity) continue;
    const same = [entity.id, ...entity.mergedIds].map((id) => known.get(id)).find((found) => found !== undefined);
    const named = same ?? namesOf(entity).map((name) => entityByName([...workspace, ...created], name)).find((found) => found !== undefined);
    if (named) {
      ids.set(linkId, named.id);
      continue;
    }
    created.push(entity);
    ids.set(linkId, entity.id);
    edits.push({ kind: 'create', id: entity.id, entityKind: entity.kind, name: entity.name });
    for (const alias of entity.aliases) edits.push({ kind: 'add-alias', id: entity.id, alias });
    if (entity.note !== undefined) edits.push({ kind: 'set-note', id: entity.id, note: entity.note });
  }
  return { edits, ids };
}

/** The annotation with its entity links pointing where the import decided. */
export function relinkEntities(annotation: StoredAnnotation, ids: ReadonlyMap<string, string>): StoredAnnotation {
  if (ids.size === 0) return annotation;
  const relink = (value: FieldValue): FieldValue => (typeof value === 'object' && 'entity' in value ? { entity: ids.get(value.entity) ?? value.entity } : value);
  return {
    ...annotation,
    fields: Object.fromEntries(Object.entries(annotation.fields).map(([id, value]) => [id, relink(value)])),
    ...(annotation.entity !== undefined ? { entity: ids.get(annotation.entity) ?? annotation.entity } : {}),
  };
}
