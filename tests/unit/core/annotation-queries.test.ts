import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { annotationsAt, fragmentDepths, innermostAt, neighbour } from '../../../core/annotations/annotation-queries';

function annotation(id: string, ...spans: [number, number][]): StoredAnnotation {
  return {
    id,
    type: 'quote',
    set: 'default',
    fragments: spans.map(([start, end]) => ({ start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' })),
    fields: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

function depthsById(annotations: StoredAnnotation[]): Record<string, number[]> {
  const depths = fragmentDepths(annotations);
  return Object.fromEntries(annotations.map((a) => [a.id, a.fragments.map((f) => depths.get(f) as number)]));
}

describe('fragmentDepths', () => {
  it.each([
    { name: 'apart', spans: { a: [0, 5], b: [10, 15] }, expected: { a: [0], b: [0] } },
    { name: 'touching ends do not nest', spans: { a: [0, 5], b: [5, 9] }, expected: { a: [0], b: [0] } },
    { name: 'nested three deep', spans: { a: [0, 100], b: [10, 50], c: [20, 30] }, expected: { a: [0], b: [1], c: [2] } },
    { name: 'overlapping', spans: { a: [0, 10], b: [5, 15], c: [12, 20] }, expected: { a: [0], b: [1], c: [1] } },
    { name: 'same span twice', spans: { a: [3, 8], b: [3, 8] }, expected: { a: [0], b: [1] } },
    { name: 'outer listed after inner', spans: { b: [10, 20], a: [0, 30] }, expected: { b: [1], a: [0] } },
  ] as { name: string; spans: Record<string, [number, number]>; expected: Record<string, number[]> }[])(
    '$name',
    ({ spans, expected }) => {
      const annotations = Object.entries(spans).map(([id, span]) => annotation(id, span));
      expect(depthsById(annotations)).toEqual(expected);
    },
  );

  it('gives each fragment of a split annotation its own depth', () => {
    expect(depthsById([annotation('outer', [0, 10]), annotation('split', [2, 4], [20, 25])])).toEqual({
      outer: [0],
      split: [1, 0],
    });
  });
});

describe('annotationsAt and innermostAt', () => {
  const outer = annotation('outer', [0, 100]);
  const middle = annotation('middle', [10, 60]);
  const inner = annotation('inner', [20, 30]);
  const all = [outer, inner, middle];

  it('lists every annotation covering the point, innermost first', () => {
    expect(annotationsAt(all, 25).map((a) => a.id)).toEqual(['inner', 'middle', 'outer']);
    expect(annotationsAt(all, 5).map((a) => a.id)).toEqual(['outer']);
    expect(annotationsAt(all, 100)).toEqual([]);
    expect(innermostAt(all, 45)?.id).toBe('middle');
  });
});

describe('neighbour', () => {
  const ordered = [annotation('a', [0, 1]), annotation('b', [2, 3]), annotation('c', [4, 5])];
  it('steps forwards and backwards, wrapping round', () => {
    expect(neighbour(ordered, null, 1)?.id).toBe('a');
    expect(neighbour(ordered, null, -1)?.id).toBe('c');
    expect(neighbour(ordered, 'c', 1)?.id).toBe('a');
    expect(neighbour(ordered, 'a', -1)?.id).toBe('c');
    expect(neighbour([], null, 1)).toBeNull();
  });
});
