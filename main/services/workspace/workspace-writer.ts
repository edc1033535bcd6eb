import type { z } from 'zod';
import type { FileFormat } from '../../../core/model/versioned';
import { err, ok, type Result } from '../../../core/result';
import { describeFsError } from '../files/fs-error';
import { SerialQueue } from '../files/serial-queue';
import { FileRefused, type ConfinedFiles } from './confined-files';
import { writeGlossFile } from './json-file';
import type { WorkspaceLayout } from './layout';

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
