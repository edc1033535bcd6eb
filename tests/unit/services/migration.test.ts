import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StoredAnnotation } from '../../../core/model/annotation';
import { importFiles } from '../../../main/services/import/import-files';
import { openToWrite } from '../../../main/services/workspace/open-to-write';
import type { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, reopen, setFilePath, workspaceWithArticle } from './workspace-helpers';

/** Every file under a folder, path → bytes as text. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = await readFile(join(entry.parentPath, entry.name), 'utf8');
  }
  return files;
}

/**
 * Turns a workspace into one an older Gloss wrote: the manifest in version 2
 * with counts, each document's annotations (every set) in annotations/<id>.json,
 * and no set files. Answers the old files' bytes by path.
 */
async function makeOlder(workspace: Workspace, documents: Record<string, { annotations: StoredAnnotation[]; unplaced?: object[] }>): Promise<Record<string, string>> {
  const manifestPath = join(workspace.dir, 'workspace.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  const old: Record<string, string> = {};
  for (const entry of manifest.documents) {
    const held = documents[entry.id] ?? { annotations: [] };
    const counts: Record<string, number> = {};
    for (const annotation of held.annotations) counts[annotation.type] = (counts[annotation.type] ?? 0) + 1;
    entry.annotationCounts = counts;
    const bytes = JSON.stringify({ format: 'gloss.annotations', version: 2, documentId: entry.id, textSha256: entry.textSha256, annotations: held.annotations, unplaced: held.unplaced ?? [] }, null, 2);
    await rm(join(workspace.dir, 'annotations', entry.id), { recursive: true, force: true });
    await writeFile(join(workspace.dir, 'annotations', `${entry.id}.json`), bytes);
    old[`annotations/${entry.id}.json`] = bytes;
  }
  old['workspace.json'] = JSON.stringify({ ...manifest, version: 2 }, null, 2);
  await writeFile(manifestPath, old['workspace.json']);
  return old;
}

/** Opens to write as the app does (which migrates), waiting up to `waitMs` for a lock a killed process left to go stale. */
async function openWritable(dir: string, waitMs = 0): Promise<Workspace> {
  const opened = await openToWrite(dir, 'migration test', waitMs);
  if (opened.ok && !opened.value.lock.held) throw new Error(`the lock is not free: ${opened.value.lock.reason}`);
  if (!opened.ok) throw new Error(opened.error.message);
  if (opened.value.lock.held) await opened.value.lock.release();
  return opened.value.workspace;
}

/** Two sets and a review item of each kind on the test article: Ana's quote, Bob's event, Bob's unreadable item, Ana's quote that no longer fits. */
function twoAnalysts(text: string) {
  const ana = { ...annotationOn(text, 'We are open again'), set: 'Ana K.' };
  const bob = { ...annotationOn(text, 'Friday', 'event'), set: 'bob' };
  const lost = { ...annotationOn(text, 'harbour master'), id: 'lost', set: 'Ana K.', fragments: [{ start: 0, end: 5, exact: 'words nobody wrote', prefix: '', suffix: '' }] };
  const unreadable = { id: 'review-1', reason: 'item 3 could not be read', annotation: null, raw: JSON.stringify({ id: 'x', set: 'bob', type: 7 }) };
  const misplaced = { id: 'review-2', reason: 'its text is not in the document', annotation: lost, raw: JSON.stringify(lost) };
  return { ana, bob, lost, annotations: [ana, bob], unplaced: [unreadable, misplaced] };
}

describe('migration to one file per set', () => {
  it('moves every set into its own file on open, keeps the old files in backup/, and reopens with everything in place', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const { ana, bob, annotations, unplaced } = twoAnalysts(text);
    const old = await makeOlder(workspace, { [documentId]: { annotations, unplaced } });

    const migrated = await openWritable(workspace.dir);
    const after = await snapshot(workspace.dir);
    // Each set in its own file; a set name that is not a file name gets its slug and a hash.
    const anaFile = setFilePath(workspace, documentId, 'Ana K.').slice(workspace.dir.length + 1);
    expect(anaFile).toMatch(new RegExp(`^annotations/${documentId}/ana-k_[0-9a-f]{12}\\.json$`));
    expect(JSON.parse(after[anaFile] ?? '{}')).toMatchObject({ format: 'gloss.set-annotations', version: 1, set: 'Ana K.', annotations: [ana], unplaced: [{ id: 'review-2' }] });
    expect(JSON.parse(after[`annotations/${documentId}/bob.json`] ?? '{}')).toMatchObject({ set: 'bob', annotations: [bob], unplaced: [{ id: 'review-1' }] });
    expect(after[`annotations/${documentId}.json`]).toBeUndefined();
    // The old files, byte for byte, in one backup folder.
    const [backup, ...more] = await readdir(join(workspace.dir, 'backup'));
    expect(more).toEqual([]);
    expect(after[`backup/${backup}/annotations/${documentId}.json`]).toBe(old[`annotations/${documentId}.json`]);
    expect(after[`backup/${backup}/workspace.json`]).toBe(old['workspace.json']);
    // The manifest is in version 3 and holds no counts; the list still shows them.
    const manifest = JSON.parse(after['workspace.json'] ?? '{}');
    expect(manifest.version).toBe(3);
    expect(manifest.documents[0].annotationCounts).toBeUndefined();
    expect((await migrated.summaries()).documents[0]?.annotationCounts).toEqual({ quote: 1, event: 1 });

    const reopened = await reopen(workspace.dir);
    const loaded = await reopened.loadDocument(documentId);
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(loaded.value.annotations).toEqual([ana, bob]);
    expect(loaded.value.unplaced.map((item) => item.id).sort()).toEqual(['review-1', 'review-2']);
    expect(loaded.value.problem).toBeNull();
    expect(await reopened.validate()).toEqual([
      expect.objectContaining({ file: expect.stringMatching(new RegExp(`^annotations/${documentId}/`)), message: expect.stringMatching(/holds 2 annotation\(s\) that do not fit/) }),
    ]);
  });

  it('a workspace only read (validate, export) is read in the older layout and not changed', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle();
    const { annotations, unplaced } = twoAnalysts(text);
    await makeOlder(workspace, { [documentId]: { annotations, unplaced } });
    const before = await snapshot(workspace.dir);

    const read = await reopen(workspace.dir);
    expect((await read.summaries()).documents[0]?.annotationCounts).toEqual({ quote: 1, event: 1 });
    expect((await read.readStoredAnnotations(documentId)).annotations).toHaveLength(2);
    const problems = (await read.validate()).map((problem) => problem.message);
    expect(problems).toContainEqual(`annotations/${documentId}.json is in the older layout (every set in one file); the next open for writing moves it into one file per set`);
    expect(await snapshot(workspace.dir)).toEqual(before);
  });

  it('finishes a migration stopped half-way: the older file is still the truth, a half-written set file is replaced, nothing is lost or doubled', async () => {
    const { workspace, documentId, text, folder } = await workspaceWithArticle();
    const second = join(folder, 'second.txt');
    await writeFile(second, 'Ferry timetable\n\nThe ferry leaves at nine on Monday and returns at six.\n');
    const [outcome] = await importFiles(workspace, [second]);
    const other = outcome?.documentId ?? '';
    const otherText = ((await workspace.loadDocument(other)) as { ok: true; value: { document: { text: string } } }).value.document.text;
    const { annotations, unplaced } = twoAnalysts(text);
    const ferry = { ...annotationOn(otherText, 'Monday', 'event'), set: 'bob' };
    await makeOlder(workspace, { [documentId]: { annotations, unplaced }, [other]: { annotations: [ferry] } });

    // As a migration killed after the second document was done, and half-way through the first:
    // the second's set file written and its older file gone; the first's older file still there,
    // beside a set file from an earlier try that holds only part of it, and a temporary file.
    const secondFile = setFilePath(workspace, other, 'bob');
    await mkdir(join(workspace.dir, 'annotations', other), { recursive: true });
    const textSha = (id: string) => workspace.entries.find((entry) => entry.id === id)?.textSha256;
    await writeFile(secondFile, JSON.stringify({ format: 'gloss.set-annotations', version: 1, documentId: other, set: 'bob', textSha256: textSha(other), annotations: [ferry], unplaced: [] }));
    await rm(join(workspace.dir, 'annotations', `${other}.json`));
    await mkdir(join(workspace.dir, 'annotations', documentId), { recursive: true });
    await writeFile(setFilePath(workspace, documentId, 'bob'), JSON.stringify({ format: 'gloss.set-annotations', version: 1, documentId, set: 'bob', textSha256: textSha(documentId), annotations: [], unplaced: [] }));
    await writeFile(`${setFilePath(workspace, documentId, 'Ana K.')}.0123456789ab.gloss-tmp`, '{"format": "gloss.set-anno');

    // Before it is finished, a reader sees every annotation once.
    const reader = await reopen(workspace.dir);
    expect((await reader.summaries()).documents.map((d) => d.annotationCounts)).toEqual([{ quote: 1, event: 1 }, { event: 1 }]);

    const finished = await openWritable(workspace.dir);
    const first = await finished.loadDocument(documentId);
    const next = await finished.loadDocument(other);
    if (!first.ok || !next.ok) throw new Error('a document does not load');
    expect(first.value.annotations.map((a) => [a.set, a.fragments[0]?.exact])).toEqual([
      ['Ana K.', 'We are open again'],
      ['bob', 'Friday'],
    ]);
    expect(first.value.unplaced).toHaveLength(2);
    expect(next.value.annotations).toEqual([ferry]);
    const files = await readdir(join(workspace.dir, 'annotations'));
    expect(files.filter((name) => name.endsWith('.json'))).toEqual([]);
    // The temporary file is named by validate and removed by repair, as any other.
    expect((await finished.validate()).map((p) => p.message)).toContainEqual(expect.stringMatching(/\.gloss-tmp is a temporary file left by a save that did not finish/));
    const manifest = JSON.parse(await readFile(join(workspace.dir, 'workspace.json'), 'utf8'));
    expect(manifest.version).toBe(3);
  });

  it('survives SIGKILL at a random moment of the migration: the next open finishes it and every annotation is there once', { timeout: 180_000 }, async () => {
    const { workspace, folder } = await workspaceWithArticle();
    const paths = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => {
        const path = join(folder, `notice-${i}.txt`);
        await writeFile(path, `Notice ${i}\n\nThe harbour office posted notice ${i} about berth ${i * 3} on Friday.\n`);
        return path;
      }),
    );
    await importFiles(workspace, paths);
    const expected: Record<string, { annotations: StoredAnnotation[] }> = {};
    for (const entry of workspace.entries) {
      const loaded = await workspace.loadDocument(entry.id);
      if (!loaded.ok) throw new Error(loaded.error.message);
      const body = loaded.value.document.text;
      expected[entry.id] = { annotations: [{ ...annotationOn(body, 'Friday', 'event'), set: 'bob' }, { ...annotationOn(body, 'harbour'), set: 'Ana K.' }] };
    }
    await makeOlder(workspace, expected);

    const killedAfter = await migrateAndKill(workspace.dir, 30 + Math.floor(Math.random() * 200));
    const remaining = (await readdir(join(workspace.dir, 'annotations'))).filter((name) => name.endsWith('.json')).length;
    expect(remaining, `killed after ${killedAfter} ms`).toBeLessThanOrEqual(workspace.entries.length);

    const finished = await openWritable(workspace.dir, 30_000);
    expect((await readdir(join(workspace.dir, 'annotations'))).filter((name) => name.endsWith('.json'))).toEqual([]);
    for (const entry of finished.entries) {
      const loaded = await finished.loadDocument(entry.id);
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(loaded.value.annotations.map((a) => a.id).sort()).toEqual(expected[entry.id]?.annotations.map((a) => a.id).sort());
      expect(loaded.value.problem).toBeNull();
    }
    const { documents } = await finished.summaries();
    expect(documents.every((d) => d.annotationCounts['event'] === 1 && d.annotationCounts['quote'] === 1)).toBe(true);
  });
});

const MIGRATOR = resolve(import.meta.dirname, 'crash-migrator.ts');

/** Starts a process that opens the workspace to write (and so migrates it), and SIGKILLs it `delayMs` after it says it starts. */
function migrateAndKill(dir: string, delayMs: number): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MIGRATOR, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    let started = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (started === 0 && chunk.includes('opening')) {
        started = performance.now();
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    // A migration that finished before the kill is a run that proves less, not a failure.
    child.on('exit', (code, signal) => (signal === 'SIGKILL' || code === 0 ? done(Math.round(performance.now() - started)) : fail(new Error(`migrator failed: ${errors}`))));
  });
}
