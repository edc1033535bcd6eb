import type { z } from 'zod';
import type { FileFormat } from '../../../core/model/versioned';
import { err, ok, type Result } from '../../../core/result';
import { describeFsError } from '../files/fs-error';
import { SerialQueue } from '../files/serial-queue';
import { AppendTargetChanged, appendVerified, FileNotWritten, writeFilesVerified } from '../files/verified-write';
import { FileRefused, type ConfinedFiles } from './confined-files';
import { sha256 } from './hash';
import { glossFileBytes, writeGlossFile } from './json-file';
import type { WorkspaceLayout } from './layout';

/** A file written by writeAll: the SHA-256 and size of the bytes that reached the disk. */
export interface WrittenFile {
  /** Null unless the file asked for it (`digest`): hashing costs a little for every megabyte. */
  sha256: string | null;
  bytes: number;
}

/**
 * One file of writeAll: its value, asked for when it is written, and what to
 * do once every file of the change is on disk, still within the file's turn
 * (so no other write of it comes between).
 */
export interface FileToWriteAll {
  path: string;
  kind: FileFormat<z.ZodType>;
  value: () => unknown;
  then?: (written: WrittenFile) => Promise<void>;
  digest?: boolean;
}

/** Why a store operation failed, naming the file; `code` is what the API answers with. */
export type WorkspaceError = { file: string; message: string; code: 'not-found' | 'read-only' | 'failed' };

/** A write that failed, with the message the analyst sees: "Not saved: the disk is full (… could not be written)". */
class NotSaved extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      cause instanceof FileRefused
        ? `Not saved: ${file} ${cause.message}`
        : `Not saved: ${describeFsError(cause)} (${file} could not be written)`,
    );
  }
}

/**
 * Every write into one workspace: confined to its folder, one at a time per
 * file (so two saves of a file never land out of order), verified on disk,
 * and a failure named by file for the analyst.
 */
export class WorkspaceWriter {
  private readonly queue = new SerialQueue();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly files: ConfinedFiles,
  ) {}

  /** Queues a write of `value` to `path` as a `kind` file, after any write of that file already queued. */
  writeQueued<S extends z.ZodType>(path: string, kind: FileFormat<S>, value: () => unknown): Promise<void> {
    return this.queue.run(path, () => this.write(path, kind, value()));
  }

  /** Runs work queued behind the other writes of `path` (a file read, changed and written in one step). */
  run<T>(path: string, work: () => Promise<T>): Promise<T> {
    return this.queue.run(path, work);
  }

  /**
   * Writes at once, outside the queue (for files no one else writes yet, or
   * inside `run`), and only what passes the schema it will be read with.
   */
  async write<S extends z.ZodType>(path: string, kind: FileFormat<S>, value: unknown): Promise<void> {
    try {
      await this.files.assertWritable(path);
      await writeGlossFile(path, kind, value);
    } catch (error) {
      throw new NotSaved(this.layout.display(path), error);
    }
  }

  /**
   * Writes several files as one change, each after the writes of it already
   * queued: every file passes its schema and is on disk, or none changed
   * (files/verified-write.ts). Each value is asked for when its file is
   * written, so the batch never holds every file's bytes at once.
   */
  async writeAll(files: readonly FileToWriteAll[]): Promise<void> {
    await this.queue.runAll(
      files.map(({ path }) => path),
      async () => {
        for (const { path } of files) await this.assertWritable(path);
        const written = new Map<string, WrittenFile>();
        const bytesOf = ({ path, kind, value, then, digest }: FileToWriteAll) => {
          // Measured and hashed as the bytes written: the string's length in bytes and its hash each cost more than encoding it once.
          const made = glossFileBytes(kind, value());
          if (then) written.set(path, { sha256: digest ? sha256(made) : null, bytes: made.length });
          return made;
        };
        try {
          await writeFilesVerified(files.map((file) => ({ path: file.path, data: () => bytesOf(file) })));
        } catch (error) {
          if (error instanceof FileNotWritten) throw new NotSaved(this.layout.display(error.path), error.reason);
          throw error;
        }
        for (const { path, then } of files) {
          const file = written.get(path);
          if (then && file) await then(file);
        }
      },
    );
  }

  /**
   * Appends to a file (a set's change journal) at once, outside the queue:
   * the caller runs it within the turn of the file the journal belongs to, so
   * it never lands between a whole write of that file and what follows it.
   * Every byte is on disk, or the file is as it was (files/verified-write.ts);
   * a file of another size than `expectedSize` is refused with AppendTargetChanged.
   */
  async append(path: string, text: string, expectedSize: number): Promise<void> {
    try {
      await this.files.assertWritable(path);
      await appendVerified(path, text, expectedSize);
    } catch (error) {
      if (error instanceof AppendTargetChanged) throw error;
      throw new NotSaved(this.layout.display(path), error);
    }
  }

  /** Refuses a path that is a link or lies outside the workspace, with the error a failed write of `file` gives. */
  async assertWritable(path: string, file = path): Promise<void> {
    try {
      await this.files.assertWritable(path);
    } catch (error) {
      throw new NotSaved(this.layout.display(file), error);
    }
  }

  /** Runs writes, turning a failure into an error that names the file and what went wrong. */
  async guarded(path: string, work: () => Promise<void>): Promise<Result<void, WorkspaceError>> {
    try {
      await work();
      return ok(undefined);
    } catch (error) {
      const failed = error instanceof NotSaved ? error : new NotSaved(this.layout.display(path), error);
      return err({ code: 'failed', file: failed.file, message: failed.message });
    }
  }

  /** Resolves when every write queued so far is on disk. */
  idle(): Promise<void> {
    return this.queue.idle();
  }
}
