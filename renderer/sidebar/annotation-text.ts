import type { FieldValue, StoredAnnotation } from '../../core/model/annotation';
import type { Entity } from '../../core/model/entity';
import type { LabelType } from '../../core/model/label-types';

/** Shortens long text for lists, keeping both ends readable. */
export function excerpt(text: string, max = 140): string {
  return text.length <= max ? text : `${text.slice(0, max - 40)} … ${text.slice(-30)}`;
}

/** The annotated words, fragments joined by an ellipsis. */
export function annotationText(annotation: StoredAnnotation): string {
  return annotation.fragments.map((fragment) => fragment.exact).join(' … ');
}

/**
 * What the type's key field (speaker, actor, claimant) says, as text (see
 * fieldValueText); null when it says nothing.
 */
export function keyFieldText(
  annotation: StoredAnnotation,
  type: LabelType | undefined,
  byId: ReadonlyMap<string, StoredAnnotation>,
  entities: ReadonlyMap<string, Entity>,
): string | null {
  const value: FieldValue | undefined = type?.keyField ? annotation.fields[type.keyField] : undefined;
  if (value === undefined || value === '') return null;
  return fieldValueText(value, byId, entities);
}

/**
 * A field's value as text: a reference shows the text of the annotation it
 * points at (or the entity that annotation names), an entity its name, a
 * date its wording.
 */
export function fieldValueText(value: FieldValue, byId: ReadonlyMap<string, StoredAnnotation>, entities: ReadonlyMap<string, Entity>): string {
  if (typeof value !== 'object') return String(value);
  if ('entity' in value) return entities.get(value.entity)?.name ?? '(deleted entity)';
  if ('ref' in value) {
    const target = byId.get(value.ref);
    if (!target) return '(missing annotation)';
    const named = target.entity === undefined ? undefined : entities.get(target.entity);
    return named ? named.name : annotationText(target);
  }
  return value.wording || value.date;
}
