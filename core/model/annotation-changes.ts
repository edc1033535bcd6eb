import type { StoredAnnotation } from './annotation';
import type { AnnotationId } from './ids';

/**
 * What changed in a document's annotations since the services last had them:
 * for each changed id, the annotation as it now is, or null when it was
 * removed. Keyed by id, so coalescing two changes keeps only the later state of
 * each annotation and a save carries what changed, never the whole document.
 */
export type AnnotationChanges = ReadonlyMap<AnnotationId, StoredAnnotation | null>;

/** The form a save takes over the API: upserts and removed ids, each id at most once. */
export interface AnnotationChangeRequest {
  upsert: StoredAnnotation[];
  remove: AnnotationId[];
}

/**
 * The changes that turn `before` into `after`. The renderer's state shares
 * every annotation object it did not change, so an annotation counts as
 * changed when its object differs; undo and redo come out right for free.
 */
export function changesBetween(before: readonly StoredAnnotation[], after: readonly StoredAnnotation[]): Map<AnnotationId, StoredAnnotation | null> {
  const previous = new Map(before.map((annotation) => [annotation.id, annotation]));
  const changes = new Map<AnnotationId, StoredAnnotation | null>();
  for (const annotation of after) {
    if (previous.get(annotation.id) !== annotation) changes.set(annotation.id, annotation);
    previous.delete(annotation.id);
  }
  for (const id of previous.keys()) changes.set(id, null);
  return changes;
}

/** Both sets of changes as one: where an id is in both, the newer state wins. */
export function mergeChanges(older: AnnotationChanges, newer: AnnotationChanges): AnnotationChanges {
  return new Map([...older, ...newer]);
}

export function toChangeRequest(changes: AnnotationChanges): AnnotationChangeRequest {
  const request: AnnotationChangeRequest = { upsert: [], remove: [] };
  for (const [id, annotation] of changes) {
    if (annotation) request.upsert.push(annotation);
    else request.remove.push(id);
  }
  return request;
}
