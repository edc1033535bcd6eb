import { mkdir, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Preferences } from '../../../main/services/preferences/preferences';
import { Session } from '../../../main/services/session/session';
import { lockWorkspace } from '../../../main/services/workspace/lock';
import { tempFolder, workspaceWithArticle } from './workspace-helpers';

describe('the workspace lock', () => {
  it('lets one holder in; a second is told why; after release the second gets it', async () => {
    const dir = await tempFolder();
    const first = await lockWorkspace(dir, 'a test');
    expect(first.held).toBe(true);
    const second = await lockWorkspace(dir, 'a test');
    expect(second).toMatchObject({ held: false, busy: true, holder: { by: 'a test', pid: process.pid }, reason: expect.stringMatching(/open for writing in a test \(process \d+ on .+, since \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)/) });
    if (first.held) await first.release();
    const third = await lockWorkspace(dir, 'a test');
    expect(third.held).toBe(true);
    if (third.held) await third.release();
  });

  it('names a holder refused in the moment before it recorded itself, and says "another" when no record comes', async () => {
    const dir = await tempFolder();
    // A holder that has taken the lock (a fresh lock folder) and writes its record a little later.
    await mkdir(join(dir, '.gloss-lock'));
    const record = { by: 'gloss import', pid: 4242, host: 'desk-7', since: '2026-12-02T02:41:07.000Z' };
    setTimeout(() => void writeFile(join(dir, '.gloss-lock-holder.json'), JSON.stringify(record)), 100);
    const refused = await lockWorkspace(dir, 'a test');
    expect(refused).toMatchObject({ held: false, busy: true, reason: 'it is open for writing in gloss import (process 4242 on desk-7, since 2026-12-02 02:41:07 UTC)' });

    const unrecorded = await tempFolder();
    await mkdir(join(unrecorded, '.gloss-lock'));
    expect(await lockWorkspace(unrecorded, 'a test')).toMatchObject({ held: false, holder: null, reason: 'it is open for writing in another Gloss window or process' });
  });

  it('releases quietly a lock another took over while its holder was starved of CPU', async () => {
    const dir = await tempFolder();
    const held = await lockWorkspace(dir, 'a slow import');
    if (!held.held) throw new Error('not held');
    // What a takeover leaves: the lock folder is not the one the holder made. The holder sees it at its next touch (every 5 s).
    await rm(join(dir, '.gloss-lock'), { recursive: true });
    await new Promise((resolveWait) => setTimeout(resolveWait, 6_000));
    await expect(held.release()).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
  });

  it('takes over a lock left by a process that crashed (not refreshed for a minute)', async () => {
    const dir = await tempFolder();
    const stale = join(dir, '.gloss-lock');
    await mkdir(stale);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(stale, aMinuteAgo, aMinuteAgo);
    const taken = await lockWorkspace(dir, 'a test');
    expect(taken.held).toBe(true);
    if (taken.held) await taken.release();
  });

  it('a second session opens the workspace read-only and refuses to save', async () => {
    const { workspace, documentId } = await workspaceWithArticle();
    const sessions = [0, 1].map(() => new Session(new Preferences({ store: {} }), () => undefined));
    const [first, second] = sessions as [Session, Session];
    await first.open(workspace.dir);
    await second.open(workspace.dir);
    expect(first.readOnlyReason).toBeNull();
    expect(second.readOnlyReason).toMatch(/open for writing in the Gloss app \(process \d+/);
    const writable = second.writableWorkspace();
    expect(!writable.ok && writable.error.message).toMatch(/read-only/);
    expect(second.workspace?.has(documentId)).toBe(true);
    await first.close();
    await second.close();
  });
});

describe('the lock held for longer than its refresh period', () => {
  it('is still ours after several refreshes, and its release leaves nothing behind', { timeout: 30_000 }, async () => {
    const dir = await tempFolder();
    const lock = await lockWorkspace(dir, 'a long import');
    expect(lock.held).toBe(true);
    // proper-lockfile refreshes every stale/2 = 5 s; a refresh that finds the folder changed gives the lock up.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const other = await lockWorkspace(dir, 'another');
    expect(other).toMatchObject({ held: false, reason: expect.stringMatching(/a long import \(process/) });
    if (lock.held) await lock.release();
    expect(await readdir(dir)).toEqual([]);
  });
});
