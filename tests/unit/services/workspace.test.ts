import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, tempFolder, workspaceWithArticle } from './workspace-helpers';

describe('Workspace', () => {
  it('saves annotations and loads them back after reopening', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const quote = annotationOn(text, 'We are open again');
    expect((await workspace.saveAnnotations(documentId, [quote])).ok).toBe(true);

    const reopened = await Workspace.open(workspace.dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const loaded = await reopened.value.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations).toEqual([quote]);
    expect(loaded.ok && loaded.value.problem).toBeNull();
  });

  it('writes pretty, stable JSON with the format and version first', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')]);
    const raw = await readFile(join(workspace.dir, 'annotations', `${documentId}.json`), 'utf8');
    expect(raw.startsWith('{\n  "format": "gloss.annotations",\n  "version": 1,')).toBe(true);
    expect(raw.endsWith('\n')).toBe(true);
  });

  it('refuses to open a workspace whose manifest is not JSON, naming the file', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'workspace.json'), '{ not json');
    const opened = await Workspace.open(folder);
    expect(opened.ok).toBe(false);
    expect(!opened.ok && opened.error.message).toMatch(/workspace\.json is not valid JSON/);
    expect(await readFile(join(folder, 'workspace.json'), 'utf8')).toBe('{ not json');
  });

  it('reports a manifest that fails its schema with the field at fault', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'workspace.json'), JSON.stringify({ format: 'gloss.workspace', version: 1, name: '' }));
    const opened = await Workspace.open(folder);
    expect(!opened.ok && opened.error.message).toMatch(/workspace\.json does not match its schema: .*name/);
  });

  it('reports a damaged annotations file by name and never writes over it', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const damaged = '{"format":"gloss.annotations","version":1,"annotations":"oops"}';
    await writeFile(path, damaged);

    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(new RegExp(`annotations/${documentId}\\.json does not match its schema`));
    const saved = await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')]);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error.code).toBe('read-only');
    expect(await readFile(path, 'utf8')).toBe(damaged);
    expect(await workspace.validate()).toEqual([expect.objectContaining({ file: `annotations/${documentId}.json` })]);
  });

  it('reports an annotation whose quoted text no longer fits the document', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const misplaced = annotationOn(text, 'harbour master');
    misplaced.fragments[0] = { ...misplaced.fragments[0]!, exact: 'harbour mistress' };
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const file = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...file, annotations: [misplaced] }));
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(/no longer fits the text/);
  });

  it('refuses to save an annotation that does not fit the text', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const wrong = annotationOn(text, 'harbour master');
    wrong.fragments[0] = { ...wrong.fragments[0]!, start: 0, end: 5 };
    const saved = await workspace.saveAnnotations(documentId, [wrong]);
    expect(!saved.ok && saved.error.message).toMatch(/does not fit/);
  });

  it('will not create a workspace in a folder that already holds files', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'notes.txt'), 'mine');
    const created = await Workspace.create(folder, 'X');
    expect(!created.ok && created.error.message).toMatch(/not empty/);
    expect(await readFile(join(folder, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
