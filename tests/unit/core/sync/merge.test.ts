import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../../core/model/annotation';
import { mergeAnnotations } from '../../../../core/sync/merge-annotations';
import { mergeWorkspaceFile } from '../../../../core/sync/merge-files';

const SHA = 'a'.repeat(64);

function note(id: string, text: string, modified = '2026-12-01T10:00:00.000Z', set = 'alice'): StoredAnnotation {
  return {
    id,
    type: 'quote',
    set,
    fragments: [{ start: 0, end: 5, exact: 'Hello', prefix: '', suffix: ' world' }],
    fields: { speaker: text },
    created: '2026-12-01T09:00:00.000Z',
    modified,
  };
}

const annotationsFile = (annotations: StoredAnnotation[]) => ({ format: 'gloss.annotations', version: 2, documentId: 'doc-1', textSha256: SHA, annotations, unplaced: [] });

function entry(id: string, extra: Record<string, unknown> = {}) {
  return { id, title: `Article ${id}`, addedAt: '2026-12-01T08:00:00.000Z', textSha256: SHA, status: 'todo', annotationCounts: { quote: 1 }, ...extra };
}
const manifest = (documents: unknown[], name = 'Desk') => ({ format: 'gloss.workspace', version: 2, id: 'ws-1', name, created: '2026-12-01T08:00:00.000Z', documents });

describe('mergeAnnotations (three-way, per annotation by id)', () => {
  const base = [note('a1', 'Ana'), note('a2', 'Ben'), note('a3', 'Cy')];

  it('takes a change made on one side only, from either side, and both sides’ additions', () => {
    const ours = [note('a1', 'Ana Ivanova', '2026-12-01T11:00:00.000Z'), note('a2', 'Ben'), note('a3', 'Cy'), note('a4', 'Dee')];
    const theirs = [note('a1', 'Ana'), note('a2', 'Ben Okafor', '2026-12-01T12:00:00.000Z'), note('a3', 'Cy'), note('a5', 'Eve')];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.map((a) => [a.id, a.fields['speaker']])).toEqual([
      ['a1', 'Ana Ivanova'],
      ['a2', 'Ben Okafor'],
      ['a3', 'Cy'],
      ['a4', 'Dee'],
      ['a5', 'Eve'],
    ]);
  });

  it('takes the same change made on both sides once, keeping the later modified time', () => {
    const ours = [note('a1', 'Ana I.', '2026-12-01T11:00:00.000Z'), note('a2', 'Ben'), note('a3', 'Cy')];
    const theirs = [note('a1', 'Ana I.', '2026-12-01T13:00:00.000Z'), note('a2', 'Ben'), note('a3', 'Cy')];
    const { merged, conflicts } = mergeAnnotations(base, ours, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.filter((a) => a.id === 'a1')).toEqual([note('a1', 'Ana I.', '2026-12-01T13:00:00.000Z')]);
  });

  it('lists an annotation changed differently on both sides as a conflict, ours in place and theirs kept', () => {
    const mine = note('a1', 'Ana from here', '2026-12-01T11:00:00.000Z');
    const other = note('a1', 'Ana from there', '2026-12-01T12:00:00.000Z');
    const { merged, conflicts } = mergeAnnotations(base, [mine, note('a2', 'Ben'), note('a3', 'Cy')], [other, note('a2', 'Ben'), note('a3', 'Cy')]);
    expect(merged.find((a) => a.id === 'a1')).toEqual(mine);
    expect(conflicts).toEqual([{ id: 'a1', reason: 'changed-both', ours: mine, theirs: other }]);
  });

  it('lists deleted-on-one-side, changed-on-the-other as conflicts, never dropping the changed version', () => {
    const changedHere = note('a2', 'Ben changed here', '2026-12-01T11:00:00.000Z');
    const changedThere = note('a3', 'Cy changed there', '2026-12-01T11:00:00.000Z');
    // Ours deletes a3 and changes a2; theirs deletes a2 and changes a3; a1 deleted by theirs unchanged here goes.
    const { merged, conflicts } = mergeAnnotations(base, [note('a1', 'Ana'), changedHere], [changedThere]);
    expect(merged).toEqual([changedHere]);
    expect(conflicts).toEqual([
      { id: 'a2', reason: 'deleted-there', ours: changedHere, theirs: null },
      { id: 'a3', reason: 'deleted-here', ours: null, theirs: changedThere },
    ]);
  });
});

describe('mergeWorkspaceFile', () => {
  it('merges an annotations file whatever its path, and refuses a version this Gloss cannot read', () => {
    const merged = mergeWorkspaceFile(annotationsFile([note('a1', 'Ana')]), annotationsFile([note('a1', 'Ana'), note('a2', 'Ben')]), annotationsFile([note('a1', 'Ana'), note('b1', 'Bo', undefined, 'bob')]));
    expect(merged.ok && (merged.value.value as { annotations: StoredAnnotation[] }).annotations.map((a) => a.id)).toEqual(['a1', 'a2', 'b1']);
    const newer = mergeWorkspaceFile(annotationsFile([]), annotationsFile([]), { ...annotationsFile([note('x', 'X')]), version: 99 });
    expect(newer).toEqual({ ok: false, error: expect.stringMatching(/^the remote's version was written by a newer Gloss/) });
  });

  it('removes an annotations file deleted on one side when nothing changed in it on the other, and keeps it when something did', () => {
    const base = annotationsFile([note('a1', 'Ana')]);
    expect(mergeWorkspaceFile(base, base, undefined)).toEqual({ ok: true, value: { value: null, format: 'gloss.annotations', conflicts: [] } });
    const changed = mergeWorkspaceFile(base, annotationsFile([note('a1', 'Ana changed', '2026-12-02T10:00:00.000Z')]), undefined);
    expect(changed.ok && changed.value.conflicts.map((c) => [c.itemId, c.reason])).toEqual([['a1', 'deleted-there']]);
    expect(changed.ok && (changed.value.value as { annotations: StoredAnnotation[] }).annotations.map((a) => a.fields['speaker'])).toEqual(['Ana changed']);
  });

  it('merges the manifest: documents imported on both sides are all listed, field changes on different fields combine, counts are left to be counted again', () => {
    const base = manifest([entry('d1')]);
    const ours = manifest([entry('d1', { status: 'done' }), entry('d2')]);
    const theirs = manifest([entry('d1', { title: 'A better title' }), entry('d3')]);
    const merged = mergeWorkspaceFile(base, ours, theirs);
    if (!merged.ok) throw new Error(merged.error);
    const documents = (merged.value.value as { documents: Record<string, unknown>[] }).documents;
    expect(documents.map((d) => [d['id'], d['status'], d['title'], d['annotationCounts']])).toEqual([
      ['d1', 'done', 'A better title', undefined],
      ['d2', 'todo', 'Article d2', undefined],
      ['d3', 'todo', 'Article d3', undefined],
    ]);
    expect(merged.value.conflicts).toEqual([]);
  });

  it('lists a document status set differently on both sides as a conflict, keeping ours', () => {
    const merged = mergeWorkspaceFile(manifest([entry('d1')]), manifest([entry('d1', { status: 'done' })]), manifest([entry('d1', { status: 'in-progress' })]));
    if (!merged.ok) throw new Error(merged.error);
    expect((merged.value.value as { documents: { status: string }[] }).documents[0]?.status).toBe('done');
    expect(merged.value.conflicts.map((c) => [c.kind, c.itemId, c.reason])).toEqual([['document-entry', 'd1', 'changed-both']]);
  });

  it('merges entities: aliases added on both sides are all kept; one merged away there but changed here is listed, not listed twice', () => {
    const person = (id: string, aliases: string[], extra: Record<string, unknown> = {}) => ({ id, kind: 'person', name: id, aliases, mergedIds: [], created: '2026-12-01T08:00:00.000Z', modified: '2026-12-01T08:00:00.000Z', ...extra });
    const file = (entities: unknown[]) => ({ format: 'gloss.entities', version: 1, entities });
    const base = file([person('ana', []), person('anna', [])]);
    const ours = file([person('ana', ['A. Ivanova']), person('anna', ['Anna I.'])]);
    const theirs = file([person('ana', ['Ana Ivanova'], { mergedIds: ['anna'] })]);
    const merged = mergeWorkspaceFile(base, ours, theirs);
    if (!merged.ok) throw new Error(merged.error);
    expect((merged.value.value as { entities: { id: string; aliases: string[]; mergedIds: string[] }[] }).entities).toMatchObject([{ id: 'ana', aliases: ['A. Ivanova', 'Ana Ivanova'], mergedIds: ['anna'] }]);
    expect(merged.value.conflicts).toEqual([{ kind: 'entity', itemId: 'anna', reason: 'deleted-there', ours: person('anna', ['Anna I.']), theirs: null }]);
  });

  it('merges the schema: a type added on each side is in the result', () => {
    const type = (id: string) => ({ id, name: id, color: '#aa0000', fields: [] });
    const schema = (types: unknown[]) => ({ format: 'gloss.schema', version: 2, types });
    const merged = mergeWorkspaceFile(schema([type('quote')]), schema([type('quote'), type('event')]), schema([type('quote'), type('claim')]));
    expect(merged.ok && (merged.value.value as { types: { id: string }[] }).types.map((t) => t.id)).toEqual(['quote', 'event', 'claim']);
  });
});
