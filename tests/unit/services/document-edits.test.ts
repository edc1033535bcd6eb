import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../main/services/workspace/hash';
import { annotationOn, gloss, reopen, workspaceWithArticle } from './workspace-helpers';

/** A pasted page whose share line the cleaner takes out. */
const PAGE = 'Ferry strike ends\n\nUnions accepted the offer on Tuesday, the union said Thursday.\n\nShare on Facebook\n\nSailings resume on Monday.\n';

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

describe("editing a document's metadata and text in the store", () => {
  it('saves metadata in the document file and the list, and the text never changes', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle(PAGE);
    const edited = await workspace.editDocument(documentId, { kind: 'metadata', metadata: { title: 'Ferries sail again', publishedDate: '2022-10-27', source: 'Harbour Times' } });
    expect(edited.ok).toBe(true);
    const again = await reopen(workspace.dir);
    const listed = (await again.summaries()).documents.find((document) => document.id === documentId);
    expect(listed).toMatchObject({ title: 'Ferries sail again', published: '2022-10-27', source: 'Harbour Times' });
    const file = await readJson(join(workspace.dir, 'documents', `${documentId}.json`));
    expect(file['text']).toBe(text);
    expect(file['metadata']).toMatchObject({ title: 'Ferries sail again', publishedDate: '2022-10-27' });
  });

  it('brings back a removed line before the first annotation, with the new hash everywhere', async () => {
    const { workspace, documentId } = await workspaceWithArticle(PAGE);
    const loaded = await workspace.loadDocument(documentId);
    const share = loaded.ok ? (loaded.value.document.removed ?? []).findIndex((line) => line.text === 'Share on Facebook') : -1;
    expect(share).toBeGreaterThanOrEqual(0);
    const restored = await workspace.editDocument(documentId, { kind: 'restore-line', index: share });
    if (!restored.ok) throw new Error(restored.error.message);
    expect(restored.value.document.text).toContain('Share on Facebook');
    const hash = sha256(restored.value.document.text);
    expect(restored.value.document.textSha256).toBe(hash);
    expect(restored.value.summary.title).toBe('Ferry strike ends');
    const again = await reopen(workspace.dir);
    expect(again.entries.find((entry) => entry.id === documentId)?.textSha256).toBe(hash);
    // A document without annotations has no set files, so no older hash is left anywhere.
    await expect(readJson(join(workspace.dir, 'annotations', documentId, 'default.json'))).rejects.toThrow(/ENOENT/);
    expect(await again.validate()).toEqual([]);
  });

  it('refuses to change the text of an annotated document, and leaves it as it was', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle(PAGE);
    await workspace.saveChanges(documentId, { upsert: [annotationOn(text, 'Sailings resume')], remove: [] });
    const refused = await workspace.editDocument(documentId, { kind: 'remove-block', index: 0 });
    expect(refused.ok ? '' : refused.error.message).toMatch(/text is fixed once the document has annotations/);
    const again = await reopen(workspace.dir);
    const loaded = await again.loadDocument(documentId);
    expect(loaded.ok && loaded.value.document.text).toBe(text);
    expect(loaded.ok && loaded.value.annotations).toHaveLength(1);
  });
});

describe('gloss set-meta', () => {
  it("sets a document's date and reads its relative dates again from it", async () => {
    const { workspace, documentId, text } = await workspaceWithArticle(PAGE);
    const said = { ...annotationOn(text, 'the union said Thursday', 'event'), fields: { date: 'Thursday' } };
    await workspace.saveChanges(documentId, { upsert: [said], remove: [] });
    await workspace.flush();
    const run = await gloss('set-meta', workspace.dir, documentId, '--published', '2022-10-27', '--source', 'Harbour Times', '--read-dates-again');
    expect(run.output).toMatch(/publishedDate: \(none\) → 2022-10-27; source: \(none\) → Harbour Times/);
    expect(run.output).toMatch(/Read 1 date\(s\) again from 2022-10-27/);
    expect(run.code).toBe(0);
    const loaded = await (await reopen(workspace.dir)).loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations[0]?.fields['date']).toEqual({ date: '2022-10-27', wording: 'Thursday', reference: '2022-10-27' });
  });

  it('refuses a document that is not there, a date that is not ISO and an empty call, changing nothing', async () => {
    const { workspace, documentId } = await workspaceWithArticle(PAGE);
    const before = await readFile(join(workspace.dir, 'documents', `${documentId}.json`), 'utf8');
    expect(await gloss('set-meta', workspace.dir, 'no-such-document', '--title', 'X')).toMatchObject({ code: 2, output: expect.stringMatching(/no document "no-such-document"/) });
    expect(await gloss('set-meta', workspace.dir, documentId, '--published', 'last Tuesday')).toMatchObject({ code: 2, output: expect.stringMatching(/ISO 8601/) });
    expect(await gloss('set-meta', workspace.dir, documentId)).toMatchObject({ code: 2, output: expect.stringMatching(/nothing to change/) });
    expect(await readFile(join(workspace.dir, 'documents', `${documentId}.json`), 'utf8')).toBe(before);
  });
});
