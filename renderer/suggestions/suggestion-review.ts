import { omitKey } from '../../core/fields/omit-key';
import type { StoredAnnotation } from '../../core/model/annotation';
import { compareAnnotations } from '../../core/model/annotation-order';
import { SUGGESTIONS_SET } from '../../core/model/suggestions';
import { neighbour } from '../../core/annotations/annotation-queries';

/** The note the engine leaves on each suggestion, saying why it made it (core/suggest/to-annotations.ts). */
const ENGINE_NOTE = /^Suggested: /;

export const isSuggestion = (annotation: StoredAnnotation | null | undefined): annotation is StoredAnnotation =>
  annotation?.set === SUGGESTIONS_SET;

/**
 * A suggestion made the analyst's own: the same annotation (its id, spans,
 * fields and entity links, as the analyst may have edited them) in their
 * set. The engine's reason goes, as it explains a guess and the analyst now
 * vouches for the annotation; a note the analyst wrote over it stays.
 */
export function acceptedSuggestion(suggestion: StoredAnnotation, own: string, now: string): StoredAnnotation {
  const kept = suggestion.note !== undefined && ENGINE_NOTE.test(suggestion.note) ? omitKey(suggestion, 'note') : suggestion;
  return { ...kept, set: own, modified: now };
}

/** The suggestions of one type still waiting in the document. */
export const suggestionsOfType = (annotations: readonly StoredAnnotation[], type: string) =>
  annotations.filter((annotation) => isSuggestion(annotation) && annotation.type === type);

/**
 * The suggestion to look at after this one is dealt with: the next in reading
 * order (round again from the top), so the analyst goes through them with A
 * and R alone; null when it was the last.
 */
export function nextSuggestion(annotations: readonly StoredAnnotation[], id: string): StoredAnnotation | null {
  const waiting = annotations.filter((annotation) => annotation.set === SUGGESTIONS_SET || annotation.id === id).sort(compareAnnotations);
  const next = neighbour(waiting, id, 1);
  return next && next.id !== id ? next : null;
}
