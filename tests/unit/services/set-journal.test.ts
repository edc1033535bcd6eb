/**
 * Saves of one change go to the set's change journal (one verified line),
 * not a rewrite of the set file; every reader sees them, and the journal is
 * folded into the file at its bound, on close and when the workspace next
 * opens to write. A crash, a hand edit or a bad line never turns into data.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { WorkspaceLayout } from '../../../main/services/workspace/layout';
import { openToWrite } from '../../../main/services/workspace/open-to-write';
import type { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, reopen, setFilePath, workspaceWithArticle } from './workspace-helpers';

function journalPath(workspace: Workspace, documentId: string, set = 'default'): string {
  return new WorkspaceLayout(workspace.dir).setJournal(documentId, set);
}

async function journalLines(workspace: Workspace, documentId: string): Promise<string[]> {
  return (await readFile(journalPath(workspace, documentId), 'utf8')).split('\n').filter(Boolean);
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

/** A workspace whose article has one saved annotation in its set file, open for editing; answers it with the annotation. */
async function withOneSaved() {
  const found = await workspaceWithArticle();
  const first = annotationOn(found.text, 'harbour master');
  expect((await found.workspace.saveAnnotations(found.documentId, [first])).ok).toBe(true);
  // Opened again as the reader opens it, so the set file's digest is known and changes go to the journal.
  const workspace = await reopen(found.workspace.dir);
  const loaded = await workspace.loadDocument(found.documentId);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { ...found, workspace, first };
}

async function save(workspace: Workspace, documentId: string, upsert: StoredAnnotation[], remove: string[] = []) {
  const saved = await workspace.saveChanges(documentId, { upsert, remove });
  if (!saved.ok) throw new Error(saved.error.message);
}

async function annotationsAfterReopen(workspace: Workspace, documentId: string) {
  const loaded = await (await reopen(workspace.dir)).loadDocument(documentId);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

describe('change journal of a set', () => {
  it('takes a one-change save as one line, leaves the set file as it was, and every reader sees the change', async () => {
    const { workspace, documentId, text, first } = await withOneSaved();
    const fileBefore = await readFile(setFilePath(workspace, documentId));
    await save(workspace, documentId, [{ ...first, note: 'checked' }]);
    await save(workspace, documentId, [annotationOn(text, 'Friday', 'event')]);
    await save(workspace, documentId, [], [first.id]);

    expect((await readFile(setFilePath(workspace, documentId))).equals(fileBefore)).toBe(true);
    expect(await journalLines(workspace, documentId)).toHaveLength(4);
    expect((await workspace.summaries()).documents[0]?.annotationCounts).toEqual({ event: 1 });
    const reopened = await annotationsAfterReopen(workspace, documentId);
    expect(reopened.annotations.map((a) => a.type)).toEqual(['event']);
    expect(reopened.problem).toBeNull();
    // Exports, counts and validate read through the same reader.
    const other = await reopen(workspace.dir);
    expect((await other.readStoredAnnotations(documentId)).annotations.map((a) => a.type)).toEqual(['event']);
    expect((await other.summaries()).documents[0]?.annotationCounts).toEqual({ event: 1 });
    expect(await other.validate()).toEqual([]);
  });

  it('is folded into the set file on close (compact) and when the workspace next opens to write', async () => {
    const { workspace, documentId, first } = await withOneSaved();
    await save(workspace, documentId, [{ ...first, note: 'on close' }]);
    expect((await workspace.compact()).ok).toBe(true);
    expect(await exists(journalPath(workspace, documentId))).toBe(false);
    expect(JSON.parse(await readFile(setFilePath(workspace, documentId), 'utf8')).annotations[0].note).toBe('on close');

    // A session that never closed (a crash) leaves its journal; the next writer folds it in before anything else.
    await save(workspace, documentId, [{ ...first, note: 'left by a crash' }]);
    expect(await exists(journalPath(workspace, documentId))).toBe(true);
    const opened = await openToWrite(workspace.dir, 'test');
    if (!opened.ok) throw new Error(opened.error.message);
    const { lock } = opened.value;
    if (!lock.held) throw new Error(lock.reason);
    try {
      expect(await exists(journalPath(workspace, documentId))).toBe(false);
      expect(JSON.parse(await readFile(setFilePath(workspace, documentId), 'utf8')).annotations[0].note).toBe('left by a crash');
    } finally {
      await lock.release();
    }
  });

  it('is folded into the set file once it would outgrow it, so it stays bounded', async () => {
    const { workspace, documentId, first } = await withOneSaved();
    const setFileBytes = (await readFile(setFilePath(workspace, documentId))).length;
    let largest = 0;
    for (let edit = 0; edit < 40; edit++) {
      await save(workspace, documentId, [{ ...first, note: `${edit} ${'x'.repeat(4000)}` }]);
      largest = Math.max(largest, await readFile(journalPath(workspace, documentId)).then((bytes) => bytes.length, () => 0));
    }
    expect(largest).toBeGreaterThan(0);
    expect(largest).toBeLessThanOrEqual(Math.max(64 * 1024, setFileBytes));
    expect((await annotationsAfterReopen(workspace, documentId)).annotations[0]?.note).toMatch(/^39 x/);
  });

  it('leaves out a last line cut short by a crash, reports it, keeps the bytes aside, and writes the set whole on the next save', async () => {
    const { workspace, documentId, text, first } = await withOneSaved();
    await save(workspace, documentId, [{ ...first, note: 'saved' }]);
    const cut = JSON.stringify({ upsert: [annotationOn(text, 'Friday', 'event')], remove: [] });
    await appendFile(journalPath(workspace, documentId), cut.slice(0, cut.length / 2));

    const reopened = await reopen(workspace.dir);
    const loaded = await reopened.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations.map((a) => [a.id, a.note])).toEqual([[first.id, 'saved']]);
    expect(loaded.value.problem?.message).toMatch(/default\.journal\.jsonl ends with a line cut short .* it was left out/);
    expect(await readdir(join(workspace.dir, 'damaged'))).toHaveLength(1);

    await save(reopened, documentId, [annotationOn(text, 'Friday', 'event')]);
    expect(await exists(journalPath(workspace, documentId))).toBe(false);
    expect((await annotationsAfterReopen(workspace, documentId)).annotations.map((a) => a.type).sort()).toEqual(['event', 'quote']);
  });

  it('leaves out a line that fails its schema, reports it by line, and applies the lines after it', async () => {
    const { workspace, documentId, text, first } = await withOneSaved();
    await save(workspace, documentId, [{ ...first, note: 'first change' }]);
    await appendFile(journalPath(workspace, documentId), `${JSON.stringify({ upsert: [{ ...first, id: 'Not An Id' }], remove: [] })}\n`);
    await save(workspace, documentId, [annotationOn(text, 'Friday', 'event')]);
    // The store refuses to append to a journal another hand changed: that save wrote the set whole.
    expect(await exists(journalPath(workspace, documentId))).toBe(false);

    await save(workspace, documentId, [{ ...first, note: 'second change' }]);
    await appendFile(journalPath(workspace, documentId), `{"upsert": [{"id": "x"}], "remove": []}\n`);
    await appendFile(journalPath(workspace, documentId), `${JSON.stringify({ upsert: [{ ...first, note: 'after the bad line' }], remove: [] })}\n`);
    const loaded = await annotationsAfterReopen(workspace, documentId);
    expect(loaded.problem?.message).toMatch(/line 3 does not match its schema: .*; it was left out/);
    expect(loaded.annotations.find((a) => a.id === first.id)?.note).toBe('after the bad line');
    expect(loaded.annotations.map((a) => a.type).sort()).toEqual(['event', 'quote']);
  });

  it('does not apply a journal written against another version of the set file, reports it and keeps it aside; a spent one goes quietly', async () => {
    const { workspace, documentId, first } = await withOneSaved();
    await save(workspace, documentId, [{ ...first, note: 'in the journal' }]);
    const journal = await readFile(journalPath(workspace, documentId));
    // Another program rewrites the set file (the same annotation, another note).
    const file = JSON.parse(await readFile(setFilePath(workspace, documentId), 'utf8'));
    file.annotations[0].note = 'by hand';
    await writeFile(setFilePath(workspace, documentId), JSON.stringify(file, null, 2));
    const loaded = await annotationsAfterReopen(workspace, documentId);
    expect(loaded.annotations[0]?.note).toBe('by hand');
    expect(loaded.problem?.message).toMatch(/default\.journal\.jsonl was written against another version of default\.json .* 1 change\(s\) were not applied/);
    const aside = await readdir(join(workspace.dir, 'damaged'));
    expect(await readFile(join(workspace.dir, 'damaged', aside[0] ?? ''))).toEqual(journal);

    // The set file written whole with the journal's change, and the journal not yet removed (a stop in between): nothing to report.
    file.annotations[0].note = 'in the journal';
    await writeFile(setFilePath(workspace, documentId), JSON.stringify(file, null, 2));
    await writeFile(journalPath(workspace, documentId), journal);
    const spent = await annotationsAfterReopen(workspace, documentId);
    expect(spent.problem).toBeNull();
    expect(spent.annotations[0]?.note).toBe('in the journal');
  });

  it('writes a change that moves an annotation between sets to both files at once, not to journals', async () => {
    const { workspace, documentId, first } = await withOneSaved();
    await save(workspace, documentId, [{ ...first, set: 'gold' }]);
    expect(await exists(journalPath(workspace, documentId))).toBe(false);
    expect(await exists(journalPath(workspace, documentId, 'gold'))).toBe(false);
    const loaded = await annotationsAfterReopen(workspace, documentId);
    expect(loaded.annotations.map((a) => a.set)).toEqual(['gold']);
  });
});
