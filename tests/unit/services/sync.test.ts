import { execFileSync } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EntityEdit } from '../../../core/entities/entity-edits';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { SyncConflict } from '../../../core/model/sync-conflicts';
import { resolveConflict } from '../../../main/services/sync/resolve-conflict';
import { cloneWorkspace, prepareRemote } from '../../../main/services/sync/share';
import { syncWorkspace } from '../../../main/services/sync/sync-workspace';
import type { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, gloss, reopen, tempFolder, workspaceWithArticle } from './workspace-helpers';

/** Whether the system has git: the sync is git's, so without it these tests cannot run (CI installs it: .ci/run). */
function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const GIT = hasGit();
/** Each sync spawns a dozen git processes: seconds on a loaded machine. */
const SYNC_MS = 60_000;

const TEXT = 'Port reopens after storm\n\nAna Ivanova said the harbour would reopen on Friday. Ben Okafor denied it. The mayor promised new cranes.\n';

function tagged(text: string, phrase: string, set: string, id: string, note?: string): StoredAnnotation {
  return { ...annotationOn(text, phrase), id, set, ...(note ? { note } : {}), modified: note ? '2026-12-02T10:00:00.000Z' : '2026-01-01T00:00:00.000Z' };
}

async function annotate(workspace: Workspace, documentId: string, upsert: StoredAnnotation[]): Promise<void> {
  const loaded = await workspace.loadDocument(documentId);
  if (!loaded.ok) throw new Error(loaded.error.message);
  const saved = await workspace.saveChanges(documentId, { upsert, remove: [] });
  if (!saved.ok) throw new Error(saved.error.message);
  await workspace.flush();
}

async function edit(workspace: Workspace, edits: EntityEdit[]): Promise<void> {
  const edited = await workspace.entities.edit(edits);
  if (!edited.ok) throw new Error(edited.error.message);
}

async function sync(workspace: Workspace, remote?: string) {
  const synced = await syncWorkspace(workspace, remote === undefined ? { author: 'Test' } : { remote, author: 'Test' });
  if (!synced.ok) throw new Error(synced.error.message);
  return synced.value;
}

/** What a user would see after reopening: every annotation of the document, by set, as id → note. */
async function annotationsBySet(dir: string, documentId: string): Promise<Record<string, Record<string, string>>> {
  const stored = await (await reopen(dir)).readStoredAnnotations(documentId);
  const sets: Record<string, Record<string, string>> = {};
  for (const annotation of stored.annotations) (sets[annotation.set] ??= {})[annotation.id] = annotation.note ?? '';
  return sets;
}

/** Analyst A's workspace shared through a new bare repository, and a clone of it for another computer. */
async function sharedPair() {
  const a = await workspaceWithArticle(TEXT);
  const remote = await prepareRemote(join(a.folder, 'team.git'));
  if (!remote.ok) throw new Error(remote.error.message);
  const first = await sync(a.workspace, remote.value);
  const dirB = join(a.folder, 'b');
  const cloned = await cloneWorkspace(dirB, remote.value);
  if (!cloned.ok) throw new Error(cloned.error.message);
  return { ...a, remote: remote.value, first, b: await reopen(dirB), dirB };
}

describe.skipIf(!GIT)('sync through git (two workspaces, one bare repository)', () => {
  it('shares a workspace: the first sync makes it a repository, commits with a readable message and pushes', { timeout: SYNC_MS }, async () => {
    const { first, dirB, documentId } = await sharedPair();
    expect(first).toMatchObject({ initialized: true, merged: 'nothing-new', pushed: true, conflicts: [] });
    expect(first.committed).toBe('Gloss sync: 1 document imported; schema.json changed');
    expect(await annotationsBySet(dirB, documentId)).toEqual({});
    const ignored = await readFile(join(dirB, '.gitignore'), 'utf8');
    expect(ignored).toContain('.gloss-lock/');
  });

  it('two analysts each annotate in their own set, both sync, and both end with both sets', { timeout: SYNC_MS }, async () => {
    const { workspace: a, b, dirB, documentId, text, workspace } = await sharedPair();
    await annotate(a, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1'), tagged(text, 'Ben Okafor denied it', 'alice', 'alice-2')]);
    await annotate(b, documentId, [tagged(text, 'The mayor promised new cranes', 'bob', 'bob-1')]);
    const fromA = await sync(a);
    expect(fromA.committed).toBe('Gloss sync: 2 annotations in set alice on 1 document');
    const fromB = await sync(b);
    expect(fromB).toMatchObject({ merged: 'merged', pushed: true, conflicts: [] });
    expect(await sync(await reopen(workspace.dir))).toMatchObject({ merged: 'fast-forward', committed: null, pushed: false });
    const both = { alice: { 'alice-1': '', 'alice-2': '' }, bob: { 'bob-1': '' } };
    expect(await annotationsBySet(workspace.dir, documentId)).toEqual(both);
    expect(await annotationsBySet(dirB, documentId)).toEqual(both);
  });

  it('one analyst on two computers edits the same set concurrently (different annotations): it merges without conflict', { timeout: SYNC_MS }, async () => {
    const { workspace: a, b, dirB, documentId, text, workspace } = await sharedPair();
    await annotate(a, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1')]);
    await sync(a);
    await sync(b);
    // Desk and laptop, both set "alice": one changes alice-1's note, the other adds alice-2.
    await annotate(a, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1', 'checked with the tape')]);
    await annotate(await reopen(dirB), documentId, [tagged(text, 'Ben Okafor denied it', 'alice', 'alice-2')]);
    await sync(await reopen(dirB));
    const merged = await sync(a);
    expect(merged).toMatchObject({ merged: 'merged', conflicts: [], openConflicts: 0 });
    await sync(await reopen(dirB));
    const expected = { alice: { 'alice-1': 'checked with the tape', 'alice-2': '' } };
    expect(await annotationsBySet(workspace.dir, documentId)).toEqual(expected);
    expect(await annotationsBySet(dirB, documentId)).toEqual(expected);
  });

  it('the same annotation edited differently on two computers is a conflict listed for review, both versions kept', { timeout: SYNC_MS }, async () => {
    const { workspace: a, b, dirB, documentId, text, workspace } = await sharedPair();
    await annotate(a, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1')]);
    await sync(a);
    await sync(b);
    await annotate(a, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1', 'desk: on the record')]);
    await annotate(await reopen(dirB), documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1', 'laptop: off the record')]);
    await sync(await reopen(dirB));
    const merged = await sync(a);
    expect(merged.conflicts.map((conflict) => [conflict.kind, conflict.itemId, conflict.reason])).toEqual([['annotation', 'alice-1', 'changed-both']]);
    expect(merged.openConflicts).toBe(1);
    // Ours stays in the annotations file; theirs is in the conflict record, on both computers once synced.
    expect(await annotationsBySet(workspace.dir, documentId)).toEqual({ alice: { 'alice-1': 'desk: on the record' } });
    await sync(await reopen(dirB));
    for (const dir of [workspace.dir, dirB]) {
      const record = JSON.parse(await readFile(join(dir, 'sync-conflicts.json'), 'utf8')) as { conflicts: SyncConflict[] };
      expect(record.conflicts.map((conflict) => [conflict.itemId, (conflict.ours as StoredAnnotation).note, (conflict.theirs as StoredAnnotation).note])).toEqual([['alice-1', 'desk: on the record', 'laptop: off the record']]);
    }
  });

  it('Take theirs settles an entity, a type and a document status with the other computer’s version, and the records go', { timeout: SYNC_MS }, async () => {
    const { workspace: a, dirB, documentId, workspace } = await sharedPair();
    await edit(a, [{ kind: 'create', id: 'ana', entityKind: 'person', name: 'Ana Ivanova' }]);
    await sync(a);
    await sync(await reopen(dirB));
    // Desk and laptop each rename the person, rename the Quote type and set the article's status, differently.
    const quoteNamed = (workspace: Workspace, name: string) => workspace.labelTypes.map((type) => (type.id === 'quote' ? { ...type, name } : type));
    const laptop = await reopen(dirB);
    await edit(laptop, [{ kind: 'rename', id: 'ana', name: 'Anna Ivanova' }]);
    expect((await laptop.saveSchema(quoteNamed(laptop, 'Direct quote'))).ok).toBe(true);
    expect((await laptop.setStatus(documentId, 'done')).ok).toBe(true);
    await sync(laptop);
    await edit(a, [{ kind: 'rename', id: 'ana', name: 'A. Ivanova' }]);
    expect((await a.saveSchema(quoteNamed(a, 'Quotation'))).ok).toBe(true);
    expect((await a.setStatus(documentId, 'in-progress')).ok).toBe(true);
    const merged = await sync(a);
    expect(merged.conflicts.map((conflict) => conflict.kind).sort()).toEqual(['document-entry', 'entity', 'type']);

    for (const conflict of merged.conflicts) {
      const settled = await resolveConflict(a, conflict.id, 'theirs');
      expect(settled).toMatchObject({ ok: true });
    }
    const desk = await reopen(workspace.dir);
    expect((await desk.entities.list()).entities.find((entity) => entity.id === 'ana')?.name).toBe('Anna Ivanova');
    expect(desk.labelTypes.find((type) => type.id === 'quote')?.name).toBe('Direct quote');
    expect((await desk.summaries()).documents.find((summary) => summary.id === documentId)?.status).toBe('done');
    const left = await desk.sync.readConflicts();
    expect(left).toEqual({ ok: true, value: [] });
  });

  it('gloss sync: shares with --remote, brings the workspace into an empty folder, and refuses an unshared one (exit 2)', { timeout: SYNC_MS }, async () => {
    const { workspace, folder, documentId, text } = await workspaceWithArticle(TEXT);
    expect(await gloss('sync', workspace.dir)).toEqual({ code: 2, output: expect.stringMatching(/this workspace is not shared yet/) });
    await annotate(workspace, documentId, [tagged(text, 'Ana Ivanova said', 'alice', 'alice-1')]);
    const remote = join(folder, 'team.git');
    const shared = await gloss('sync', workspace.dir, '--remote', remote);
    expect(shared).toEqual({ code: 0, output: expect.stringMatching(/^Committed: Gloss sync: 1 annotation in set alice on 1 document; 1 document imported; schema.json changed\. Nothing new from the remote\. Pushed to /) });
    const copy = join(folder, 'copy');
    expect(await gloss('sync', copy, '--remote', remote)).toEqual({ code: 0, output: expect.stringMatching(/^Brought the shared workspace from .* No changes of your own\. Nothing new from the remote\. Nothing to push\.$/) });
    expect(await annotationsBySet(copy, documentId)).toEqual({ alice: { 'alice-1': '' } });
  });

  it('a workspace not yet shared says so, and nothing changes', { timeout: SYNC_MS }, async () => {
    const { workspace } = await workspaceWithArticle(TEXT);
    const synced = await syncWorkspace(workspace);
    expect(synced).toEqual({ ok: false, error: { code: 'not-shared', message: expect.stringMatching(/^this workspace is not shared yet/) } });
  });

  it('shares each adjudicator’s rejected items and keeps the migration’s backup/ on the computer that migrated', { timeout: SYNC_MS }, async () => {
    const { workspace: a, dirB, documentId } = await sharedPair();
    // What a migration leaves: the replaced files under backup/<time>/, a copy of history this computer already has.
    const backup = join(a.dir, 'backup', '2026-12-03T10-00-00', 'workspace.json');
    await mkdir(dirname(backup), { recursive: true });
    await writeFile(backup, '{"format":"gloss.workspace","version":2}\n');
    const rejected = await a.adjudication.reject(documentId, 'gold', ['alice-1+bob-1']);
    expect(rejected.ok).toBe(true);
    expect((await sync(a)).committed).not.toBeNull();
    const b = await reopen(dirB);
    await sync(b);
    expect(await b.adjudication.rejected(documentId, 'gold')).toEqual({ ok: true, value: ['alice-1+bob-1'] });
    expect(await stat(join(dirB, 'backup')).catch(() => null)).toBeNull();
    expect(execFileSync('git', ['ls-files', 'backup'], { cwd: a.dir, encoding: 'utf8' })).toBe('');
  });

  it('refuses a remote that would make git run a program', { timeout: SYNC_MS }, async () => {
    const folder = await tempFolder();
    expect(await prepareRemote('ext::sh -c touch% /tmp/pwned')).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await prepareRemote('--upload-pack=touch /tmp/pwned')).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(await cloneWorkspace(join(folder, 'x'), join(folder, 'nothing-here'))).toMatchObject({ ok: false });
  });
});

describe.skipIf(GIT)('sync without git', () => {
  it('says plainly that git is needed', async () => {
    const { workspace } = await workspaceWithArticle(TEXT);
    expect(await syncWorkspace(workspace, { remote: '/tmp/nowhere.git' })).toEqual({ ok: false, error: { code: 'no-git', message: expect.stringMatching(/^Sync needs git/) } });
  });
});
