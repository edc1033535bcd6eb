import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, realpath, rename, rm, rmdir, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import type { OutputPiece } from '../../../core/formats/bundle';
import { CONCURRENT_WRITES } from '../files/concurrent';
import { ShortWrite } from '../files/verified-write';

/** Output is gathered into writes of about this size: few system calls, flat memory. */
const WRITE_BATCH_BYTES = 1 << 20;
/** Opens a new file only: never one that exists, never through a symbolic link (O_EXCL refuses both). */
const CREATE_NEW = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
/** Appends to a file this export created, without following a link put in its place. */
const APPEND_OWN = constants.O_WRONLY | constants.O_APPEND | (constants.O_NOFOLLOW ?? 0);

const lstatOrNull = (path: string): Promise<Stats | null> => lstat(path).catch(() => null);

/** The real path of a folder that may not exist yet: its nearest existing ancestor's real path, plus the rest. */
async function realFolder(path: string): Promise<string> {
  const missing: string[] = [];
  let existing = resolve(path);
  for (;;) {
    const real = await realpath(existing).catch(() => null);
    if (real !== null) return join(real, ...missing.reverse());
    const parent = dirname(existing);
    if (parent === existing) return resolve(path);
    missing.push(basename(existing));
    existing = parent;
  }
}

const isInside = (child: string, folder: string) => {
  const rel = relative(folder, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/**
 * Says why an export must not write to `out`, or null: never inside the
 * workspace's folder (an export over workspace.json or a document would
 * damage the workspace), never through a symbolic link at the path itself.
 * Folders on the way are compared by their real paths, so a link to the
 * workspace does not get an output in.
 */
export async function outputRefusal(out: string, workspaceDir: string): Promise<string | null> {
  const [realOut, realWorkspace] = await Promise.all([realFolder(join(out, '..')).then((folder) => join(folder, basename(out))), realFolder(workspaceDir)]);
  if (isInside(realOut, realWorkspace) || isInside(realWorkspace, realOut)) {
    return `${out} is inside the workspace folder (or holds it); choose a place outside ${workspaceDir}`;
  }
  if ((await lstatOrNull(out))?.isSymbolicLink()) return `${out} is a symbolic link; choose another name`;
  return null;
}

/** A name beside `out` that nobody else uses: created exclusively, it can never be someone's link. */
const temporaryBeside = (out: string) => join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);

/**
 * Where an export gathers its output before each write: one buffer that
 * strings are encoded into in place, shared by an export's files (a file's
 * batch is written out before the next file starts). Encoding each of a
 * document's small strings here is several times faster than Buffer.from of
 * the large string they would make joined (OutputPiece).
 */
class WriteBatch {
  readonly bytes = Buffer.allocUnsafe(WRITE_BATCH_BYTES);
  used = 0;
}

/** UTF-8 takes at most three bytes per UTF-16 code unit. */
const MOST_BYTES_PER_CODE_UNIT = 3;

/** The most bytes `data` can take encoded. */
const mostBytes = (data: string | Uint8Array) => (typeof data === 'string' ? data.length * MOST_BYTES_PER_CODE_UNIT : data.byteLength);

/**
 * Writes to one file it created, in batches, and makes the bytes durable
 * before it is closed: a write the disk takes only part of is continued, and
 * the file's size is checked against every byte given before it counts as
 * written (a full disk must never leave a short export reported as done).
 */
class BatchedFile {
  private constructor(
    private readonly handle: FileHandle,
    private readonly batch: WriteBatch,
    /** The bytes the file must hold once finished: what it held when opened, plus each write. */
    private expected: number,
  ) {}

  static async create(path: string, flags: number, batch: WriteBatch): Promise<BatchedFile> {
    const handle = await open(path, flags, 0o644);
    const held = await handle.stat().then(
      (info) => info.size,
      async (error: unknown) => {
        await handle.close();
        throw error;
      },
    );
    return new BatchedFile(handle, batch, held);
  }

  async write(data: OutputPiece['data']): Promise<void> {
    const parts = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    // Gathered without awaiting while the batch has room: a hundred thousand annotations' strings would otherwise each wait a turn.
    for (const part of parts) if (!this.gather(part)) await this.writeAfterFlush(part);
  }

  /** Adds `data` to the batch when it surely fits (or is empty); false when the batch must be written first. */
  private gather(data: string | Uint8Array): boolean {
    const most = mostBytes(data);
    const { batch } = this;
    if (batch.used + most > batch.bytes.length) return false;
    let added = data.length;
    if (typeof data === 'string') added = batch.bytes.write(data, batch.used);
    else batch.bytes.set(data, batch.used);
    batch.used += added;
    this.expected += added;
    return true;
  }

  /** Writes the batch out, then gathers `data`, or writes it on its own when it is larger than a batch. */
  private async writeAfterFlush(data: string | Uint8Array): Promise<void> {
    await this.flush();
    if (this.gather(data)) return;
    const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    this.expected += bytes.length;
    await this.writeOut(bytes);
  }

  private async flush(): Promise<void> {
    const { batch } = this;
    if (batch.used === 0) return;
    const pending = batch.bytes.subarray(0, batch.used);
    batch.used = 0;
    await this.writeOut(pending);
  }

  /** Writes every byte, continuing where the disk took only part. */
  private async writeOut(bytes: Buffer): Promise<void> {
    for (let offset = 0; offset < bytes.length; ) {
      const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset);
      // A write that takes nothing and reports no error would loop for ever.
      if (bytesWritten <= 0) throw new ShortWrite('the disk took none of the bytes it was given');
      offset += bytesWritten;
    }
  }

  /** Writes what is left, fsyncs, checks the size on disk and closes; on failure the handle is closed all the same. */
  async finish(): Promise<void> {
    const settle = await this.flushed();
    await settle();
  }

  /**
   * Writes what is left and hands back the rest of finishing (fsync, size
   * check, close), for a caller that overlaps it with writing the next file;
   * the batch is free for the next file once this resolves.
   */
  async flushed(): Promise<() => Promise<void>> {
    try {
      await this.flush();
    } catch (error) {
      await this.abandon();
      throw error;
    }
    return () => this.settle();
  }

  /** fsyncs, checks the size on disk and closes; the handle is closed whatever happens. */
  private async settle(): Promise<void> {
    try {
      await this.handle.sync();
      const { size } = await this.handle.stat();
      if (size !== this.expected) throw new ShortWrite(`${size} of ${this.expected} bytes reached the disk`);
    } finally {
      await this.handle.close();
    }
  }

  async abandon(): Promise<void> {
    // What is gathered is this file's alone: the next file must not start with it.
    this.batch.used = 0;
    await this.handle.close().catch(() => undefined);
  }
}

/** fsyncs a folder so a rename into it survives a power cut (not possible on every platform, hence the catch). */
async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, constants.O_RDONLY).catch(() => null);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/**
 * Streams a serializer's output to one file, through a temporary file created
 * exclusively beside it and renamed into place at the end, so a failed export
 * never leaves half a file and no link planted at either name is followed.
 */
export async function writeFileOutput(out: string, pieces: AsyncIterable<OutputPiece>): Promise<void> {
  await mkdir(dirname(out), { recursive: true });
  const partial = temporaryBeside(out);
  const file = await BatchedFile.create(partial, CREATE_NEW, new WriteBatch());
  try {
    for await (const piece of pieces) {
      if (piece.path !== '') throw new Error(`the format wrote a second file (${piece.path}) into a one-file export`);
      await file.write(piece.data);
    }
    await file.finish();
    if ((await lstatOrNull(out))?.isSymbolicLink()) throw new Error(`${out} is a symbolic link; choose another name`);
    await rename(partial, out);
    await syncFolder(dirname(out));
  } catch (error) {
    await file.abandon();
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Makes way for the finished folder at `out`: there must be nothing there or
 * an empty folder (never a link), which is removed unless `keep` is asked.
 */
async function clearFolderPlace(out: string, { keep = false } = {}): Promise<void> {
  const found = await lstatOrNull(out);
  if (found === null) return;
  if (found.isSymbolicLink()) throw new Error(`${out} is a symbolic link; choose another name`);
  if (!found.isDirectory() || (await readdir(out)).length > 0) throw new Error(`${out} is not empty; choose an empty or new folder`);
  if (!keep) await rmdir(out);
}

/**
 * Writes a folder's files one open at a time; a file met again is appended
 * to. Each file's fsync and size check overlap the writing of the next ones
 * (at most CONCURRENT_WRITES at once, as the store's batch writes): a brat or
 * WebAnno export is a thousand small files, and waiting for each fsync in
 * turn was most of its time beyond reading. Every file is settled, and the
 * first failure thrown, before the folder counts as written.
 */
async function writeFolderFiles(folder: string, pieces: AsyncIterable<OutputPiece>): Promise<void> {
  const started = new Set<string>();
  const settling = new Map<string, Promise<void>>();
  const batch = new WriteBatch();
  let current = null as { path: string; file: BatchedFile } | null;
  const settleFile = async (path: string, file: BatchedFile) => {
    const settle = await file.flushed();
    // Caught here and thrown by whoever awaits it, so a failure is never left unhandled while the next files are written.
    const settled = settle();
    settled.catch(() => undefined);
    settling.set(path, settled);
    if (settling.size >= CONCURRENT_WRITES) {
      const [oldest, promise] = settling.entries().next().value as [string, Promise<void>];
      settling.delete(oldest);
      await promise;
    }
  };
  try {
    for await (const piece of pieces) {
      if (current?.path !== piece.path) {
        const previous = current;
        current = null;
        if (previous) await settleFile(previous.path, previous.file);
        const path = resolve(folder, piece.path);
        if (!path.startsWith(resolve(folder) + sep)) throw new Error(`the format named a file outside the folder (${piece.path})`);
        // A file met again is appended to only once its earlier part is on disk and its size checked.
        await settling.get(piece.path);
        settling.delete(piece.path);
        await mkdir(dirname(path), { recursive: true });
        current = { path: piece.path, file: await BatchedFile.create(path, started.has(piece.path) ? APPEND_OWN : CREATE_NEW, batch) };
        started.add(piece.path);
      }
      await current.file.write(piece.data);
    }
    if (current) await settleFile(current.path, current.file);
    current = null;
    for (const promise of settling.values()) await promise;
  } catch (error) {
    await current?.file.abandon();
    await Promise.allSettled(settling.values());
    throw error;
  }
}

/**
 * Streams a serializer's output into a new or empty folder: the files are
 * written into a temporary folder beside it, which takes the folder's place
 * only once all are on disk, so a failed export (a full disk) leaves nothing.
 */
export async function writeFolderOutput(out: string, pieces: AsyncIterable<OutputPiece>): Promise<void> {
  // Checked before and again after writing: a full folder is refused before a long export, not after.
  await clearFolderPlace(out, { keep: true });
  await mkdir(dirname(out), { recursive: true });
  const partial = temporaryBeside(out);
  await mkdir(partial);
  try {
    await writeFolderFiles(partial, pieces);
    await clearFolderPlace(out);
    await rename(partial, out);
    await syncFolder(dirname(out));
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
