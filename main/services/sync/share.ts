import { WorkspaceLayout } from '../workspace/layout';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { err, ok, type Result } from '../../../core/result';
import { Git, gitMessage, gitVersion } from './git';
import { checkRemote, type SyncFailure } from './sync-workspace';

const NO_GIT = 'Sync needs git, and git was not found on this computer. Install git (https://git-scm.com/downloads) and try again; nothing was changed.';

/** A remote given as a folder on this computer (or a shared drive), not a URL: "/srv/desk.git", "../desk.git", "C:\\desk". */
function localFolder(remote: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote)) return remote.startsWith('file://') ? decodeURIComponent(new URL(remote).pathname) : null;
  // "host:path" is git's scp-like SSH form; a Windows drive ("C:\") is a folder.
  if (/^[^/\\]+:/.test(remote) && !/^[a-z]:[\\/]/i.test(remote)) return null;
  return isAbsolute(remote) ? remote : resolve(remote);
}

/**
 * A folder named as the remote that does not exist yet, or is empty, becomes
 * a bare repository (its branch "main"), so a team can share through a
 * network drive without setting up a server (unless `create` is false).
 * Anything else is git's to reach. Answers the remote as git is to be given it.
 */
export async function prepareRemote(remote: string, create = true): Promise<Result<string, SyncFailure>> {
  const refused = checkRemote(remote);
  if (refused) return err({ code: 'refused', message: refused });
  const folder = localFolder(remote);
  // A folder is given to git as an absolute path: git would read a relative one from the workspace folder.
  if (!folder) return ok(remote);
  const entries = await readdir(folder).catch(() => null);
  const exists = await stat(folder).then(() => true, () => false);
  if (!create || (exists && (entries === null || entries.length > 0))) return ok(folder);
  if (!(await gitVersion())) return err({ code: 'no-git', message: NO_GIT });
  try {
    await mkdir(folder, { recursive: true });
    const git = new Git(folder);
    await git.run(['init', '-q', '--bare']);
    await git.run(['symbolic-ref', 'HEAD', 'refs/heads/main']);
    return ok(folder);
  } catch (error) {
    return err({ code: 'failed', message: `the shared folder ${folder} could not be made a git repository: ${gitMessage(error)}` });
  }
}

/**
 * Brings a shared workspace to this computer: clones the remote into `dir`
 * (missing or empty), on its "main" branch. Refused when the remote holds no
 * Gloss workspace; the clone is then left for the analyst to look at.
 */
export async function cloneWorkspace(dir: string, remote: string): Promise<Result<void, SyncFailure>> {
  if (!(await gitVersion())) return err({ code: 'no-git', message: NO_GIT });
  const refused = checkRemote(remote);
  if (refused) return err({ code: 'refused', message: refused });
  const entries = await readdir(dir).catch(() => [] as string[]);
  if (entries.length > 0) return err({ code: 'refused', message: `${dir} is neither a Gloss workspace nor empty; name a new or empty folder to bring the shared workspace into` });
  try {
    await mkdir(dir, { recursive: true });
    const git = new Git(dir);
    await git.run(['clone', '-q', '--no-checkout', '--', remote, '.']);
    const branch = (await git.ask(['rev-parse', '-q', '--verify', 'refs/remotes/origin/main'])) ? 'main' : ((await git.ask(['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']))?.replace(/^origin\//, '') ?? null);
    if (!branch) return err({ code: 'refused', message: `${remote} holds no shared workspace yet: share one there first (gloss sync <workspace> --remote ${remote})` });
    await git.run(['checkout', '-q', '-B', branch, `origin/${branch}`]);
    // Git keeps no empty folders: the folder the first save writes set files into may not have come.
    await mkdir(new WorkspaceLayout(dir).annotationsDir, { recursive: true });
  } catch (error) {
    return err({ code: 'failed', message: `the shared workspace could not be brought from ${remote}: ${gitMessage(error)}` });
  }
  const manifest = await stat(resolve(dir, 'workspace.json')).then(() => true, () => false);
  return manifest ? ok(undefined) : err({ code: 'refused', message: `${remote} holds no Gloss workspace (it has no workspace.json)` });
}
