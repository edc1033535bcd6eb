import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../core/model/limits';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, gloss, reopen, setFilePath, tempFolder, workspaceWithArticle } from './workspace-helpers';

const BOM = '\uFEFF';

/** Writes the default set's file of a document by hand. */
async function annotationsFile(workspace: Workspace, documentId: string, content: object, prefix = '') {
  const path = setFilePath(workspace, documentId);
  const textSha256 = workspace.entries.find((entry) => entry.id === documentId)?.textSha256;
  const bytes = prefix + JSON.stringify({ format: 'gloss.set-annotations', version: 1, documentId, set: 'default', textSha256, unplaced: [], ...content }, null, 2);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
  return { path, bytes };
}

describe('duplicate annotation ids in one file', () => {
  it('are reported by name on load and by validate; the copy gets a new id, nothing is dropped, and a delete removes one', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const first = annotationOn(text, 'harbour master');
    const copy = { ...annotationOn(text, 'Friday', 'event'), id: first.id };
    const { bytes } = await annotationsFile(workspace, documentId, { annotations: [first, copy] });

    const checked = await reopen(workspace.dir);
    expect((await checked.validate()).map((p) => p.message)).toEqual([
      `annotations/${documentId}/default.json holds annotation ids used more than once (${first.id}); each copy after the first got a new id, and nothing was dropped; 2 annotation(s) could be read from it`,
    ]);
    expect(await gloss('validate', workspace.dir)).toMatchObject({ code: 1, output: expect.stringContaining(`ids used more than once (${first.id})`) });

    const reopened = await reopen(workspace.dir);
    const loaded = await reopened.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations.map((a) => [a.id, a.fragments[0]?.exact])).toEqual([
      [first.id, 'harbour master'],
      [`${first.id}-2`, 'Friday'],
    ]);
    expect(loaded.value.problem?.message).toMatch(/used more than once .*; the damaged file was kept as damaged\//);
    const aside = await readdir(join(workspace.dir, 'damaged'));
    expect(await readFile(join(workspace.dir, 'damaged', aside[0] ?? ''), 'utf8')).toBe(bytes);

    // Deleting the first leaves the other: each id names one annotation now.
    const remaining = loaded.value.annotations.filter((a) => a.id !== first.id);
    expect((await reopened.saveAnnotations(documentId, remaining)).ok).toBe(true);
    const after = await (await reopen(workspace.dir)).loadDocument(documentId);
    expect(after.ok && after.value.annotations.map((a) => a.fragments[0]?.exact)).toEqual(['Friday']);
    expect(after.ok && after.value.problem).toBeNull();
  });
});

describe('a UTF-8 byte-order mark', () => {
  it('at the start of every kind of workspace file is accepted, and validate finds nothing wrong', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    await annotationsFile(workspace, documentId, { annotations: [annotationOn(text, 'harbour master')] }, BOM);
    for (const file of ['workspace.json', 'schema.json', `documents/${documentId}.json`]) {
      const path = join(workspace.dir, file);
      await writeFile(path, BOM + (await readFile(path, 'utf8')));
    }
    const reopened = await reopen(workspace.dir);
    expect(reopened.schemaProblem).toBeNull();
    expect(await reopened.validate()).toEqual([]);
    const loaded = await reopened.loadDocument(documentId);
    expect(loaded.ok && loaded.value.problem).toBeNull();
    expect(loaded.ok && loaded.value.annotations.map((a) => a.fragments[0]?.exact)).toEqual(['harbour master']);
  });
});

describe('what Gloss writes passes the schema it is read with', () => {
  it('an unplaceable 28,911-character quote: the review reason is cut to the limit, and the file still loads whole', async () => {
    // The reason quotes the passage ("its text “…” is not in the document…"), which made it longer than its schema allows.
    const passage = `${'Councillors questioned every line of the harbour budget. '.repeat(600)}`.slice(0, 28_910).trimEnd() + 'x';
    expect(passage).toHaveLength(28_911);
    const { workspace, documentId, text } = await workspaceWithArticle();
    const vanished = { ...annotationOn(text, 'harbour master'), id: 'vanished', fragments: [{ start: 0, end: passage.length, exact: passage, prefix: '', suffix: '' }] };
    await annotationsFile(workspace, documentId, { annotations: [vanished] });

    const reopened = await reopen(workspace.dir);
    const loaded = await reopened.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.unplaced.map((u) => u.reason.slice(0, 40))).toEqual([`its text “${passage.slice(0, 30)}`]);
    expect(loaded.value.unplaced[0]?.reason.length).toBeLessThanOrEqual(LIMITS.fieldText);
    expect((await reopened.saveAnnotations(documentId, [annotationOn(text, 'Friday', 'event')])).ok).toBe(true);

    const again = await (await reopen(workspace.dir)).loadDocument(documentId);
    expect(again.ok && again.value.problem).toBeNull();
    expect(again.ok && again.value.unplaced.map((u) => u.annotation?.id)).toEqual(['vanished']);
  });

  it('a save that would not pass its schema is refused with the reason, and the file on disk stays as it was', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    expect((await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')])).ok).toBe(true);
    const path = setFilePath(workspace, documentId);
    const before = await readFile(path, 'utf8');
    const overlong = { ...annotationOn(text, 'Friday', 'event'), set: 's'.repeat(LIMITS.name + 1) };
    const refused = await workspace.saveAnnotations(documentId, [overlong]);
    expect(!refused.ok && refused.error.message).toMatch(
      new RegExp(`^Not saved: annotations/${documentId}/s+_[0-9a-f]{12}\\.json would not pass its own schema, so it was not written: .*set`),
    );
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('a workspace name over the limit is refused before anything is written', async () => {
    const folder = join(await tempFolder(), 'ws');
    await mkdir(folder);
    const created = await Workspace.create(folder, 'n'.repeat(LIMITS.name + 1));
    expect(created).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^the workspace could not be created: workspace\.json would not pass its own schema/) } });
    expect(await readdir(folder)).toEqual([]);
  });
});
