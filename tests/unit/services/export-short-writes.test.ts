import type * as FsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAnnotations } from '../../../main/services/exchange/export';
import { filesUnder } from '../../bench/files';
import { annotationOn, ARTICLE, workspaceWithArticle } from './workspace-helpers';

/**
 * How the disk misbehaves for an export's files (all written under a
 * ".partial" name until they are complete): `take` caps the bytes each write
 * takes, as a signal or a nearly full disk gives; `lie` reports every byte
 * written while only half reach the file.
 */
const disk = vi.hoisted(() => ({ take: Infinity, lie: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof FsPromises>();
  // The disk takes at most `take` bytes of each write.
  const shortWrite = (handle: FileHandle) => async (buffer: Uint8Array, offset: number, length: number) => {
    const share = Math.min(length, disk.take);
    const { bytesWritten } = await handle.write(buffer, offset, disk.lie ? Math.ceil(share / 2) : share);
    return { bytesWritten: disk.lie ? share : bytesWritten, buffer };
  };
  const open: typeof real.open = async (path, ...rest) => {
    const handle = await real.open(path, ...rest);
    if (!String(path).includes('.partial')) return handle;
    const write = shortWrite(handle);
    return new Proxy(handle, { get: (target, key) => (key === 'write' ? write : Reflect.get(target, key, target)) });
  };
  return { ...real, open, default: { ...real, open } };
});

afterEach(() => {
  Object.assign(disk, { take: Infinity, lie: false });
});

/**
 * A long article (its text alone is more than the writer's 1 MB batch can
 * be sure to hold, so it is written on its own) with enough annotations that
 * an export passes the batch several times in small pieces (CSV rows, Gloss
 * and brat annotations), with characters outside ASCII in every piece.
 */
async function annotatedWorkspace() {
  const source = await workspaceWithArticle(`${ARTICLE}\n${'The quay was busy again — “at last”, said the crews. '.repeat(7_000)}`);
  const base = annotationOn(source.text, 'harbour master');
  const annotations = Array.from({ length: 6_000 }, (_, i) => ({ ...base, id: `many-${i}`, note: `Vérifié dans le registre du port, entrée ${i} — “ok”.` }));
  const saved = await source.workspace.saveAnnotations(source.documentId, annotations);
  if (!saved.ok) throw new Error(saved.error.message);
  return source;
}

/** Every file of an export and its bytes, by path under the output. */
async function exported(out: string): Promise<Record<string, string>> {
  const files = await filesUnder(out);
  return Object.fromEntries(await Promise.all(files.map(async (path) => [path.slice(out.length), (await readFile(path)).toString('base64')] as const)));
}

describe('an export onto a disk that takes part of each write', () => {
  // Gloss and CSV pass the writer's 1 MB batch; brat writes two files, its text on its own and its annotations batched.
  it.each([
    ['gloss', 2 ** 20],
    ['csv', 2 ** 20],
    ['brat', 2 ** 19],
  ] as const)('%s: continues every short write, and the output is byte for byte the same', { timeout: 60_000 }, async (format, leastBytes) => {
    const { workspace, folder } = await annotatedWorkspace();
    const plain = join(folder, `plain.${format}`);
    expect((await exportAnnotations(workspace, { format, out: plain })).ok).toBe(true);
    disk.take = 4_000;
    const short = join(folder, `short.${format}`);
    expect((await exportAnnotations(workspace, { format, out: short })).ok).toBe(true);
    const written = await exported(short);
    expect(Object.keys(written).length).toBeGreaterThan(0);
    expect(written).toEqual(await exported(plain));
    expect(Object.values(written).reduce((bytes, file) => bytes + file.length * 0.75, 0)).toBeGreaterThan(leastBytes);
  });

  it.each(['gloss', 'brat'] as const)('%s: a disk that reports bytes it did not take fails the export, naming it, and leaves nothing', { timeout: 60_000 }, async (format) => {
    const { workspace, folder } = await annotatedWorkspace();
    const before = (await readdir(folder)).sort();
    disk.lie = true;
    const out = join(folder, `out.${format}`);
    const result = await exportAnnotations(workspace, { format, out });
    expect(!result.ok && result.error).toBe(`${out} could not be written: the disk took fewer bytes than were written`);
    expect((await readdir(folder)).sort()).toEqual(before);
  });
});
