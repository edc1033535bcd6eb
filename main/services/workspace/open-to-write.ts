import type { Problem } from '../../../core/api/contract';
import { err, ok, type Result } from '../../../core/result';
import { lockWorkspace, type LockOutcome } from './lock';
import { Workspace } from './workspace';

export interface OpenedToWrite {
  workspace: Workspace;
  /** Held: this process may write. Not held: another does, and the workspace is for reading only. */
  lock: LockOutcome;
}

/**
 * Opens a workspace to write in it, for every entry point (the app, the
 * harness, the CLI): the lock is taken before anything is read, so what is
 * read is what the previous writer left, and a folder that is not a
 * workspace gets no lock folder. With the lock, an older workspace's
 * annotations are moved into one file per set first (Workspace.migrate). `by` names this holder for whoever is
 * refused; `waitMs` is how long to wait for another holder to let go.
 */
export async function openToWrite(dir: string, by: string, waitMs = 0): Promise<Result<OpenedToWrite, Problem>> {
  if (!(await Workspace.exists(dir))) return err({ file: dir, message: `${dir} is not a Gloss workspace (it has no workspace.json)` });
  const lock = await lockWorkspace(dir, by, waitMs);
  const opened = await Workspace.open(dir);
  if (!opened.ok) {
    if (lock.held) await lock.release();
    return opened;
  }
  // Held: finish moving an older workspace's annotations into one file per set before anyone reads them (a reader alone reads either layout).
  if (lock.held) {
    await opened.value.makeAnnotationsFolder();
    const migrated = await opened.value.migrate();
    if (!migrated.ok) {
      await lock.release();
      return err(migrated.error);
    }
  }
  return ok({ workspace: opened.value, lock });
}
