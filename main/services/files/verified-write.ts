import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { CONCURRENT_WRITES, mapConcurrent } from './concurrent';
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
export async function writeFileVerified(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFilesVerified([{ path, data: () => data }]);
  } catch (error) {
    throw error instanceof FileNotWritten ? error.reason : error;
  }
}

/** Why a batch write changed nothing: the first file that could not be written, and what went wrong with it. */
export class FileNotWritten extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`${path} could not be written: ${reason instanceof Error ? reason.message : String(reason)}`);
  }
}

/** One file of a batch write: where it goes, and what it holds, made when its turn to be written comes (so a batch never holds every file's bytes at once). */
export interface FileToWrite {
  path: string;
  data: () => string | Uint8Array;
}

/**
 * Replaces several files as one change: every file's new bytes are written
 * and checked beside it first (as writeFileVerified does), and only when all
 * of them are on disk are they renamed over their targets. A full disk (or any
 * failure) while the new bytes are written leaves every old file as it was and
 * no temporary file behind: an import into ten documents changes all ten or
 * none; the error (FileNotWritten) names the first file that failed. (A rename failing half-way through the renames, which needs the folder
 * to change under Gloss, can still leave some files replaced.)
 */
export function writeFilesVerified(files: readonly FileToWrite[]): Promise<void> {
  return queue.runAll(
    files.map(({ path }) => resolve(path)),
    () => replaceAll(files),
  );
}

async function replaceAll(files: readonly FileToWrite[]): Promise<void> {
  // async, so a value that cannot be made (refused by its schema) fails its file like a write would, not the whole batch at once.
  const staged = await settleAll(files, async ({ path, data }) => stage(path, data()));
  const failedAt = staged.findIndex((result) => result.status === 'rejected');
  const failed = staged[failedAt];
  const temporaries = staged.flatMap((result, i) => (result.status === 'fulfilled' ? [{ temporary: result.value, path: files[i]?.path ?? '' }] : []));
  try {
    if (failed?.status === 'rejected') throw new FileNotWritten(files[failedAt]?.path ?? '', failed.reason);
    for (const { temporary, path } of temporaries) await rename(temporary, path).catch((reason: unknown) => Promise.reject(new FileNotWritten(path, reason)));
  } catch (error) {
    await Promise.all(temporaries.map(({ temporary }) => unlink(temporary).catch(() => undefined)));
    throw error;
  }
  // Overlapped as the files' own writes are: one after another, an import into 500 documents waited for 500 folder flushes in a row.
  await mapConcurrent([...new Set(files.map(({ path }) => dirname(path)))], CONCURRENT_WRITES, syncFolder);
}

/** Runs fn over every item, at most CONCURRENT_WRITES at once, waiting for each to succeed or fail. */
function settleAll<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  return mapConcurrent(items, CONCURRENT_WRITES, (item) =>
    fn(item).then(
      (value): PromiseSettledResult<R> => ({ status: 'fulfilled', value }),
      (reason: unknown): PromiseSettledResult<R> => ({ status: 'rejected', reason }),
    ),
  );
}

/** Writes a file's new bytes to a temporary file beside it and checks them on disk; answers its name, or removes it and throws. */
async function stage(path: string, data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // Keep the file's permissions (an analyst may have made a workspace private).
  const mode = await stat(path).then(
    (info) => info.mode & 0o777,
    () => 0o666,
  );
  const temporary = join(dirname(path), `${basename(path)}.${randomBytes(6).toString('hex')}${TEMPORARY_SUFFIX}`);
  const handle = await open(temporary, 'wx', mode);
  try {
    await writeAndCheck(handle, bytes).finally(() => handle.close());
    return temporary;
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Writes every byte at `at` (continuing short writes), flushes, and checks that the file ends where they end. */
async function writeAndCheck(handle: FileHandle, bytes: Uint8Array, at = 0): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, at + written);
    // A write that takes nothing and reports no error would loop for ever.
    if (bytesWritten <= 0) throw new ShortWrite(`the disk took ${written} of ${bytes.length} bytes`);
    written += bytesWritten;
  }
  await handle.sync();
  const { size } = await handle.stat();
  if (size !== at + bytes.length) throw new ShortWrite(`${size - at} of ${bytes.length} bytes reached the disk`);
}

/** The file was not the size its appender last left it: another hand changed it, so appending would mix two histories. */
export class AppendTargetChanged extends Error {}

/**
 * Appends bytes to a file of `expectedSize` bytes (0: a file not made yet) so
 * that success means they are on disk, and a failure leaves the file as it
 * was: every byte is written (short writes continued) at the expected end,
 * flushed, and the size checked; on any failure the file is cut back to its
 * old size (removed when it was new), so a full disk never leaves half a line
 * behind. A new file's folder is flushed too, so the file survives a power
 * cut. Refuses (AppendTargetChanged) a file of another size than expected.
 */
export function appendVerified(path: string, data: string | Uint8Array, expectedSize: number): Promise<void> {
  return queue.run(resolve(path), async () => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    // Not O_APPEND: the bytes go at the end Gloss knows, and the size check says whether that is the file's end.
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT, 0o666);
    try {
      const { size } = await handle.stat();
      if (size !== expectedSize) throw new AppendTargetChanged(`is ${size} bytes, not the ${expectedSize} Gloss last wrote`);
      try {
        await writeAndCheck(handle, bytes, expectedSize);
      } catch (error) {
        await handle.truncate(expectedSize).catch(() => undefined);
        if (expectedSize === 0) await unlink(path).catch(() => undefined);
        throw error;
      }
    } finally {
      await handle.close();
    }
    if (expectedSize === 0) await syncFolder(dirname(path));
  });
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
