import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { changesBetween, mergeChanges, toChangeRequest, type AnnotationChangeRequest, type AnnotationChanges } from '../../../core/model/annotation-changes';
import { annotationReducer, initialAnnotationState, type AnnotationAction, type AnnotationState } from '../../../renderer/annotations/annotation-state';
import { Autosaver } from '../../../renderer/annotations/autosaver';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = 'The minister said the talks had failed completely, and the talks had failed before.';
const quote = annotationOn(TEXT, 'the talks had failed');
const claim = annotationOn(TEXT, 'failed completely', 'claim');

/** What the services do with a request: apply removals and upserts to the stored annotations, by id. */
function apply(stored: Map<string, StoredAnnotation>, request: AnnotationChangeRequest): void {
  for (const id of request.remove) stored.delete(id);
  for (const annotation of request.upsert) stored.set(annotation.id, annotation);
}

const sorted = (annotations: Iterable<StoredAnnotation>) => [...annotations].sort((a, b) => a.id.localeCompare(b.id));

describe('changesBetween', () => {
  it('names only the annotation that was added, changed or removed', () => {
    let state = annotationReducer(initialAnnotationState([quote]), { kind: 'add', annotation: claim });
    expect(toChangeRequest(changesBetween([quote], state.annotations))).toEqual({ upsert: [claim], remove: [] });
    const before = state.annotations;
    const noted = { ...claim, note: 'checked' };
    state = annotationReducer(state, { kind: 'update', annotation: noted });
    expect(toChangeRequest(changesBetween(before, state.annotations))).toEqual({ upsert: [noted], remove: [] });
    const beforeRemove = state.annotations;
    state = annotationReducer(state, { kind: 'remove', id: quote.id });
    expect(toChangeRequest(changesBetween(beforeRemove, state.annotations))).toEqual({ upsert: [], remove: [quote.id] });
    const beforeUndo = state.annotations;
    state = annotationReducer(state, { kind: 'undo' });
    expect(toChangeRequest(changesBetween(beforeUndo, state.annotations))).toEqual({ upsert: [quote], remove: [] });
  });

  it('removes exactly the removed id when another annotation has the same text', () => {
    const twin = { ...quote, id: 'a-quote-twin' };
    const state = annotationReducer(initialAnnotationState([quote, twin]), { kind: 'remove', id: twin.id });
    const stored = new Map([quote, twin].map((a) => [a.id, a]));
    apply(stored, toChangeRequest(changesBetween([quote, twin], state.annotations)));
    expect([...stored.values()]).toEqual([quote]);
  });

  it('lets the newer state of an annotation win when changes are merged', () => {
    const added: AnnotationChanges = new Map([[quote.id, quote]]);
    const removed: AnnotationChanges = new Map([[quote.id, null]]);
    expect(toChangeRequest(mergeChanges(added, removed))).toEqual({ upsert: [], remove: [quote.id] });
    expect(toChangeRequest(mergeChanges(removed, added))).toEqual({ upsert: [quote], remove: [] });
  });
});

/** A save the test lets finish when it chooses, recording each request as the services would get it. */
function heldSaves() {
  const requests: AnnotationChangeRequest[] = [];
  const waiting: ((outcome: { ok: true } | { ok: false; message: string }) => void)[] = [];
  const save = (changes: AnnotationChanges) =>
    new Promise<{ ok: true } | { ok: false; message: string }>((resolve) => {
      requests.push(toChangeRequest(changes));
      waiting.push(resolve);
    });
  const finish = async (outcome: { ok: true } | { ok: false; message: string } = { ok: true }) => {
    waiting.shift()?.(outcome);
    await Promise.resolve();
  };
  return { requests, save, finish };
}

describe('Autosaver with changes', () => {
  it('sends changes made during a save after it, merged, in order, losing none', async () => {
    const { requests, save, finish } = heldSaves();
    const saver = new Autosaver<AnnotationChanges>(save, mergeChanges, () => {}, 60_000);
    const twin = { ...quote, id: 'a-quote-twin' };
    saver.schedule(new Map([[quote.id, quote]]));
    const first = saver.flush();
    saver.schedule(new Map([[claim.id, claim]]));
    saver.schedule(new Map([[twin.id, twin]]));
    saver.schedule(new Map([[claim.id, null]]));
    // Two flushes at once (closing the document while an export asks): each waits for everything.
    const second = saver.flush();
    const third = saver.flush();
    await finish();
    await first;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await finish();
    await Promise.all([second, third]);
    expect(requests).toEqual([
      { upsert: [quote], remove: [] },
      { upsert: [twin], remove: [claim.id] },
    ]);
  });

  it('keeps a failed save and sends it again under the changes made since', async () => {
    const { requests, save, finish } = heldSaves();
    const statuses: string[] = [];
    const saver = new Autosaver<AnnotationChanges>(save, mergeChanges, (s) => statuses.push(s.kind), 60_000);
    saver.schedule(new Map([[quote.id, quote]]));
    const first = saver.flush();
    saver.schedule(new Map([[claim.id, claim]]));
    await finish({ ok: false, message: 'the disk is full' });
    await first;
    expect(statuses.at(-1)).toBe('failed');
    const retry = saver.flush();
    await finish();
    await retry;
    expect(requests).toEqual([
      { upsert: [quote], remove: [] },
      { upsert: [quote, claim], remove: [] },
    ]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('ends with the services holding exactly what the reader shows, whatever the edits, failures and flushes', async () => {
    const pool = [quote, claim, { ...quote, id: 'a-quote-twin' }, annotationOn(TEXT, 'minister', 'actor')];
    const step = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), n: fc.nat(pool.length - 1) }),
      fc.record({ kind: fc.constant('remove' as const), n: fc.nat(pool.length - 1) }),
      fc.record({ kind: fc.constant('update' as const), n: fc.nat(pool.length - 1), note: fc.string({ maxLength: 3 }) }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const) }),
      fc.record({ kind: fc.constant('flush' as const), fails: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), async (steps) => {
        const stored = new Map<string, StoredAnnotation>();
        let failNext = false;
        const saver = new Autosaver<AnnotationChanges>(
          async (changes) => {
            if (failNext) return { ok: false, message: 'fault' };
            apply(stored, toChangeRequest(changes));
            return { ok: true };
          },
          mergeChanges,
          () => {},
          60_000,
        );
        let state: AnnotationState = initialAnnotationState([]);
        for (const s of steps) {
          if (s.kind === 'flush') {
            failNext = s.fails;
            await saver.flush();
            continue;
          }
          const action: AnnotationAction =
            s.kind === 'add'
              ? { kind: 'add', annotation: pool[s.n]! }
              : s.kind === 'remove'
                ? { kind: 'remove', id: pool[s.n]!.id }
                : s.kind === 'update'
                  ? { kind: 'update', annotation: { ...pool[s.n]!, note: s.note } }
                  : { kind: s.kind };
          // The reducer refuses to add an id it already holds only by convention: keep the pool's ids unique.
          if (action.kind === 'add' && state.annotations.some((a) => a.id === action.annotation.id)) continue;
          const next = annotationReducer(state, action);
          const changes = changesBetween(state.annotations, next.annotations);
          if (changes.size > 0) saver.schedule(changes);
          state = next;
        }
        failNext = false;
        await saver.flush();
        expect(sorted(stored.values())).toEqual(sorted(state.annotations));
      }),
      { numRuns: 200 },
    );
  });
});
