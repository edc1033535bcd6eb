import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { lock } from 'proper-lockfile';
import { z } from 'zod';

/** How long a lock outlives a crashed holder before another Gloss may take it. */
const STALE_MS = 10_000;
/** How often a waiting writer tries again. */
const RETRY_MS = 200;
/**
 * How long one refused waits for the holder's record to appear: a holder
 * writes it right after taking the lock, and a refusal in between would
 * otherwise name no one (CI under load met that moment).
 */
const RECORD_WAIT_MS = 500;
const RECORD_RETRY_MS = 50;

const LOCK_FOLDER = '.gloss-lock';
/**
 * Beside the lock folder, not in it: a file made inside would change the
 * folder's modification time, which proper-lockfile reads as another
 * process having taken the lock. One left by a crashed holder is written
 * over by the next.
 */
const HOLDER_FILE = '.gloss-lock-holder.json';

/** Who holds a workspace, so one refused can say who to wait for. */
const LockHolderSchema = z.object({
  /** What holds it: "the Gloss app", "gloss import". */
  by: z.string().max(200),
  pid: z.int(),
  host: z.string().max(300),
  /** ISO 8601, when the lock was taken. */
  since: z.string().max(40),
});
type LockHolder = z.infer<typeof LockHolderSchema>;

export type LockOutcome =
  | { held: true; release: () => Promise<void> }
  | { held: false; reason: string; holder: LockHolder | null; busy: boolean };

/** "gloss import (process 4242 on desk-7, since 2026-12-02 02:41:07 UTC)". */
function describeHolder(holder: LockHolder): string {
  const since = holder.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
  return `${holder.by} (process ${holder.pid} on ${holder.host}, since ${since})`;
}

async function readHolder(dir: string): Promise<LockHolder | null> {
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(await readFile(join(dir, HOLDER_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // Not yet written (the holder is between taking the lock and recording itself), or from an older Gloss.
    return null;
  }
}

/** The holder's record, waiting a moment for one being written; null when none appears (an older Gloss, or a disk too full to write it). */
async function awaitHolder(dir: string): Promise<LockHolder | null> {
  const deadline = Date.now() + RECORD_WAIT_MS;
  for (;;) {
    const holder = await readHolder(dir);
    if (holder || Date.now() + RECORD_RETRY_MS > deadline) return holder;
    await sleep(RECORD_RETRY_MS);
  }
}

/** proper-lockfile's codes for a lock that is no longer held: released already, or taken over as stale. */
function isTakenOver(error: unknown): boolean {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  return code === 'ERELEASED' || code === 'ECOMPROMISED';
}

async function tryLock(dir: string): Promise<{ release: () => Promise<void> } | { code: unknown; error: unknown }> {
  try {
    const release = await lock(dir, {
      lockfilePath: join(dir, LOCK_FOLDER),
      stale: STALE_MS,
      realpath: false,
      onCompromised: () => {
        // Another process took a lock we thought stale: keep running; the
        // next save still writes atomically, and the UI was told at open.
      },
    });
    return { release };
  } catch (error) {
    return { code: error && typeof error === 'object' && 'code' in error ? error.code : undefined, error };
  }
}

/**
 * Takes the workspace's write lock, so two Gloss processes never write the
 * same workspace. The lock is a folder that the holder touches every few
 * seconds (one left by a crashed process goes stale and can be taken over),
 * with a record of who holds it. `by` names the holder for whoever is
 * refused; `waitMs` is how long to keep trying while another holds it.
 */
export async function lockWorkspace(dir: string, by: string, waitMs = 0): Promise<LockOutcome> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = await tryLock(dir);
    if ('release' in attempt) {
      const holder: LockHolder = { by, pid: process.pid, host: hostname(), since: new Date().toISOString() };
      const record = join(dir, HOLDER_FILE);
      // The record only serves messages: a full disk must not cost the lock itself.
      await writeFile(record, JSON.stringify(holder)).catch(() => undefined);
      const release = async () => {
        await rm(record, { force: true });
        // A holder starved of CPU for longer than STALE_MS can have its lock
        // taken over as stale; it is then no longer ours to release, and the
        // work done under it was written atomically all the same.
        await attempt.release().catch((error: unknown) => {
          if (!isTakenOver(error)) throw error;
        });
      };
      return { held: true, release };
    }
    if (attempt.code !== 'ELOCKED') {
      const message = attempt.error instanceof Error ? attempt.error.message : String(attempt.error);
      return { held: false, reason: `its lock could not be taken (${message})`, holder: null, busy: false };
    }
    if (Date.now() + RETRY_MS > deadline) {
      const holder = await awaitHolder(dir);
      const who = holder ? describeHolder(holder) : 'another Gloss window or process';
      return { held: false, reason: `it is open for writing in ${who}`, holder, busy: true };
    }
    await sleep(RETRY_MS);
  }
}
