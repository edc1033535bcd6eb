import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkspaceLayout } from '../../main/services/workspace/layout';

/** Every file at `path`: the file itself, or every file in the folder and below. */
export async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** A workspace's document and annotations files: what an export or import reads besides its own input. */
export async function documentAndAnnotationFiles(dir: string): Promise<string[]> {
  const layout = new WorkspaceLayout(dir);
  return [...(await filesUnder(layout.documentsDir)), ...(await filesUnder(layout.annotationsDir))];
}

/** Files under `dir` modified at or after `since` (ms since the epoch). */
export async function changedSince(dir: string, since: number): Promise<string[]> {
  const changed: string[] = [];
  for (const path of await filesUnder(dir)) if ((await stat(path)).mtimeMs >= since) changed.push(path);
  return changed;
}

/** Runs `work` in a new folder under the system's temporary folder, removed afterwards whatever happens. */
export async function inScratchFolder<T>(prefix: string, work: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  try {
    return await work(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
