import type { FieldValue, StoredAnnotation } from '../model/annotation';
import type { EntityId } from '../model/entity';

export type EntityRef = { entity: EntityId };

export function isEntityRef(value: FieldValue | undefined): value is EntityRef {
  return typeof value === 'object' && 'entity' in value;
}

/** One place an annotation points at an entity: through a field, or (field null) because its words name it. */
export interface EntityLink {
  entityId: EntityId;
  /** The field's id; null when the annotation's own words name the entity (an Actor span). */
  field: string | null;
}

/** Every entity an annotation links to, mention first, then its fields in their order. */
export function entityLinksOf(annotation: StoredAnnotation): EntityLink[] {
  const links: EntityLink[] = annotation.entity !== undefined ? [{ entityId: annotation.entity, field: null }] : [];
  for (const [field, value] of Object.entries(annotation.fields)) {
    if (isEntityRef(value)) links.push({ entityId: value.entity, field });
  }
  return links;
}
