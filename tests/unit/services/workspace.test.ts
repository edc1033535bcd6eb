import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openToWrite } from '../../../main/services/workspace/open-to-write';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, setFilePath, tempFolder, workspaceWithArticle, writeSetFile } from './workspace-helpers';

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
    const raw = await readFile(setFilePath(workspace, documentId), 'utf8');
    expect(raw.startsWith('{\n  "format": "gloss.set-annotations",\n  "version": 1,\n  "documentId": ')).toBe(true);
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

  it('keeps a damaged annotations file aside, salvages what it can and never writes over the damaged bytes', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const good = annotationOn(text, 'harbour master');
    const damaged = JSON.stringify({ format: 'gloss.annotations', version: 2, annotations: [good, { id: 'broken' }] });
    await writeFile(path, damaged);

    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.problem?.message).toMatch(new RegExp(`annotations/${documentId}\\.json does not match its schema`));
    const aside = /kept as (damaged\/\S+\.json)/.exec(loaded.value.problem?.message ?? '')?.[1];
    expect(aside).toBeDefined();
    expect(await readFile(join(workspace.dir, aside!), 'utf8')).toBe(damaged);
    expect(loaded.value.annotations).toEqual([good]);
    expect(loaded.value.unplaced).toEqual([expect.objectContaining({ annotation: null, raw: '{"id":"broken"}' })]);
    expect(await readFile(path, 'utf8')).toBe(damaged);

    const quote = annotationOn(text, 'We are open again');
    expect((await workspace.saveAnnotations(documentId, [good, quote])).ok).toBe(true);
    expect(await readFile(join(workspace.dir, aside!), 'utf8')).toBe(damaged);
    const reloaded = await workspace.loadDocument(documentId);
    expect(reloaded.ok && reloaded.value.unplaced).toHaveLength(1);
    // The unreadable item waits for review in the default set's file, which validate names.
    expect(await workspace.validate()).toEqual([expect.objectContaining({ file: `annotations/${documentId}/default.json` })]);
  });

  it('puts an annotation whose quoted text no longer fits in the review list, and discards it on request', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const misplaced = annotationOn(text, 'harbour master');
    misplaced.fragments[0] = { ...misplaced.fragments[0]!, exact: 'a sentence nobody wrote here' };
    await writeSetFile(workspace, documentId, [misplaced]);

    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations).toEqual([]);
    expect(loaded.value.unplaced).toEqual([expect.objectContaining({ annotation: misplaced, reason: expect.any(String) })]);
    expect(loaded.value.problem).toBeNull();

    expect((await workspace.discardUnplaced(documentId, loaded.value.unplaced[0]!.id)).ok).toBe(true);
    const again = await workspace.loadDocument(documentId);
    expect(again.ok && again.value.unplaced).toEqual([]);
    expect(again.ok && again.value.problem).toBeNull();
  });

  it('places a review item at a new span as one change: its set file holds the item or the placed annotation at every moment', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const lost = annotationOn(text, 'harbour master');
    lost.fragments[0] = { ...lost.fragments[0]!, exact: 'a sentence nobody wrote here' };
    const path = await writeSetFile(workspace, documentId, [lost]);
    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);

    const placed = { ...annotationOn(text, 'harbour master'), id: lost.id };
    expect((await workspace.discardUnplaced(documentId, loaded.value.unplaced[0]!.id, placed)).ok).toBe(true);
    // Read straight from the file, not through the store: nothing is left for a later save to write.
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.unplaced).toEqual([]);
    expect(onDisk.annotations).toEqual([placed]);
    const misfit = { ...placed, fragments: [{ ...placed.fragments[0]!, end: text.length + 5 }] };
    const again = await workspace.loadDocument(documentId);
    expect(again.ok && again.value.annotations).toEqual([placed]);
    expect((await workspace.discardUnplaced(documentId, 'no-such-item', misfit)).ok).toBe(false);
  });

  it('places again an annotation whose offsets were counted in UTF-16 by another tool', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle('Ships 🚢 return\n\nThe 🚢 ferry “is back on time,” the operator said.');
    const right = annotationOn(text, 'is back on time');
    const utf16Start = text.indexOf('is back on time');
    const shifted = { ...right, fragments: [{ ...right.fragments[0]!, start: utf16Start, end: utf16Start + 15 }] };
    await writeSetFile(workspace, documentId, [shifted]);

    const loaded = await workspace.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations[0]?.fragments[0]).toMatchObject({ start: right.fragments[0]!.start, end: right.fragments[0]!.end, exact: 'is back on time' });
    expect(loaded.value.unplaced).toEqual([]);
    expect(loaded.value.problem?.message).toMatch(/1 annotation\(s\) whose text had moved were placed again/);
  });

  it('refuses to write an annotations file made by a newer Gloss, and leaves it alone', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const path = join(workspace.dir, 'annotations', `${documentId}.json`);
    const future = JSON.stringify({ format: 'gloss.annotations', version: 99, documentId, annotations: [], hologram: true });
    await writeFile(path, future);
    const loaded = await workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.readOnly).toBe(true);
    expect(loaded.ok && loaded.value.problem?.message).toMatch(/written by a newer Gloss \(format version 99; this Gloss reads up to 2\)/);
    const saved = await workspace.saveAnnotations(documentId, [annotationOn(text, 'harbour master')]);
    expect(!saved.ok && saved.error.code).toBe('read-only');
    expect(await readFile(path, 'utf8')).toBe(future);
  });

  it('refuses a workspace made by a newer Gloss with a clear message', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'workspace.json'), JSON.stringify({ format: 'gloss.workspace', version: 7, name: 'x' }));
    const opened = await Workspace.open(folder);
    expect(!opened.ok && opened.error.message).toMatch(/workspace\.json was written by a newer Gloss \(format version 7; this Gloss reads up to 3\)/);
  });

  it('migrates a version 1 workspace: counts are taken from the annotations files, and the manifest no longer holds them', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const manifestPath = join(workspace.dir, 'workspace.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    const legacy = { format: 'gloss.annotations', version: 1, documentId, textSha256: manifest.documents[0].textSha256, annotations: [annotationOn(text, 'harbour master'), annotationOn(text, 'Friday', 'event')] };
    await writeFile(join(workspace.dir, 'annotations', `${documentId}.json`), JSON.stringify(legacy));
    await writeFile(manifestPath, JSON.stringify({ ...manifest, version: 1 }));

    const opened = await openToWrite(workspace.dir, 'test');
    if (!opened.ok) throw new Error(opened.error.message);
    const { documents } = await opened.value.workspace.summaries();
    expect(documents[0]?.annotationCounts).toEqual({ quote: 1, event: 1 });
    const loaded = await opened.value.workspace.loadDocument(documentId);
    expect(loaded.ok && loaded.value.annotations).toHaveLength(2);
    await opened.value.workspace.setStatus(documentId, 'done');
    if (opened.value.lock.held) await opened.value.lock.release();
    const written = JSON.parse(await readFile(manifestPath, 'utf8'));
    expect(written.version).toBe(3);
    expect(written.documents[0]).toMatchObject({ status: 'done' });
    expect(written.documents[0].annotationCounts).toBeUndefined();
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

describe('Workspace.saveChanges', () => {
  async function reopenedAnnotations(dir: string, documentId: string) {
    const reopened = await Workspace.open(dir);
    if (!reopened.ok) throw new Error(reopened.error.message);
    const loaded = await reopened.value.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value.annotations;
  }

  it('removes exactly the removed id, even when another annotation quotes the same words', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const quote = annotationOn(text, 'harbour master');
    const twin = { ...quote, id: 'a-twin' };
    expect((await workspace.saveChanges(documentId, { upsert: [quote, twin], remove: [] })).ok).toBe(true);
    expect((await workspace.saveChanges(documentId, { upsert: [], remove: [twin.id] })).ok).toBe(true);
    expect(await reopenedAnnotations(workspace.dir, documentId)).toEqual([quote]);
  });

  it('replaces an annotation by its id and keeps the others as they were', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const quote = annotationOn(text, 'We are open again');
    const event = annotationOn(text, 'Friday', 'event');
    await workspace.saveChanges(documentId, { upsert: [quote, event], remove: [] });
    const noted = { ...event, note: 'the day it reopened' };
    expect((await workspace.saveChanges(documentId, { upsert: [noted], remove: [] })).ok).toBe(true);
    // The same save again (a retry after a fault) gives the same file.
    expect((await workspace.saveChanges(documentId, { upsert: [noted], remove: [] })).ok).toBe(true);
    expect(await reopenedAnnotations(workspace.dir, documentId)).toEqual([quote, noted]);
    const { documents } = await workspace.summaries();
    expect(documents[0]?.annotationCounts).toEqual({ quote: 1, event: 1 });
  });

  it('refuses a change that does not fit the text and changes nothing', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const quote = annotationOn(text, 'harbour master');
    await workspace.saveChanges(documentId, { upsert: [quote], remove: [] });
    const beyond = { ...annotationOn(text, 'Friday', 'event'), fragments: [{ start: 5000, end: 5004, exact: 'late', prefix: '', suffix: '' }] };
    const refused = await workspace.saveChanges(documentId, { upsert: [beyond], remove: [quote.id] });
    expect(!refused.ok && refused.error.message).toMatch(/does not fit the text of document/);
    expect(await reopenedAnnotations(workspace.dir, documentId)).toEqual([quote]);
  });
});
