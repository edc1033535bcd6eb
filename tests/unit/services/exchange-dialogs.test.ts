import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWithDialog, importWithDialog } from '../../../main/services/exchange/exchange-dialogs';
import { importFiles } from '../../../main/services/import/import-files';
import { annotationSets, removeAnnotationSet } from '../../../main/services/workspace/annotation-sets';
import type { Dialogs, FileChoice, SaveChoice } from '../../../main/services/session/session';
import { annotationOn, workspaceWithArticle } from './workspace-helpers';

/** Dialogs that answer as told and remember what they were asked. */
function scripted(answer: { save?: string | null; files?: string[] }) {
  const asked: (FileChoice | SaveChoice)[] = [];
  const dialogs: Dialogs = {
    chooseFolder: async () => null,
    chooseFiles: async (choice) => (asked.push(choice), answer.files ?? []),
    chooseSaveTarget: async (choice) => (asked.push(choice), answer.save ?? null),
  };
  return { dialogs, asked };
}

describe('export and import through dialogs', () => {
  it('suggests a file name from the workspace, set and format, and writes where the analyst chose', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'alice' }]);
    const out = join(folder, 'chosen.csv');
    const { dialogs, asked } = scripted({ save: out });
    const exported = await exportWithDialog(workspace, dialogs, { format: 'csv', set: 'alice' });
    expect(exported).toEqual({ ok: true, value: { path: out, documents: 1, annotations: 1 } });
    expect(asked[0]).toMatchObject({ defaultName: 'Test - alice - CSV.csv', extension: 'csv' });
    expect(await readFile(out, 'utf8')).toContain('the harbour');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const { dialogs } = scripted({ save: null });
    expect(await exportWithDialog(workspace, dialogs, { format: 'brat' })).toEqual({ ok: true, value: null });
    await expect(stat(join(folder, 'Test - brat standoff'))).rejects.toThrow();
  });

  it('offers folders for brat, and imports the chosen files as the named set', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [annotationOn(text, 'the harbour')]);
    const out = join(folder, 'out.json');
    await exportWithDialog(workspace, scripted({ save: out }).dialogs, { format: 'gloss' });

    const brat = scripted({});
    expect(await importWithDialog(workspace, brat.dialogs, { format: 'brat', set: 'bob' })).toEqual({ ok: true, value: null });
    expect(brat.asked[0]).toMatchObject({ folders: true, extensions: ['.ann', '.txt', '.conf'] });

    const imported = await importWithDialog(workspace, scripted({ files: [out] }).dialogs, { format: 'gloss', set: 'bob' });
    expect(imported.ok && imported.value).toMatchObject({ set: 'bob', annotations: 1, newDocuments: 0 });
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations.map((a) => a.set).sort()).toEqual(['bob', 'default']);
  });
});

describe('the workspace’s annotation sets', () => {
  it('counts every set across the documents, and names an annotations file it cannot read', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    const second = join(folder, 'second.txt');
    await writeFile(second, 'Another article\n\nThe harbour reopened on Monday.\n');
    const [outcome] = await importFiles(workspace, [second]);
    const other = outcome?.documentId ?? '';
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }, annotationOn(text, 'Friday')]);
    const loaded = await workspace.loadDocument(other);
    const otherText = loaded.ok ? loaded.value.document.text : '';
    expect((await workspace.saveAnnotations(other, [{ ...annotationOn(otherText, 'Monday'), set: 'bob' }])).ok).toBe(true);
    await workspace.flush();
    expect(await annotationSets(workspace)).toEqual({ sets: [{ name: 'bob', annotations: 2 }, { name: 'default', annotations: 1 }], problems: [] });

    await writeFile(join(workspace.dir, 'annotations', `${other}.json`), '{ not json');
    const damaged = await annotationSets(workspace);
    expect(damaged.sets).toEqual([{ name: 'bob', annotations: 1 }, { name: 'default', annotations: 1 }]);
    expect(damaged.problems).toEqual([expect.stringContaining(`annotations/${other}.json is not valid JSON`)]);
  });
});

describe('removing a set', () => {
  it('removes that set’s annotations from every document and keeps the others', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }, annotationOn(text, 'Friday')]);
    expect(await removeAnnotationSet(workspace, 'bob')).toEqual({ ok: true, value: { annotations: 1, documents: 1 } });
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations.map((a) => [a.set, a.fragments[0]?.exact])).toEqual([['default', 'Friday']]);
    expect((await annotationSets(workspace)).sets).toEqual([{ name: 'default', annotations: 1 }]);
  });

  it('changes nothing when an annotations file cannot be read, and names it', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }]);
    const second = join(folder, 'second.txt');
    await writeFile(second, 'Another article\n\nThe harbour reopened on Monday.\n');
    const [outcome] = await importFiles(workspace, [second]);
    await workspace.flush();
    const damaged = join(workspace.dir, 'annotations', `${outcome?.documentId}.json`);
    await writeFile(damaged, '{ not json');
    const before = await readFile(join(workspace.dir, 'annotations', `${documentId}.json`), 'utf8');
    const removed = await removeAnnotationSet(workspace, 'bob');
    expect(!removed.ok && removed.error).toEqual([expect.stringContaining(`annotations/${outcome?.documentId}.json is not valid JSON`)]);
    expect(await readFile(join(workspace.dir, 'annotations', `${documentId}.json`), 'utf8')).toBe(before);
  });
});
