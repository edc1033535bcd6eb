import { randomBytes } from 'node:crypto';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fsErrorCode } from './fs-error';
import { SerialQueue } from './serial-queue';

/** Ends the name of every temporary file Gloss writes, so leftovers can be told apart from real files. */
export const TEMPORARY_SUFFIX = '.gloss-tmp';

/**
 * A temporary file from an interrupted write: Gloss's own (`x.json.<hex>.gloss-tmp`)
 * or one left by write-file-atomic, which Gloss used before (`x.json.<number>`).
 */
export function isTemporaryFileName(name: string): boolean {
  return /\.json\.[0-9a-f]+\.gloss-tmp$/.test(name) || /\.json\.\d+$/.test(name);
}

/** The disk took fewer bytes than it was given, without saying why. */
export class ShortWrite extends Error {
  readonly code = 'ESHORTWRITE';
}

/** Writes to one path run one after another, so an older version can never land after a newer one. */
const queue = new SerialQueue();

/**
 * Replaces a file so that success means the new bytes are on disk, and any
 * failure leaves the old file as it was. The bytes go to a new temporary file
 * beside it (created exclusively, so no other writer's file is reused); short
 * writes are continued until every byte is written; the file is flushed and
 * its size checked against what was meant before it is renamed over the
 * target; then the folder is flushed, so the rename survives a power cut.
 * On any failure the temporary file is removed and the error thrown.
 *
 * write-file-atomic, used before, wrote once and ignored a short write: on a
 * full disk it renamed a truncated file over a good one and reported success.
 */
export function writeFileVerified(path: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return queue.run(resolve(path), () => replace(path, bytes));
}

async function replace(path: string, bytes: Uint8Array): Promise<void> {
  // Keep the file's permissions (an analyst may have made a workspace private).
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o666,
  );
  const temporary = join(dirname(path), `${basename(path)}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await writeAndCheck(handle, bytes).finally(() => handle.close());
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

async function writeAndCheck(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, written);
    // A write that takes nothing and reports no error would loop for ever.
    if (bytesWritten <= 0) throw new ShortWrite(`the disk took ${written} of ${bytes.length} bytes`);
    written += bytesWritten;
  }
  await handle.sync();
  const { size } = await handle.stat();
  if (size !== bytes.length) throw new ShortWrite(`${size} of ${bytes.length} bytes reached the disk`);
}

/** Codes by which a system says it cannot flush a folder at all (Windows, some network disks): nothing to do there. */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES', 'EBADF']);

async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(folder, 'r');
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has(fsErrorCode(error) ?? '')) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has(fsErrorCode(error) ?? '')) throw error;
  } finally {
    await handle.close();
  }
}
