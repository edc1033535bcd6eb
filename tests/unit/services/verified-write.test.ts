import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isTemporaryFileName, TEMPORARY_SUFFIX, writeFileVerified } from '../../../main/services/files/verified-write';
import { tempFolder } from './workspace-helpers';

/**
 * How the disk misbehaves for writes to temporary files: `take` caps the bytes
 * each write takes (a short write, as a full disk or a signal gives);
 * `failAfter` makes writes throw ENOSPC once that many bytes are in;
 * `lie` reports every byte written while only half reach the file.
 */
const disk = vi.hoisted(() => ({ take: Infinity, failAfter: Infinity, lie: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  const misbehave = (handle: FileHandle): FileHandle => {
    let taken = 0;
    const write = async (buffer: Uint8Array, offset: number, length: number, position: number) => {
      if (taken >= disk.failAfter) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const share = Math.min(length, disk.take, disk.failAfter - taken);
      const written = await handle.write(buffer, offset, disk.lie ? Math.ceil(share / 2) : share, position);
      taken += written.bytesWritten;
      return disk.lie ? { ...written, bytesWritten: share } : written;
    };
    return new Proxy(handle, { get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)) });
  };
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await real.open(...args);
    return String(args[0]).endsWith('.gloss-tmp') ? misbehave(handle) : handle;
  };
  return { ...real, open, default: { ...real, open } };
});

afterEach(() => {
  Object.assign(disk, { take: Infinity, failAfter: Infinity, lie: false });
});

/** About 200 KB of JSON, as an annotations file of a long article would be. */
const BIG = JSON.stringify({ annotations: Array.from({ length: 2_000 }, (_, i) => ({ id: `a-${i}`, exact: 'the harbour master said on Friday that' })) }, null, 2);
const OLD = JSON.stringify({ annotations: [{ id: 'kept' }] }, null, 2);

async function fileWithOldVersion() {
  const folder = await tempFolder();
  const path = join(folder, 'annotations.json');
  await writeFile(path, OLD);
  return { folder, path };
}

describe('writeFileVerified', () => {
  it('continues short writes until every byte is written', async () => {
    const { folder, path } = await fileWithOldVersion();
    disk.take = 1_000;
    await writeFileVerified(path, BIG);
    expect(await readFile(path, 'utf8')).toBe(BIG);
    expect(await readdir(folder)).toEqual(['annotations.json']);
  });

  it.each([
    ['a write that throws ENOSPC halfway', () => (disk.failAfter = 64 * 1024), { code: 'ENOSPC' }],
    ['a disk that reports bytes it did not take', () => (disk.lie = true), { code: 'ESHORTWRITE', message: expect.stringMatching(/of \d+ bytes reached the disk/) }],
    ['a write that takes nothing', () => (disk.take = 0), { code: 'ESHORTWRITE', message: 'the disk took 0 of 200, bytes'.replace('200,', String(Buffer.byteLength(BIG))) }],
  ])('%s: fails, the old file stays byte for byte, no temporary file is left', async (_case, misbehave, error) => {
    const { folder, path } = await fileWithOldVersion();
    misbehave();
    await expect(writeFileVerified(path, BIG)).rejects.toMatchObject(error);
    expect(await readFile(path, 'utf8')).toBe(OLD);
    expect(await readdir(folder)).toEqual(['annotations.json']);
  });

  it('writes to one file land in the order they were asked for', async () => {
    const { path } = await fileWithOldVersion();
    disk.take = 4_096; // each write yields, so they would interleave without the queue
    await Promise.all(['first', 'second', 'third'].map((word) => writeFileVerified(path, `${word}\n`.repeat(10_000))));
    expect(await readFile(path, 'utf8')).toBe('third\n'.repeat(10_000));
  });

  it('keeps the permissions an analyst gave the file', async () => {
    const { path } = await fileWithOldVersion();
    await chmod(path, 0o600);
    await writeFileVerified(path, BIG);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('creates a file that did not exist', async () => {
    const folder = await tempFolder();
    await writeFileVerified(join(folder, 'new.json'), OLD);
    expect(await readFile(join(folder, 'new.json'), 'utf8')).toBe(OLD);
  });
});

describe('isTemporaryFileName', () => {
  it.each([
    [`workspace.json.0a1b2c3d4e5f${TEMPORARY_SUFFIX}`, true],
    ['workspace.json.3141592653', true], // write-file-atomic's, from before
    ['workspace.json', false],
    ['report.2026.json', false],
    ['notes.txt.12', false],
  ])('%s → %s', (name, expected) => {
    expect(isTemporaryFileName(name)).toBe(expected);
  });
});
