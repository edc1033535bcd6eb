import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { importAnnotations } from '../../../main/services/exchange/import';
import { WorkspaceLayout } from '../../../main/services/workspace/layout';
import { annotationOn, reopen, setFilePath, workspaceWithArticle, writeSetFile } from './workspace-helpers';

/** A workspace whose one article has a quote in "default", written by hand, and the article exported as a Gloss file. */
async function exportedWorkspace() {
  const { workspace, documentId, text, folder } = await workspaceWithArticle();
  const quote = annotationOn(text, 'We are open again');
  const defaultFile = await writeSetFile(workspace, documentId, [quote]);
  const exported = join(folder, 'export.gloss.json');
  const done = await exportAnnotations(await reopen(workspace.dir), { format: 'gloss', out: exported });
  if (!done.ok) throw new Error(JSON.stringify(done.error));
  return { dir: workspace.dir, documentId, text, defaultFile, exported, quote };
}

describe('importing annotations as a new set', () => {
  it('writes only the new set’s files: the document’s other set file is neither replaced nor changed', async () => {
    const { dir, documentId, defaultFile, exported } = await exportedWorkspace();
    const before = { bytes: await readFile(defaultFile, 'utf8'), inode: (await stat(defaultFile)).ino };
    const workspace = await reopen(dir);
    const imported = await importAnnotations(workspace, { format: 'gloss', files: [exported], set: 'colleague' });
    expect(imported).toMatchObject({ ok: true, value: { annotations: 1, documents: 1, newDocuments: 0 } });
    expect(await readFile(defaultFile, 'utf8')).toBe(before.bytes);
    expect((await stat(defaultFile)).ino).toBe(before.inode);
    const again = await reopen(dir);
    const stored = await again.readStoredAnnotations(documentId);
    expect(stored.annotations.map((a) => [a.set, a.type]).sort()).toEqual([
      ['colleague', 'quote'],
      ['default', 'quote'],
    ]);
    expect(await again.validate()).toEqual([]);
  });

  it('shows the new set in a document the app holds open, and in the document list’s counts', async () => {
    const { dir, documentId, exported } = await exportedWorkspace();
    const workspace = await reopen(dir);
    expect((await workspace.loadDocument(documentId)).ok).toBe(true);
    expect((await workspace.summaries()).documents[0]?.annotationCounts).toEqual({ quote: 1 });
    expect((await importAnnotations(workspace, { format: 'gloss', files: [exported], set: 'colleague' })).ok).toBe(true);
    expect((await workspace.readStoredAnnotations(documentId)).annotations.map((a) => a.set).sort()).toEqual(['colleague', 'default']);
    expect((await workspace.summaries()).documents[0]?.annotationCounts).toEqual({ quote: 2 });
  });

  it('refuses a set the document already has a file for, and writes nothing', async () => {
    const { dir, documentId, quote } = await exportedWorkspace();
    const workspace = await reopen(dir);
    const colleagueFile = await writeSetFile(workspace, documentId, [{ ...quote, set: 'colleague' }], 'colleague');
    const before = await readFile(colleagueFile, 'utf8');
    const added = await workspace.addSets([[documentId, [{ ...quote, id: 'another', set: 'colleague' }]]]);
    expect(added).toMatchObject({ ok: false, error: { message: `Not saved: document "${documentId}" already holds the set "colleague"` } });
    expect(await readFile(colleagueFile, 'utf8')).toBe(before);
  });

  it('folds a change journal left by another session into its set file when a set is added beside it', async () => {
    const { dir, documentId, text, quote } = await exportedWorkspace();
    const editing = await reopen(dir);
    expect((await editing.loadDocument(documentId)).ok).toBe(true);
    const note = { ...annotationOn(text, 'harbour master', 'person'), id: 'edited' };
    expect((await editing.saveChanges(documentId, { upsert: [note], remove: [] })).ok).toBe(true);
    const layout = new WorkspaceLayout(dir);
    expect((await stat(layout.setJournal(documentId, 'default'))).size).toBeGreaterThan(0);
    // Another session, which never opened the document, adds a set to it.
    const adding = await reopen(dir);
    expect((await adding.addSets([[documentId, [{ ...quote, id: 'theirs', set: 'colleague' }]]])).ok).toBe(true);
    await expect(stat(layout.setJournal(documentId, 'default'))).rejects.toThrow();
    const file = JSON.parse(await readFile(setFilePath(adding, documentId), 'utf8')) as { annotations: { id: string }[] };
    expect(file.annotations.map((a) => a.id).sort()).toEqual([quote.id, 'edited'].sort());
    const stored = await (await reopen(dir)).readStoredAnnotations(documentId);
    expect(stored.annotations.map((a) => a.id).sort()).toEqual([quote.id, 'edited', 'theirs'].sort());
  });
});
