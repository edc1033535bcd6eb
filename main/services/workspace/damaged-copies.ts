import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { WorkspaceLayout } from './layout';

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
    const dir = join(this.layout.root, 'damaged');
    await mkdir(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = join(dir, `${stamp}-${basename(path)}`);
    await writeFile(target, bytes, { flag: 'wx' });
    return this.layout.display(target);
  }
}
