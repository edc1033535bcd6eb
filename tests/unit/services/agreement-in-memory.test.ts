import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFiles, workspaceAgreement } from '../../../main/services/agreement/workspace-agreement';
import { workspaceIndex } from '../../../main/services/query/workspace-index';
import { annotationOn, reopen, workspaceWithArticle } from './workspace-helpers';

/** The quote's F1 by overlap between alice and bob. */
const quoteF1 = (report: { pairs: readonly { type: string; field?: string; f1Overlap: number | null }[] }) =>
  report.pairs.find((pair) => pair.type === 'quote' && pair.field === undefined)?.f1Overlap;

describe('agreement in the app, from the open workspace’s index', () => {
  it('measures what is saved, a save made a moment before included, without reading the annotations files again', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const alice = { ...annotationOn(text, 'We are open again'), id: 'a1', set: 'alice' };
    const bob = { ...annotationOn(text, 'the harbour master'), id: 'b1', set: 'bob' };
    await workspace.saveAnnotations(documentId, [alice, bob]);
    const index = await workspaceIndex(workspace);
    const inMemory = (id: string) => index.stored(id);

    const apart = await workspaceAgreement(workspace, { sets: ['alice', 'bob'] }, inMemory);
    expect(apart.ok && quoteF1(apart.value.report)).toBe(0);

    // Bob moves his quote onto alice's words; the agreement asked right after the save sees it.
    expect((await workspace.saveChanges(documentId, { upsert: [{ ...annotationOn(text, 'We are open again'), id: 'b1', set: 'bob' }], remove: [] })).ok).toBe(true);
    // With the files gone, only memory can answer: the command line's way, which reads them, finds nothing.
    await rm(join(workspace.dir, 'annotations'), { recursive: true });
    const together = await workspaceAgreement(workspace, { sets: ['alice', 'bob'] }, inMemory);
    expect(together.ok && quoteF1(together.value.report)).toBe(1);
    const reopened = await reopen(workspace.dir);
    expect(await workspaceAgreement(reopened, { sets: ['alice', 'bob'] }, fromFiles(reopened))).toEqual({ ok: false, error: expect.stringContaining('no annotation of set “alice”, “bob”') });
  });

  it('lists the sets with their sizes after a set is removed, once the index has read the documents again', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'Friday'), set: 'alice' }, { ...annotationOn(text, 'the harbour master'), set: 'bob' }]);
    const index = await workspaceIndex(workspace);
    expect((await index.sets()).sets).toEqual([{ name: 'alice', annotations: 1 }, { name: 'bob', annotations: 1 }]);
    expect((await workspace.removeSet('bob')).ok).toBe(true);
    expect((await index.sets()).sets).toEqual([{ name: 'alice', annotations: 1 }]);
  });
});
