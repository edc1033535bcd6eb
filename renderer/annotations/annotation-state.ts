import type { StoredAnnotation } from '../../core/model/annotation';

/** The open document's annotations, with undo history and the selection. */
export interface AnnotationState {
  annotations: readonly StoredAnnotation[];
  selectedId: string | null;
  past: readonly (readonly StoredAnnotation[])[];
  future: readonly (readonly StoredAnnotation[])[];
  /** Counts changes to the annotations; 0 means "as loaded", nothing to save. */
  revision: number;
}

export type AnnotationAction =
  | { kind: 'reset'; annotations: readonly StoredAnnotation[] }
  | { kind: 'add'; annotation: StoredAnnotation }
  /** Several at once (find's "Tag all matches"), undone as one step. */
  | { kind: 'add-many'; annotations: readonly StoredAnnotation[] }
  | { kind: 'remove'; id: string }
  /**
   * Replaces an annotation (same id). `created` is added in the same step, so
   * linking a field to a newly tagged span is undone as one change.
   */
  | { kind: 'update'; annotation: StoredAnnotation; created?: StoredAnnotation }
  /** Several replaced at once (dates read again from a new publication date), undone as one step. */
  | { kind: 'update-many'; annotations: readonly StoredAnnotation[] }
  | { kind: 'select'; id: string | null }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** Enough undo for a long session; bounded so memory does not grow with every edit. */
export const HISTORY_LIMIT = 200;

export function initialAnnotationState(annotations: readonly StoredAnnotation[]): AnnotationState {
  return { annotations, selectedId: null, past: [], future: [], revision: 0 };
}

function change(state: AnnotationState, annotations: readonly StoredAnnotation[], selectedId: string | null): AnnotationState {
  return {
    annotations,
    selectedId,
    past: [...state.past, state.annotations].slice(-HISTORY_LIMIT),
    future: [],
    revision: state.revision + 1,
  };
}

/** Undo and redo keep the selection while the selected annotation still exists. */
function keptSelection(selectedId: string | null, annotations: readonly StoredAnnotation[]): string | null {
  return annotations.some((a) => a.id === selectedId) ? selectedId : null;
}

function update(state: AnnotationState, annotation: StoredAnnotation, created: StoredAnnotation | undefined): AnnotationState {
  if (!state.annotations.some((a) => a.id === annotation.id)) return state;
  const replaced = state.annotations.map((a) => (a.id === annotation.id ? annotation : a));
  return change(state, created ? [...replaced, created] : replaced, state.selectedId);
}

export function annotationReducer(state: AnnotationState, action: AnnotationAction): AnnotationState {
  switch (action.kind) {
    case 'reset':
      return initialAnnotationState(action.annotations);
    case 'add':
      return change(state, [...state.annotations, action.annotation], action.annotation.id);
    case 'add-many':
      if (action.annotations.length === 0) return state;
      return change(state, [...state.annotations, ...action.annotations], state.selectedId);
    case 'remove':
      if (!state.annotations.some((a) => a.id === action.id)) return state;
      return change(
        state,
        state.annotations.filter((a) => a.id !== action.id),
        state.selectedId === action.id ? null : state.selectedId,
      );
    case 'update':
      return update(state, action.annotation, action.created);
    case 'update-many': {
      const replacing = new Map(action.annotations.map((annotation) => [annotation.id, annotation]));
      if (!state.annotations.some((annotation) => replacing.has(annotation.id))) return state;
      return change(state, state.annotations.map((annotation) => replacing.get(annotation.id) ?? annotation), state.selectedId);
    }
    case 'select':
      return { ...state, selectedId: action.id };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        annotations: previous,
        selectedId: keptSelection(state.selectedId, previous),
        past: state.past.slice(0, -1),
        future: [state.annotations, ...state.future],
        revision: state.revision + 1,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return {
        annotations: next,
        selectedId: keptSelection(state.selectedId, next),
        past: [...state.past, state.annotations].slice(-HISTORY_LIMIT),
        future: rest,
        revision: state.revision + 1,
      };
    }
  }
}
