import { describe, expect, it, vi } from 'vitest';
import { annotationReducer, initialAnnotationState } from '../../../renderer/annotations/annotation-state';
import { Autosaver } from '../../../renderer/annotations/autosaver';
import { innermostAt } from '../../../core/annotations/annotation-queries';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = 'The minister said the talks had failed completely.';

describe('annotationReducer', () => {
  it('undoes and redoes adding and removing', () => {
    const quote = annotationOn(TEXT, 'the talks had failed');
    let state = annotationReducer(initialAnnotationState([]), { kind: 'add', annotation: quote });
    expect(state.annotations).toEqual([quote]);
    expect(state.selectedId).toBe(quote.id);
    state = annotationReducer(state, { kind: 'remove', id: quote.id });
    expect(state.annotations).toEqual([]);
    state = annotationReducer(state, { kind: 'undo' });
    expect(state.annotations).toEqual([quote]);
    state = annotationReducer(state, { kind: 'undo' });
    expect(state.annotations).toEqual([]);
    state = annotationReducer(state, { kind: 'redo' });
    expect(state.annotations).toEqual([quote]);
    expect(state.revision).toBe(5);
  });

  it('does nothing when there is nothing to undo', () => {
    const state = initialAnnotationState([]);
    expect(annotationReducer(state, { kind: 'undo' })).toBe(state);
  });
});

describe('innermostAt', () => {
  it('picks the shortest annotation covering the clicked character', () => {
    const outer = annotationOn(TEXT, 'the talks had failed completely', 'claim');
    const inner = annotationOn(TEXT, 'talks', 'event');
    const at = TEXT.indexOf('talks') + 1;
    expect(innermostAt([outer, inner], at)?.id).toBe(inner.id);
    expect(innermostAt([outer, inner], TEXT.indexOf('failed'))?.id).toBe(outer.id);
    expect(innermostAt([outer, inner], 0)).toBeNull();
  });
});

/** Merging that keeps only the newer work, as a snapshot saver would. */
const latest = (_older: number, newer: number) => newer;

describe('Autosaver', () => {
  it('saves the latest snapshot once after a burst of changes', async () => {
    vi.useFakeTimers();
    const saved: number[] = [];
    const statuses: string[] = [];
    const saver = new Autosaver<number>(async (n) => (saved.push(n), { ok: true }), latest, (s) => statuses.push(s.kind), 100);
    saver.schedule(1);
    saver.schedule(2);
    saver.schedule(3);
    await vi.advanceTimersByTimeAsync(150);
    expect(saved).toEqual([3]);
    expect(statuses.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('keeps a snapshot that failed to save and tries again by itself, backing off', async () => {
    vi.useFakeTimers();
    const outcomes = [false, false, true];
    const attempts: number[] = [];
    const statuses: string[] = [];
    const saver = new Autosaver<number>(
      async () => (attempts.push(Date.now()), outcomes.shift() ? { ok: true } : { ok: false, message: 'disk full' }),
      latest,
      (s) => statuses.push(s.kind === 'failed' ? `failed: ${s.message}` : s.kind),
      100,
    );
    saver.schedule(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(statuses.at(-1)).toBe('failed: disk full (trying again)');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(attempts).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toHaveLength(3);
    expect(statuses.at(-1)).toBe('saved');
    vi.useRealTimers();
  });

  it('keeps a snapshot that failed to save and retries it on flush', async () => {
    let fail = true;
    const saved: number[] = [];
    const statuses: string[] = [];
    const saver = new Autosaver<number>(
      async (n) => (fail ? { ok: false, message: 'disk full' } : (saved.push(n), { ok: true })),
      latest,
      (s) => statuses.push(s.kind === 'failed' ? `failed: ${s.message}` : s.kind),
      10_000,
    );
    saver.schedule(7);
    await saver.flush();
    expect(statuses.at(-1)).toBe('failed: disk full (trying again)');
    fail = false;
    await saver.flush();
    expect(saved).toEqual([7]);
    expect(statuses.at(-1)).toBe('saved');
  });
});
