import { mkdir, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ADJUDICATION_FILE, ADJUDICATION_FORMAT, ADJUDICATION_VERSION, type RejectedItem } from '../../../core/agreement/adjudication-file';
import type { Problem } from '../../../core/api/contract';
import type { DocumentId } from '../../../core/model/ids';
import { err, ok, type Result } from '../../../core/result';
import type { ConfinedFiles } from './confined-files';
import { readGlossFile } from './json-file';
import { setFileName, type WorkspaceLayout } from './layout';
import type { WorkspaceWriter } from './workspace-writer';

/**
 * The items adjudicators rejected, one file per document and gold set
 * (adjudication/<document>/<gold set>.json): read when asked (a sync may
 * bring a colleague's file in at any time) and written whole, in the file's
 * queue, after each rejection or undone one. A file that cannot be read is
 * reported and never written over, so no rejection in it is lost.
 */
export class AdjudicationStore {
  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly files: ConfinedFiles,
    private readonly writer: WorkspaceWriter,
  ) {}

  /** The rejected items' keys, in the order they were rejected; none when the file is not there yet. */
  async rejected(documentId: DocumentId, gold: string): Promise<Result<string[], Problem>> {
    const read = await this.read(documentId, gold);
    return read.ok ? ok(read.value.map((item) => item.key)) : read;
  }

  /** Remembers rejected items (each key once, the first time kept). */
  reject(documentId: DocumentId, gold: string, keys: readonly string[]): Promise<Result<void, Problem>> {
    return this.change(documentId, gold, (current) => {
      const known = new Set(current.map((item) => item.key));
      const rejected = new Date().toISOString();
      const added = [...new Set(keys)].filter((key) => !known.has(key)).map((key) => ({ key, rejected }));
      return added.length === 0 ? null : [...current, ...added];
    });
  }

  /** Forgets rejections (an item taken, edited or undecided since); keys not held are no change. */
  reopen(documentId: DocumentId, gold: string, keys: readonly string[]): Promise<Result<void, Problem>> {
    const reopened = new Set(keys);
    return this.change(documentId, gold, (current) => {
      const kept = current.filter((item) => !reopened.has(item.key));
      return kept.length === current.length ? null : kept;
    });
  }

  /**
   * Follows a set renamed (`to` a new name) or removed (`to` null): its
   * rejections move to the new name's files, joined with any there, or go
   * with it, so a gold set made again under an old name starts undecided.
   * A file that cannot be read is left where it is (gloss validate names it).
   */
  async followSet(from: string, to: string | null): Promise<void> {
    const documents = await readdir(this.layout.adjudicationDir, { withFileTypes: true }).catch(() => []);
    for (const folder of documents.filter((entry) => entry.isDirectory())) {
      const held = await this.read(folder.name, from);
      if (!held.ok) continue;
      if (to !== null && held.value.length > 0) {
        const moved = await this.reject(folder.name, to, held.value.map((item) => item.key));
        if (!moved.ok) continue;
      }
      const path = this.layout.adjudication(folder.name, from);
      await this.writer.run(path, () => rm(path, { force: true }));
    }
  }

  /**
   * Every decisions file's problem, changing nothing (gloss validate): one
   * that cannot be read, or whose document or gold set is not the one its
   * folder and name say (it would never be read for either).
   */
  async check(): Promise<Problem[]> {
    const problems: Problem[] = [];
    const documents = await readdir(this.layout.adjudicationDir, { withFileTypes: true }).catch(() => []);
    for (const folder of documents.filter((entry) => entry.isDirectory())) {
      const names = await readdir(join(this.layout.adjudicationDir, folder.name)).catch(() => [] as string[]);
      for (const name of names.filter((file) => file.endsWith('.json'))) {
        const path = join(this.layout.adjudicationDir, folder.name, name);
        const file = this.layout.display(path);
        const read = await readGlossFile(path, ADJUDICATION_FILE, this.files.read);
        if (!read.ok) problems.push({ file, message: `${file} ${read.error}` });
        else if (read.value.value.documentId !== folder.name || setFileName(read.value.value.set) !== basename(path)) {
          problems.push({ file, message: `${file} holds the decisions for set "${read.value.value.set}" in document "${read.value.value.documentId}", not those its folder and name say` });
        }
      }
    }
    return problems;
  }

  /** One change in the file's queue: `next` answers the new list, or null for no change. */
  private change(documentId: DocumentId, gold: string, next: (current: readonly RejectedItem[]) => RejectedItem[] | null): Promise<Result<void, Problem>> {
    const path = this.layout.adjudication(documentId, gold);
    return this.writer.run(path, async () => {
      const current = await this.read(documentId, gold);
      if (!current.ok) return current;
      const rejected = next(current.value);
      if (!rejected) return ok(undefined);
      const written = await this.writer.guarded(path, async () => {
        await mkdir(dirname(path), { recursive: true });
        await this.writer.write(path, ADJUDICATION_FILE, { format: ADJUDICATION_FORMAT, version: ADJUDICATION_VERSION, documentId, set: gold, rejected });
      });
      return written.ok ? ok(undefined) : err({ file: written.error.file, message: written.error.message });
    });
  }

  private async read(documentId: DocumentId, gold: string): Promise<Result<RejectedItem[], Problem>> {
    const path = this.layout.adjudication(documentId, gold);
    const file = this.layout.display(path);
    const read = await readGlossFile(path, ADJUDICATION_FILE, this.files.read);
    if (!read.ok) return /no such file/.test(read.error) ? ok([]) : err({ file, message: `${file} ${read.error}; it is left as it is, and no rejection is saved until it is mended` });
    const { value } = read.value;
    // Named by its document and set, a file copied to another name by hand would speak for the wrong item.
    if (value.documentId !== documentId || value.set !== gold) {
      return err({ file, message: `${file} holds the decisions for set "${value.set}" in document "${value.documentId}"; it is left as it is` });
    }
    return ok(value.rejected);
  }
}
