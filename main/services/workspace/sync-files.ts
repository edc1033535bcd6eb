import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { GLOSS_FILE_FORMATS } from '../../../core/model/file-formats';
import { SYNC_CONFLICTS_FILE, SYNC_CONFLICTS_FILE_NAME, SYNC_CONFLICTS_FORMAT, SYNC_CONFLICTS_VERSION, type SyncConflict } from '../../../core/model/sync-conflicts';
import { err, ok, type Result } from '../../../core/result';
import { writeFileVerified } from '../files/verified-write';
import type { ConfinedFiles } from './confined-files';
import { readRawJson, readGlossFile } from './json-file';
import type { WorkspaceLayout } from './layout';
import type { WorkspaceError, WorkspaceWriter } from './workspace-writer';

/** A file a sync merged: where (relative to the workspace, `/` between folders), as which kind of Gloss file, and what it now holds (null: removed). */
export interface MergedFile {
  file: string;
  format: string;
  value: unknown;
}

/**
 * The workspace's side of a sync: the git settings files, the merged files
 * and the conflicts kept for review, all written by the store's verified
 * writes (each Gloss file checked against its schema first).
 */
export class SyncFiles {
  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly files: ConfinedFiles,
    private readonly writer: WorkspaceWriter,
  ) {}

  private path(file: string): string {
    return join(this.layout.root, ...file.split('/'));
  }

  /** The conflict records path, relative to the workspace. */
  get conflictsFile(): string {
    return SYNC_CONFLICTS_FILE_NAME;
  }

  /** Writes plain text files (.gitignore, .gitattributes) where they differ from what is there; answers whether any changed. */
  async writeSettings(files: readonly { file: string; text: string }[]): Promise<boolean> {
    let changed = false;
    for (const { file, text } of files) {
      const path = this.path(file);
      const now = await readFile(path, 'utf8').catch(() => null);
      if (now === text) continue;
      await this.writer.run(path, async () => {
        await this.files.assertWritable(path);
        await writeFileVerified(path, text);
      });
      changed = true;
    }
    return changed;
  }

  /**
   * Writes the files a sync merged as one change (every file passes its
   * schema and is on disk, or none changed), then removes those merged
   * away. Folders a file needs are made first (a new layout's).
   */
  async writeMerged(files: readonly MergedFile[]): Promise<Result<void, WorkspaceError>> {
    const written = files.filter((file) => file.value !== null);
    for (const file of written) if (!GLOSS_FILE_FORMATS[file.format]) return err({ code: 'failed', file: file.file, message: `${file.file} is no Gloss file (${file.format})` });
    return this.writer.guarded(this.path(written[0]?.file ?? this.conflictsFile), async () => {
      for (const folder of new Set(written.map(({ file }) => dirname(this.path(file))))) {
        if (folder.startsWith(this.layout.root + sep)) await mkdir(folder, { recursive: true });
      }
      if (written.length > 0) {
        await this.writer.writeAll(written.map(({ file, format, value }) => ({ path: this.path(file), kind: GLOSS_FILE_FORMATS[format] ?? SYNC_CONFLICTS_FILE, value: () => value })));
      }
      for (const { file } of files.filter((merged) => merged.value === null)) {
        const path = this.path(file);
        await this.writer.run(path, async () => {
          await this.files.assertWritable(path);
          await rm(path, { force: true });
        });
      }
    });
  }

  /** The conflicts kept for review; a damaged record file is reported, never written over. */
  async readConflicts(): Promise<Result<SyncConflict[], string>> {
    const path = this.path(this.conflictsFile);
    const raw = await readRawJson(path, this.files.read);
    if (raw.kind === 'missing') return ok([]);
    const read = await readGlossFile(path, SYNC_CONFLICTS_FILE, this.files.read);
    return read.ok ? ok(read.value.value.conflicts) : err(`${this.conflictsFile} ${read.error}`);
  }

  /** Removes one conflict record (the analyst settled it); answers how many are left. */
  async settle(id: string): Promise<Result<number, WorkspaceError>> {
    const path = this.path(this.conflictsFile);
    let left = 0;
    const written = await this.writer.guarded(path, () =>
      this.writer.run(path, async () => {
        const read = await this.readConflicts();
        if (!read.ok) throw new Error(read.error);
        const kept = read.value.filter((conflict) => conflict.id !== id);
        left = kept.length;
        await this.writer.write(path, SYNC_CONFLICTS_FILE, this.conflictsRecord(kept).value);
      }),
    );
    return written.ok ? ok(left) : written;
  }

  /** The record file holding these conflicts, as a sync writes it among its merged files. */
  conflictsRecord(conflicts: readonly SyncConflict[]): MergedFile {
    return { file: this.conflictsFile, format: SYNC_CONFLICTS_FORMAT, value: { format: SYNC_CONFLICTS_FORMAT, version: SYNC_CONFLICTS_VERSION, conflicts } };
  }
}
