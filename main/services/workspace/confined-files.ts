import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, sep } from 'node:path';

/**
 * The largest workspace file Gloss reads. A 1 MB article with 10,000
 * annotations takes about 6 MB; anything near this limit is not a Gloss file.
 */
const MAX_WORKSPACE_FILE_BYTES = 256 * 1024 * 1024;

/** A refusal whose message completes "<file> …" for the analyst. */
export class FileRefused extends Error {}

/**
 * Reads and writes only inside one workspace folder. A shared workspace may
 * hold symbolic links or names that point elsewhere; they are refused, so
 * nothing outside the folder is ever read or written on a workspace's say-so.
 */
export class ConfinedFiles {
  private realRoot: Promise<string> | null = null;

  constructor(private readonly root: string) {}

  /** Reads a file that lies inside the workspace, is no symbolic link and is not huge. */
  read = async (path: string): Promise<Buffer> => {
    const info = await lstat(path);
    if (info.isSymbolicLink()) throw new FileRefused('is a symbolic link; Gloss reads only files inside the workspace');
    await this.assertInside(path);
    if (info.size > MAX_WORKSPACE_FILE_BYTES) {
      throw new FileRefused(`is ${Math.round(info.size / 2 ** 20)} MB, more than Gloss reads (${MAX_WORKSPACE_FILE_BYTES / 2 ** 20} MB)`);
    }
    return readFile(path);
  };

  /** Refuses to write through a symbolic link or into a folder that leads out of the workspace. */
  async assertWritable(path: string): Promise<void> {
    const existing = await lstat(path).catch(() => null);
    if (existing?.isSymbolicLink()) throw new FileRefused('is a symbolic link; Gloss will not write through it');
    await this.assertInside(dirname(path));
  }

  private async assertInside(path: string): Promise<void> {
    this.realRoot ??= realpath(this.root);
    const [root, real] = await Promise.all([this.realRoot, realpath(path)]);
    if (real !== root && !real.startsWith(root + sep)) throw new FileRefused('leads outside the workspace folder');
  }
}
