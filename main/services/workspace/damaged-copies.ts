import { createHash } from 'node:crypto';
import { mkdir, open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsErrorCode } from '../files/fs-error';
import type { ReadBytes } from './json-file';
import type { WorkspaceLayout } from './layout';

/** A time that sorts and is a file name on every system: 2026-12-02T16-30-00-000Z. */
function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Writes a copy of bytes that must survive whatever comes next: a new file
 * (never over an earlier copy), flushed to disk before the caller goes on to
 * change or remove the original.
 */
async function writeCopy(target: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const handle = await open(target, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Copies of damaged files, byte for byte, in the workspace's `damaged/`
 * folder, made before anything is written in a damaged file's place. Each
 * damaged version is copied once per session however often it is met, and a
 * copy never replaces an earlier one.
 */
export class DamagedCopies {
  /** Where each damaged version (path and SHA-256 of its bytes) was copied this session. */
  private readonly copied = new Map<string, Promise<string>>();

  constructor(private readonly layout: WorkspaceLayout) {}

  /** Copies the bytes aside unless this version was already; resolves to where, as shown to the analyst. */
  keep(path: string, bytes: Buffer): Promise<string> {
    const key = `${path}\n${createHash('sha256').update(bytes).digest('hex')}`;
    let copy = this.copied.get(key);
    if (!copy) {
      copy = this.copy(path, bytes);
      this.copied.set(key, copy);
      copy.catch(() => this.copied.delete(key));
    }
    return copy;
  }

  private async copy(path: string, bytes: Buffer): Promise<string> {
    // The folder's name tells a set file (annotations/<document>/<set>.json) from another document's file of the same set.
    const folder = dirname(path);
    const name = `${stamp()}-${dirname(folder) === this.layout.annotationsDir ? `${basename(folder)}-` : ''}${basename(path)}`;
    const target = join(this.layout.root, 'damaged', name);
    await writeCopy(target, bytes);
    return this.layout.display(target);
  }
}

/**
 * Copies of files a migration replaces, in `backup/<time>/` under their own
 * paths (backup/<time>/annotations/<document>.json, backup/<time>/workspace.json),
 * one folder per session that migrates: made before the file is changed or
 * removed, so the older layout can always be put back by hand.
 */
export class Backups {
  private folder: string | null = null;

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly read: ReadBytes,
  ) {}

  /** Copies a file as it now is into this session's backup folder (once: a copy already made stays); resolves to where, as shown to the analyst. */
  async keep(path: string): Promise<string> {
    this.folder ??= join(this.layout.backupDir, stamp());
    const target = join(this.folder, this.layout.display(path));
    try {
      await writeCopy(target, await this.read(path));
    } catch (error) {
      if (fsErrorCode(error) !== 'EEXIST') throw error;
    }
    return this.layout.display(target);
  }
}
