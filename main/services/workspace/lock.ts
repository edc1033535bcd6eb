import { lock } from 'proper-lockfile';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** How long a lock outlives a crashed holder before another Gloss may take it. */
const STALE_MS = 10_000;

export type LockOutcome = { held: true; release: () => Promise<void> } | { held: false; reason: string };

/**
 * Takes the workspace's write lock, so two Gloss processes never write the same
 * workspace. The lock is a folder that the holder touches every few seconds;
 * one left by a crashed process goes stale and can be taken over.
 */
export async function lockWorkspace(dir: string): Promise<LockOutcome> {
  try {
    const release = await lock(dir, {
      lockfilePath: join(dir, '.gloss-lock'),
      stale: STALE_MS,
      realpath: false,
      onCompromised: () => {
        // Another process took a lock we thought stale: keep running; the
        // next save still writes atomically, and the UI was told at open.
      },
    });
    return { held: true, release };
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
    if (code === 'ELOCKED') {
      return { held: false, reason: `it is open in another Gloss window or process (on ${hostname()} or a shared drive)` };
    }
    return { held: false, reason: `its lock could not be taken (${error instanceof Error ? error.message : String(error)})` };
  }
}
