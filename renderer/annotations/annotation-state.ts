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
  | { kind: 'remove'; id: string }
  | { kind: 'select'; id: string | null }
  | { kind: 'undo' }
  | { kind: 'redo' };

export function initialAnnotationState(annotations: readonly StoredAnnotation[]): AnnotationState {
  return { annotations, selectedId: null, past: [], future: [], revision: 0 };
}

function change(state: AnnotationState, annotations: readonly StoredAnnotation[], selectedId: string | null): AnnotationState {
  return {
    annotations,
    selectedId,
    past: [...state.past, state.annotations],
    future: [],
    revision: state.revision + 1,
  };
}

export function annotationReducer(state: AnnotationState, action: AnnotationAction): AnnotationState {
  switch (action.kind) {
    case 'reset':
      return initialAnnotationState(action.annotations);
    case 'add':
      return change(state, [...state.annotations, action.annotation], action.annotation.id);
    case 'remove':
      if (!state.annotations.some((a) => a.id === action.id)) return state;
      return change(
        state,
        state.annotations.filter((a) => a.id !== action.id),
        state.selectedId === action.id ? null : state.selectedId,
      );
    case 'select':
      return { ...state, selectedId: action.id };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        annotations: previous,
        selectedId: null,
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
        selectedId: null,
        past: [...state.past, state.annotations],
        future: rest,
        revision: state.revision + 1,
      };
    }
  }
}
