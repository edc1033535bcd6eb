import type { Relocate } from '../../../core/anchoring/place-annotation';
import { fragmentFits } from '../../../core/anchoring/fragment';
import type { LoadedDocument, Problem } from '../../../core/api/contract';
import { ANNOTATIONS_FILE, ANNOTATIONS_FORMAT, ANNOTATIONS_VERSION, compareAnnotations, type StoredAnnotation, type Unplaced } from '../../../core/model/annotation';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import type { DocumentFile } from '../../../core/model/document';
import type { AnnotationId, DocumentId } from '../../../core/model/ids';
import { err, ok, type Result } from '../../../core/result';
import { CodePointIndex } from '../../../core/text/code-points';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { countByType } from './annotation-counts';
import { placeAll, readStoredAnnotations, type AnnotationsReading, type StoredReading } from './annotations-file';
import type { ConfinedFiles } from './confined-files';
import type { DamagedCopies } from './damaged-copies';
import type { WorkspaceLayout } from './layout';
import type { WorkspaceError, WorkspaceWriter } from './workspace-writer';

/** A document and its annotations as read from disk and placed in its text, before anything is remembered or written. */
export interface DocumentReading {
  document: DocumentFile;
  index: CodePointIndex;
  reading: AnnotationsReading;
}

/** A document's stored annotations as every reader gets them: exports, set lists, counts. */
export interface StoredAnnotations {
  annotations: readonly StoredAnnotation[];
  unplaced: readonly Unplaced[];
  /** What was wrong with the file and what was made of it, naming it; null when it was fine. */
  problem: Problem | null;
}

/** What the store keeps in memory for each document opened this session. */
interface CachedDocument {
  sha256: string;
  index: CodePointIndex;
  unplaced: Unplaced[];
  /**
   * The annotations as last read or saved, by id: a save applies its changes
   * here and writes the file from here, so it never needs the whole document
   * from the renderer.
   */
  annotations: Map<AnnotationId, StoredAnnotation>;
  /** Why its annotations may not be written, if they may not. */
  readOnly: string | null;
}

/** What the store needs from the workspace around it: the manifest's record of each document. */
export interface ManifestAccess {
  /** The SHA-256 of a document's text as the manifest lists it. */
  textSha256(id: DocumentId): string | undefined;
  /** Records new counts per type in the manifest (written only where they changed). */
  recordCounts(counts: ReadonlyMap<DocumentId, Record<string, number>>): Promise<Result<void, WorkspaceError>>;
}

/**
 * The one owner of annotations files: every read and write of them goes
 * through here, with one policy for a damaged file. It is salvaged item by
 * item (what cannot be read waits in the review list with its raw JSON) and
 * reported by name to whoever reads it; before anything is written in its
 * place its bytes are copied to damaged/. Documents opened for editing are
 * kept in memory, so a save applies what changed and writes from there.
 */
export class AnnotationsStore {
  private readonly open = new Map<DocumentId, CachedDocument>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly files: ConfinedFiles,
    private readonly writer: WorkspaceWriter,
    private readonly damaged: DamagedCopies,
    private readonly manifest: ManifestAccess,
  ) {}

  /** Reads a document's annotations and places them in its text; remembers and writes nothing. */
  async readPlaced(document: DocumentFile, relocate: Relocate): Promise<DocumentReading> {
    const index = new CodePointIndex(document.text);
    const stored = await readStoredAnnotations(this.layout.annotations(document.id), document.id, this.files.read);
    return { document, index, reading: placeAll(stored, index, relocate) };
  }

  /**
   * A document's annotations as stored, without its text: from memory when it
   * is open, else from its file, salvaged where damaged and reported by name.
   */
  async readStored(id: DocumentId): Promise<StoredAnnotations> {
    const open = this.open.get(id);
    if (open) return { annotations: [...open.annotations.values()], unplaced: open.unplaced, problem: null };
    const stored = await readStoredAnnotations(this.layout.annotations(id), id, this.files.read);
    return { annotations: stored.annotations, unplaced: stored.unplaced, problem: this.report(id, stored) };
  }

  /** Remembers a document opened for editing; a damaged file is copied aside now, before any save can replace it. */
  async remember({ document, index, reading }: DocumentReading): Promise<LoadedDocument> {
    const id = document.id;
    const notes: string[] = [];
    const problem = this.report(id, reading);
    if (problem) notes.push(problem.message);
    if (reading.damaged) notes.push(`the damaged file was kept as ${await this.damaged.keep(this.layout.annotations(id), reading.damaged)}`);
    if (reading.relocated > 0) notes.push(`${reading.relocated} annotation(s) whose text had moved were placed again`);
    const readOnly = reading.readOnly ? (reading.trouble ?? 'cannot be written') : null;
    this.open.set(id, {
      sha256: document.textSha256,
      index,
      unplaced: reading.unplaced,
      annotations: new Map(reading.annotations.map((annotation) => [annotation.id, annotation])),
      readOnly,
    });
    return {
      document,
      annotations: reading.annotations,
      unplaced: reading.unplaced,
      problem: notes.length > 0 ? { file: this.display(id), message: notes.join('; ') } : null,
      readOnly: readOnly !== null,
    };
  }

  /**
   * Starts a document's annotations afresh for its new text (a line brought
   * back or taken out): called only while it has none, inside the caller's
   * guarded write. What was kept in memory for the old text is forgotten.
   */
  async startOver(document: DocumentFile): Promise<void> {
    await this.writer.write(this.layout.annotations(document.id), ANNOTATIONS_FILE, this.fileContent(document.id, document.textSha256, [], []));
    this.open.delete(document.id);
  }

  /**
   * Applies one save's changes to an open document: each upserted annotation
   * replaces the one with its id (or is added), each removed id goes. Checked
   * before anything changes; then the file is written from the annotations
   * kept in memory. Applying the same changes twice gives the same file, so a
   * failed save can be retried.
   */
  async saveChanges(id: DocumentId, changes: AnnotationChangeRequest): Promise<Result<void, WorkspaceError>> {
    const open = this.writableOpen(id);
    if (!open.ok) return open;
    const misfit = this.misfit(id, open.value, changes.upsert);
    if (misfit) return err(misfit);
    for (const removed of changes.remove) open.value.annotations.delete(removed);
    for (const annotation of changes.upsert) open.value.annotations.set(annotation.id, annotation);
    const written = await this.writeOpen(id, open.value);
    if (!written.ok) return written;
    return this.manifest.recordCounts(new Map([[id, countByType(open.value.annotations.values())]]));
  }

  /**
   * Replaces the annotations of several open documents as one change: every
   * set is checked first (so nothing is written if one does not fit), then all
   * files are written or none is (a full disk half-way leaves every file as it
   * was), then what is kept in memory follows, and the manifest's counts are
   * recorded once.
   */
  async replace(saves: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const checked: { id: DocumentId; open: CachedDocument; annotations: readonly StoredAnnotation[] }[] = [];
    for (const [id, annotations] of saves) {
      const open = this.writableOpen(id);
      if (!open.ok) return open;
      const misfit = this.misfit(id, open.value, annotations);
      if (misfit) return err(misfit);
      checked.push({ id, open: open.value, annotations });
    }
    const written = await this.writer.guarded(this.layout.annotationsDir, () =>
      this.writer.writeAll(
        checked.map(({ id, open, annotations }) => ({
          path: this.layout.annotations(id),
          kind: ANNOTATIONS_FILE,
          value: () => this.fileContent(id, open.sha256, annotations, open.unplaced),
        })),
      ),
    );
    if (!written.ok) return written;
    for (const { open, annotations } of checked) open.annotations = new Map(annotations.map((annotation) => [annotation.id, annotation]));
    return this.manifest.recordCounts(new Map(checked.map(({ id, annotations }) => [id, countByType(annotations)])));
  }

  /** Drops an item from a document's review list, keeping its annotations as they are. */
  async discardUnplaced(id: DocumentId, unplacedId: string): Promise<Result<void, WorkspaceError>> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" is not open` });
    if (open.readOnly) return err({ code: 'read-only', file: id, message: `${id}: ${open.readOnly}` });
    open.unplaced = open.unplaced.filter((item) => item.id !== unplacedId);
    return this.writeOpen(id, open);
  }

  /**
   * Rewrites annotations across the given documents, open or not, without
   * reading their texts: `change` gives each annotation as it should be (the
   * same object when it stays), or null to remove it, with any review item
   * holding it. All or nothing: every file is read first, and if one cannot be
   * read or may not be written (it might hold such annotations), nothing is;
   * then the files are written as one change (all of them, or none).
   */
  async rewriteWhere(
    ids: readonly DocumentId[],
    change: (annotation: StoredAnnotation) => StoredAnnotation | null,
  ): Promise<Result<{ annotations: number; documents: number }, string[]>> {
    const problems: string[] = [];
    const plans: { id: DocumentId; damaged: Buffer | null; kept: StoredAnnotation[]; unplaced: Unplaced[] }[] = [];
    let changed = 0;
    for (const { id, current } of await mapConcurrent(ids, CONCURRENT_READS, async (id) => ({ id, current: await this.current(id) }))) {
      // A file that cannot be read or written (from a newer Gloss) may hold such annotations unseen.
      if (current.readOnly) problems.push(`${this.display(id)} ${current.readOnly}`);
      let touched = 0;
      const rewrite = (annotation: StoredAnnotation) => {
        const next = change(annotation);
        if (next !== annotation) touched++;
        return next;
      };
      const kept = current.annotations.flatMap((annotation) => rewrite(annotation) ?? []);
      const unplaced = current.unplaced.flatMap((item) => {
        if (item.annotation === null) return [item];
        const next = rewrite(item.annotation);
        return next ? [{ ...item, annotation: next }] : [];
      });
      if (touched === 0) continue;
      changed += touched;
      plans.push({ id, damaged: current.damaged, kept, unplaced });
    }
    if (problems.length > 0) return err(problems);
    for (const { id, damaged } of plans) if (damaged) await this.damaged.keep(this.layout.annotations(id), damaged);
    const written = await this.writer.guarded(this.layout.annotationsDir, () =>
      this.writer.writeAll(
        plans.map(({ id, kept, unplaced }) => ({
          path: this.layout.annotations(id),
          kind: ANNOTATIONS_FILE,
          value: () => this.fileContent(id, this.open.get(id)?.sha256 ?? this.manifest.textSha256(id) ?? '', kept, unplaced),
        })),
      ),
    );
    if (!written.ok) return err([written.error.message]);
    for (const { id, kept, unplaced } of plans) {
      const open = this.open.get(id);
      if (!open) continue;
      open.annotations = new Map(kept.map((annotation) => [annotation.id, annotation]));
      open.unplaced = unplaced;
    }
    const counted = await this.manifest.recordCounts(new Map(plans.map(({ id, kept }) => [id, countByType(kept)])));
    if (!counted.ok) return err([counted.error.message]);
    return ok({ annotations: changed, documents: plans.length });
  }

  /** A document's annotations as they are now, from memory or its file, with why they may not be written. */
  private async current(id: DocumentId): Promise<{ annotations: StoredAnnotation[]; unplaced: readonly Unplaced[]; readOnly: string | null; damaged: Buffer | null }> {
    const open = this.open.get(id);
    if (open) return { annotations: [...open.annotations.values()], unplaced: open.unplaced, readOnly: open.readOnly, damaged: null };
    const stored = await readStoredAnnotations(this.layout.annotations(id), id, this.files.read);
    return { ...stored, readOnly: stored.readOnly ? (stored.trouble ?? 'cannot be written') : null };
  }

  /** What was wrong with a file as read, naming it; null when nothing was. */
  private report(id: DocumentId, reading: StoredReading): Problem | null {
    if (!reading.trouble) return null;
    const file = this.display(id);
    const salvaged = reading.damaged ? `; ${reading.annotations.length} annotation(s) could be read from it` : '';
    return { file, message: `${file} ${reading.trouble}${salvaged}` };
  }

  /** An open document whose annotations may be written, or why not. */
  private writableOpen(id: DocumentId): Result<CachedDocument, WorkspaceError> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" must be opened before its annotations are saved` });
    const file = this.display(id);
    if (open.readOnly) return err({ code: 'read-only', file, message: `Not saved: ${file} ${open.readOnly}` });
    return ok(open);
  }

  /** The first annotation that does not fit the document's text, as an error; null when all fit. */
  private misfit(id: DocumentId, open: CachedDocument, annotations: readonly StoredAnnotation[]): WorkspaceError | null {
    const misfit = annotations.find((annotation) => !annotation.fragments.every((f) => fragmentFits(open.index, f)));
    if (!misfit) return null;
    return { code: 'failed', file: this.display(id), message: `Not saved: annotation ${misfit.id} does not fit the text of document "${id}"` };
  }

  /** Writes an open document's annotations file from what is kept in memory (as it is when the write's turn comes). */
  private writeOpen(id: DocumentId, open: CachedDocument): Promise<Result<void, WorkspaceError>> {
    const path = this.layout.annotations(id);
    return this.writer.guarded(path, () => this.writer.writeQueued(path, ANNOTATIONS_FILE, () => this.fileContent(id, open.sha256, open.annotations.values(), open.unplaced)));
  }

  private fileContent(id: DocumentId, sha256: string, annotations: Iterable<StoredAnnotation>, unplaced: readonly Unplaced[]) {
    return {
      format: ANNOTATIONS_FORMAT,
      version: ANNOTATIONS_VERSION,
      documentId: id,
      textSha256: sha256,
      annotations: [...annotations].sort(compareAnnotations),
      unplaced,
    };
  }

  private display(id: DocumentId): string {
    return this.layout.display(this.layout.annotations(id));
  }
}
