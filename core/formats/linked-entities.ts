import { entityLinksOf } from '../entities/entity-links';
import { entityLookup } from '../entities/entity-edits';
import type { StoredAnnotation } from '../model/annotation';
import type { Entity } from '../model/entity';

/**
 * The entities one document's annotations link to, for formats that carry
 * them beside each document (doccano's metadata, Label Studio's task data),
 * so an import can match them to the workspace's (entity-import.ts).
 */
export function entitiesLinkedBy(entities: readonly Entity[]): (annotations: readonly StoredAnnotation[]) => Entity[] {
  const lookup = entityLookup(entities);
  return (annotations) => {
    const linked = new Map<string, Entity>();
    for (const link of annotations.flatMap(entityLinksOf)) {
      const entity = lookup.get(link.entityId);
      if (entity) linked.set(entity.id, entity);
    }
    return [...linked.values()];
  };
}

/** Entities gathered from several documents, each id once. */
export function collectEntities(into: Map<string, Entity>, entities: readonly Entity[] | undefined): void {
  for (const entity of entities ?? []) if (!into.has(entity.id)) into.set(entity.id, entity);
}
