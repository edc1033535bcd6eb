import { readableValue, valueContexts } from '../formats/field-text';
import type { FieldValue, StoredAnnotation } from '../model/annotation';

/** Nothing to resolve links against: an entity is compared by its id, which both sets share. */
const UNRESOLVED = valueContexts([])({ annotations: [] });

/** Finds an annotation of the document by id: a map, or something that makes one only when first asked. */
export type AnnotationLookup = Pick<ReadonlyMap<string, StoredAnnotation>, 'get'>;

/**
 * What a field value is compared by, when two sets' annotations are set side
 * by side: a span reference by the words it points at (two analysts' Actor
 * spans have different ids), the rest as readableValue gives it: an entity
 * by its id, a date by its ISO value.
 */
export function comparableValue(value: FieldValue, byId: AnnotationLookup): string {
  if (typeof value === 'object' && 'ref' in value) {
    const target = byId.get(value.ref);
    return target ? `words:${target.fragments.map((f) => f.exact).join(' … ')}` : `ref:${value.ref}`;
  }
  const readable = readableValue(value, UNRESOLVED);
  return readable.id ?? readable.text;
}
