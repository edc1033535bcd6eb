import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../../../core/api/contract';
import { visibleDocuments } from '../../../renderer/documents/document-order';

const doc = (id: string, over: Partial<DocumentSummary>): DocumentSummary => ({
  id,
  title: id,
  addedAt: '2026-01-01T00:00:00.000Z',
  status: 'todo',
  annotationCounts: {},
  ...over,
});

const DOCS = [
  doc('b', { title: 'Bridge vote delayed', source: 'Harbour Times', addedAt: '2026-01-02T00:00:00.000Z', annotationCounts: { quote: 1 } }),
  doc('a', { title: 'Äpfel harvest', source: 'Farm Weekly', status: 'done', addedAt: '2026-01-03T00:00:00.000Z' }),
  doc('c', { title: 'Ceasefire holds', status: 'in-progress', annotationCounts: { quote: 2, claim: 3 } }),
];

describe('visibleDocuments', () => {
  it.each([
    ['added', ['a', 'b', 'c']],
    ['title', ['a', 'b', 'c']],
    ['status', ['c', 'b', 'a']],
    ['annotations', ['c', 'b', 'a']],
  ] as const)('sorts by %s', (sort, ids) => {
    expect(visibleDocuments(DOCS, { query: '', status: 'all', sort }).map((d) => d.id)).toEqual(ids);
  });

  it('filters by every word of the query across title and source, ignoring case', () => {
    expect(visibleDocuments(DOCS, { query: 'harbour BRIDGE', status: 'all', sort: 'title' }).map((d) => d.id)).toEqual(['b']);
    expect(visibleDocuments(DOCS, { query: 'weekly', status: 'all', sort: 'title' }).map((d) => d.id)).toEqual(['a']);
  });

  it('filters by status', () => {
    expect(visibleDocuments(DOCS, { query: '', status: 'done', sort: 'title' }).map((d) => d.id)).toEqual(['a']);
  });
});
