import { describe, expect, it } from 'vitest';
import { annotationReducer, HISTORY_LIMIT, initialAnnotationState } from '../../../renderer/annotations/annotation-state';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = 'The harbour engineer said the piers were sound.';

describe('annotationReducer update', () => {
  const quote = annotationOn(TEXT, 'the piers were sound');
  const speaker = annotationOn(TEXT, 'The harbour engineer', 'actor');
  const added = annotationReducer(initialAnnotationState([]), { kind: 'add', annotation: quote });

  it('replaces an annotation as one undoable step and keeps it selected through undo and redo', () => {
    const noted = { ...quote, note: 'checked' };
    let state = annotationReducer(added, { kind: 'update', annotation: noted });
    expect(state.annotations).toEqual([noted]);
    state = annotationReducer(state, { kind: 'undo' });
    expect(state.annotations).toEqual([quote]);
    expect(state.selectedId).toBe(quote.id);
    state = annotationReducer(state, { kind: 'redo' });
    expect(state.annotations).toEqual([noted]);
    expect(state.selectedId).toBe(quote.id);
  });

  it('adds a created annotation in the same step, so one undo removes the link and the new tag', () => {
    const linked = { ...quote, fields: { speaker: { ref: speaker.id } } };
    let state = annotationReducer(added, { kind: 'update', annotation: linked, created: speaker });
    expect(state.annotations).toEqual([linked, speaker]);
    state = annotationReducer(state, { kind: 'undo' });
    expect(state.annotations).toEqual([quote]);
  });

  it('ignores an update to an annotation that is not there', () => {
    expect(annotationReducer(added, { kind: 'update', annotation: speaker })).toBe(added);
  });

  it('keeps a bounded history', () => {
    let state = added;
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) {
      state = annotationReducer(state, { kind: 'update', annotation: { ...quote, note: String(i) } });
    }
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) state = annotationReducer(state, { kind: 'undo' });
    expect(state.annotations[0]?.note).toBe('49');
  });
});
