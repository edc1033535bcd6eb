import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWithDialog, importWithDialog } from '../../../main/services/exchange/exchange-dialogs';
import { importFiles } from '../../../main/services/import/import-files';
import { workspaceIndex } from '../../../main/services/query/workspace-index';
import { Workspace } from '../../../main/services/workspace/workspace';
import type { Dialogs, FileChoice, SaveChoice } from '../../../main/services/session/session';
import { annotationOn, setFilePath, workspaceWithArticle } from './workspace-helpers';

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
    expect(exported).toEqual({ ok: true, value: { path: out, documents: 1, annotations: 1, problems: [] } });
    expect(asked[0]).toMatchObject({ defaultName: 'Test - alice - CSV.csv', extension: 'csv' });
    expect(await readFile(out, 'utf8')).toContain('the harbour');
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const { dialogs, asked } = scripted({ save: null });
    const before = await readdir(folder, { recursive: true });
    expect(await exportWithDialog(workspace, dialogs, { format: 'brat' })).toEqual({ ok: true, value: null });
    // The dialog was shown (with the name it suggests), and no file or folder appeared anywhere: not there, not in the workspace.
    expect(asked).toEqual([expect.objectContaining({ defaultName: 'Test - brat standoff', extension: null })]);
    expect(await readdir(folder, { recursive: true })).toEqual(before);
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

/** The sets as the app lists them: from the open workspace's index, which follows every save. */
const annotationSets = async (workspace: Workspace) => (await workspaceIndex(workspace)).sets();

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

    // Damaged behind the store's back, and read as a new process (the CLI, the app next time) would.
    await writeFile(setFilePath(workspace, other, 'bob'), '{ not json');
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const damaged = await annotationSets(reopened.value);
    expect(damaged.sets).toEqual([{ name: 'bob', annotations: 1 }, { name: 'default', annotations: 1 }]);
    expect(damaged.problems).toEqual([expect.stringContaining(`annotations/${other}/bob.json is not valid JSON`)]);
  });
});

describe('removing a set', () => {
  it('removes that set’s annotations from every document and keeps the others', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }, annotationOn(text, 'Friday')]);
    expect(await workspace.removeSet('bob')).toEqual({ ok: true, value: { annotations: 1, documents: 1 } });
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations.map((a) => [a.set, a.fragments[0]?.exact])).toEqual([['default', 'Friday']]);
    expect((await annotationSets(workspace)).sets).toEqual([{ name: 'default', annotations: 1 }]);
  });

  it('moves a set into another, review items too, and keeps the others', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [annotationOn(text, 'the harbour'), { ...annotationOn(text, 'Friday'), set: 'bob' }]);
    expect(await workspace.renameSet('default', 'Ana')).toEqual({ ok: true, value: { annotations: 1, documents: 1 } });
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect((await annotationSets(reopened.value)).sets).toEqual([{ name: 'Ana', annotations: 1 }, { name: 'bob', annotations: 1 }]);
    expect(await reopened.value.renameSet('nobody', 'Ana')).toEqual({ ok: true, value: { annotations: 0, documents: 0 } });
  });

  it('reads only the annotations files: a document whose text cannot be read still loses the set', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }, annotationOn(text, 'Friday')]);
    await writeFile(join(workspace.dir, 'documents', `${documentId}.json`), '{ not json');
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(await reopened.value.removeSet('bob')).toEqual({ ok: true, value: { annotations: 1, documents: 1 } });
    const stored = JSON.parse(await readFile(setFilePath(workspace, documentId), 'utf8'));
    expect(stored.annotations.map((a: { set: string }) => a.set)).toEqual(['default']);
    // The set's file of that document is gone with it.
    await expect(readFile(setFilePath(workspace, documentId, 'bob'))).rejects.toThrow(/ENOENT/);
  });

  it('salvages a damaged file of the older layout holding the set: copies it aside byte for byte, removes the set, keeps the unreadable item for review', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const bob = { ...annotationOn(text, 'the harbour'), set: 'bob' };
    const damaged = JSON.stringify({ format: 'gloss.annotations', version: 2, annotations: [bob, annotationOn(text, 'Friday'), { id: 'broken' }] });
    await writeFile(path, damaged);
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const listed = await annotationSets(reopened.value);
    expect(listed.problems).toEqual([expect.stringMatching(new RegExp(`annotations/${documentId}\\.json does not match its schema.*2 annotation\\(s\\) could be read`))]);
    expect(await reopened.value.removeSet('bob')).toEqual({ ok: true, value: { annotations: 1, documents: 1 } });
    const [copy] = await readdir(join(workspace.dir, 'damaged'));
    expect(await readFile(join(workspace.dir, 'damaged', copy ?? ''), 'utf8')).toBe(damaged);
    // Written in the new layout: the default set's file holds what was left, and the old file went (a copy kept in backup/).
    const stored = JSON.parse(await readFile(setFilePath(workspace, documentId), 'utf8'));
    expect(stored.annotations.map((a: { set: string; id: string }) => [a.set, a.id])).toEqual([['default', annotationOn(text, 'Friday').id]]);
    await expect(readFile(path)).rejects.toThrow(/ENOENT/);
    expect(stored.unplaced).toEqual([expect.objectContaining({ annotation: null, raw: '{"id":"broken"}' })]);
  });

  it('changes nothing when a file holding the set may not be written (from a newer Gloss), and names it', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [{ ...annotationOn(text, 'the harbour'), set: 'bob' }]);
    const second = join(folder, 'second.txt');
    await writeFile(second, 'Another article\n\nThe harbour reopened on Monday.\n');
    const [outcome] = await importFiles(workspace, [second]);
    const other = outcome?.documentId ?? '';
    const loaded = await workspace.loadDocument(other);
    const otherText = loaded.ok ? loaded.value.document.text : '';
    await workspace.saveAnnotations(other, [{ ...annotationOn(otherText, 'Monday'), set: 'bob' }]);
    const newer = setFilePath(workspace, other, 'bob');
    const raw = JSON.parse(await readFile(newer, 'utf8'));
    await writeFile(newer, JSON.stringify({ ...raw, version: 99 }));
    const before = await readFile(setFilePath(workspace, documentId, 'bob'), 'utf8');
    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const removed = await reopened.value.removeSet('bob');
    expect(!removed.ok && removed.error).toEqual([expect.stringMatching(new RegExp(`annotations/${other}/bob\\.json was written by a newer Gloss`))]);
    expect(await readFile(setFilePath(workspace, documentId, 'bob'), 'utf8')).toBe(before);
    expect(JSON.parse(await readFile(newer, 'utf8')).version).toBe(99);
  });
});
