import { mkdir, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { NO_RELOCATION, relocateByQuote, type Relocate } from '../../../core/anchoring/place-annotation';
import { fragmentFits } from '../../../core/anchoring/fragment';
import type { DocumentSummary, LoadedDocument, Problem } from '../../../core/api/contract';
import type { z } from 'zod';
import {
  ANNOTATIONS_FILE,
  ANNOTATIONS_FORMAT,
  ANNOTATIONS_VERSION,
  compareAnnotations,
  type StoredAnnotation,
  type Unplaced,
} from '../../../core/model/annotation';
import { DOCUMENT_FILE, type DocumentFile } from '../../../core/model/document';
import { ENTITIES_FILE } from '../../../core/model/entity';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import type { AnnotationId, DocumentId } from '../../../core/model/ids';
import { DEFAULT_LABEL_TYPES, SCHEMA_FILE, SCHEMA_FORMAT, SCHEMA_VERSION, type LabelType } from '../../../core/model/label-types';
import {
  MANIFEST_FILE_NAME,
  WORKSPACE_FILE,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type DocumentEntry,
  type DocumentStatus,
  type WorkspaceManifest,
} from '../../../core/model/workspace';
import { err, ok, type Result } from '../../../core/result';
import type { FileFormat } from '../../../core/model/versioned';
import { CodePointIndex } from '../../../core/text/code-points';
import { readAnnotations, type AnnotationsReading } from './annotations-file';
import { mapConcurrent } from '../files/concurrent';
import { ConfinedFiles, FileRefused } from './confined-files';
import { describeFsError } from '../files/fs-error';
import { readGlossFile, writeGlossFile } from './json-file';
import { WorkspaceLayout } from './layout';
import { SerialQueue } from '../files/serial-queue';
import { EntityStore } from './entity-store';

export type WorkspaceError = Problem & { code: 'not-found' | 'read-only' | 'failed' };

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

/** Files written at once by a batch save: overlaps fsyncs without opening hundreds of files. */
const CONCURRENT_WRITES = 8;

/** A document and its annotations as read from disk, before anything is remembered or written. */
export interface DocumentReading {
  document: DocumentFile;
  index: CodePointIndex;
  reading: AnnotationsReading;
}

/** What is kept in memory for each document opened this session. */
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

/** The workspace's label types: the defaults when it has no schema file, or a damaged one (reported). */
async function readSchema(layout: WorkspaceLayout, files: ConfinedFiles): Promise<{ types: readonly LabelType[]; problem: Problem | null }> {
  const missing = await stat(layout.schema).then(
    () => false,
    () => true,
  );
  if (missing) return { types: DEFAULT_LABEL_TYPES, problem: null };
  const schema = await readGlossFile(layout.schema, SCHEMA_FILE, files.read);
  if (schema.ok) return { types: schema.value.value.types, problem: null };
  const file = layout.display(layout.schema);
  return { types: DEFAULT_LABEL_TYPES, problem: { file, message: `${file} ${schema.error}; using the default types` } };
}

function countByType(annotations: Iterable<StoredAnnotation>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const annotation of annotations) counts[annotation.type] = (counts[annotation.type] ?? 0) + 1;
  return counts;
}

function sameCounts(a: Readonly<Record<string, number>> | undefined, b: Readonly<Record<string, number>>): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
}

/**
 * A workspace folder on disk: a manifest, one file per document and one
 * annotations file per document. Every read is validated; every write is
 * atomic; a damaged file is copied aside before anything is written in its
 * place, and annotations that cannot be placed wait in a review list.
 */
export class Workspace {
  private readonly layout: WorkspaceLayout;
  private readonly files: ConfinedFiles;
  private readonly writes = new SerialQueue();
  private readonly open = new Map<DocumentId, CachedDocument>();
  /** The people, organisations and places of entities.json, read on first use. */
  readonly entities: EntityStore;

  private constructor(
    readonly dir: string,
    private manifest: WorkspaceManifest,
    private schema: { types: readonly LabelType[]; problem: Problem | null },
    /** Finds annotations whose quoted text moved; set by whoever opens the workspace. */
    private readonly relocate: Relocate,
  ) {
    this.layout = new WorkspaceLayout(dir);
    this.files = new ConfinedFiles(dir);
    this.entities = new EntityStore({
      path: this.layout.entities,
      display: this.layout.display(this.layout.entities),
      read: this.files.read,
      write: (path, value) => this.write(path, ENTITIES_FILE, value),
      keepAside: (path, bytes) => this.keepAside(path, bytes),
      queue: this.writes,
    });
  }

  get name(): string {
    return this.manifest.name;
  }

  get entries(): readonly DocumentEntry[] {
    return this.manifest.documents;
  }

  /** The label types; the defaults when the schema file is damaged (and then reported). */
  get labelTypes(): readonly LabelType[] {
    return this.schema.types;
  }

  get schemaProblem(): Problem | null {
    return this.schema.problem;
  }

  /** Creates a new, empty workspace. Refuses a folder that already holds files. */
  static async create(dir: string, name: string, relocate: Relocate = relocateByQuote): Promise<Result<Workspace, Problem>> {
    const layout = new WorkspaceLayout(dir);
    const existing = await readdir(dir).catch(() => [] as string[]);
    if (existing.length > 0) {
      return err({ file: dir, message: 'the folder is not empty; choose an empty or new folder' });
    }
    await mkdir(dir, { recursive: true });
    const manifest: WorkspaceManifest = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      id: randomUUID(),
      name,
      created: new Date().toISOString(),
      documents: [],
    };
    try {
      await writeGlossFile(layout.schema, SCHEMA_FILE, { format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types: DEFAULT_LABEL_TYPES });
      await writeGlossFile(layout.manifest, WORKSPACE_FILE, manifest);
    } catch (error) {
      // Not half made: without its manifest the folder is not a workspace, and it is left empty again.
      await rm(layout.schema, { force: true });
      const reason = error instanceof FileRefused ? `${MANIFEST_FILE_NAME} ${error.message}` : describeFsError(error);
      return err({ file: dir, message: `the workspace could not be created: ${reason}` });
    }
    return ok(new Workspace(dir, manifest, { types: DEFAULT_LABEL_TYPES, problem: null }, relocate));
  }

  static async open(dir: string, relocate: Relocate = relocateByQuote): Promise<Result<Workspace, Problem>> {
    const layout = new WorkspaceLayout(dir);
    const files = new ConfinedFiles(dir);
    const manifest = await readGlossFile(layout.manifest, WORKSPACE_FILE, files.read);
    if (!manifest.ok) return err({ file: layout.manifest, message: `${basename(layout.manifest)} ${manifest.error}` });
    return ok(new Workspace(dir, manifest.value.value, await readSchema(layout, files), relocate));
  }

  static async exists(dir: string): Promise<boolean> {
    return stat(new WorkspaceLayout(dir).manifest).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  has(id: DocumentId): boolean {
    return this.manifest.documents.some((entry) => entry.id === id);
  }

  /**
   * Reads a document and places its annotations as loadDocument does, but
   * changes nothing: it is not remembered and a damaged file is not yet kept
   * aside. An import reads every document this way before deciding to write.
   */
  async readDocumentAndAnnotations(id: DocumentId): Promise<Result<DocumentReading, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const document = await this.readDocument(id);
    if (!document.ok) return err({ code: 'failed', ...document.error });
    const index = new CodePointIndex(document.value.text);
    const reading = await readAnnotations(this.layout.annotations(id), document.value, index, this.relocate, this.files.read);
    return ok({ document: document.value, index, reading });
  }

  /** Opens a document for editing; `read` is what readDocumentAndAnnotations just gave, so it is not read twice. */
  async loadDocument(id: DocumentId, read?: DocumentReading): Promise<Result<LoadedDocument, WorkspaceError>> {
    const opened = read ? ok(read) : await this.readDocumentAndAnnotations(id);
    if (!opened.ok) return opened;
    const { document, index, reading } = opened.value;
    const path = this.layout.annotations(id);
    const notes: string[] = [];
    if (reading.trouble) notes.push(`${this.layout.display(path)} ${reading.trouble}`);
    if (reading.damaged) notes.push(`the damaged file was kept as ${await this.keepAside(path, reading.damaged)}`);
    if (reading.relocated > 0) notes.push(`${reading.relocated} annotation(s) whose text had moved were placed again`);
    const readOnly = reading.readOnly ? (reading.trouble ?? 'cannot be written') : null;
    this.open.set(id, {
      sha256: document.textSha256,
      index,
      unplaced: reading.unplaced,
      annotations: new Map(reading.annotations.map((annotation) => [annotation.id, annotation])),
      readOnly,
    });
    const file = this.layout.display(path);
    return ok({
      document,
      annotations: reading.annotations,
      unplaced: reading.unplaced,
      problem: notes.length > 0 ? { file, message: notes.join('; ') } : null,
      readOnly: readOnly !== null,
    });
  }

  /**
   * Applies one save's changes to an open document: each upserted annotation
   * replaces the one with its id (or is added), each removed id goes. Checked
   * before anything changes; then the file is written from the annotations
   * kept in memory, so the request carries only what changed. Applying the
   * same changes twice gives the same file, so a failed save can be retried.
   */
  async saveChanges(id: DocumentId, changes: AnnotationChangeRequest): Promise<Result<{ savedAt: string }, WorkspaceError>> {
    const open = this.writableOpen(id);
    if (!open.ok) return open;
    const misfit = this.misfit(id, open.value, changes.upsert);
    if (misfit) return err(misfit);
    for (const removed of changes.remove) open.value.annotations.delete(removed);
    for (const annotation of changes.upsert) open.value.annotations.set(annotation.id, annotation);
    const written = await this.guarded(this.layout.annotations(id), () => this.writeAnnotations(id, open.value));
    if (!written.ok) return written;
    const counted = await this.guarded(this.layout.manifest, () => this.updateCounts(new Map([[id, countByType(open.value.annotations.values())]])));
    return counted.ok ? ok({ savedAt: new Date().toISOString() }) : counted;
  }

  /** Replaces all of an open document's annotations (a test's or the benchmark's starting point). */
  async saveAnnotations(id: DocumentId, annotations: readonly StoredAnnotation[]): Promise<Result<{ savedAt: string }, WorkspaceError>> {
    const saved = await this.saveMany([[id, annotations]]);
    return saved.ok ? ok({ savedAt: new Date().toISOString() }) : saved;
  }

  /**
   * Replaces the annotations of several documents: every set is checked first
   * (so nothing is written if one does not fit), then each file is written,
   * then the manifest's counts are updated once, not once per document.
   */
  async saveMany(saves: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const checked: { id: DocumentId; open: CachedDocument; annotations: readonly StoredAnnotation[] }[] = [];
    for (const [id, annotations] of saves) {
      const open = this.writableOpen(id);
      if (!open.ok) return open;
      const misfit = this.misfit(id, open.value, annotations);
      if (misfit) return err(misfit);
      checked.push({ id, open: open.value, annotations });
    }
    const written = await mapConcurrent(checked, CONCURRENT_WRITES, ({ id, open, annotations }) => {
      open.annotations = new Map(annotations.map((annotation) => [annotation.id, annotation]));
      return this.guarded(this.layout.annotations(id), () => this.writeAnnotations(id, open));
    });
    const failed = written.find((result) => !result.ok);
    if (failed) return failed;
    return this.guarded(this.layout.manifest, () =>
      this.updateCounts(new Map(checked.map(({ id, annotations }) => [id, countByType(annotations)]))),
    );
  }

  /** An open document whose annotations may be written, or why not. */
  private writableOpen(id: DocumentId): Result<CachedDocument, WorkspaceError> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" must be opened before its annotations are saved` });
    const file = this.layout.display(this.layout.annotations(id));
    if (open.readOnly) return err({ code: 'read-only', file, message: `Not saved: ${file} ${open.readOnly}` });
    return ok(open);
  }

  /** The first annotation that does not fit the document's text, as an error; null when all fit. */
  private misfit(id: DocumentId, open: CachedDocument, annotations: readonly StoredAnnotation[]): WorkspaceError | null {
    const misfit = annotations.find((annotation) => !annotation.fragments.every((f) => fragmentFits(open.index, f)));
    if (!misfit) return null;
    return { code: 'failed', file: this.layout.display(this.layout.annotations(id)), message: `Not saved: annotation ${misfit.id} does not fit the text of document "${id}"` };
  }

  /** Drops an item from a document's review list, keeping its annotations as they are on disk. */
  async discardUnplaced(id: DocumentId, unplacedId: string): Promise<Result<void, WorkspaceError>> {
    const open = this.open.get(id);
    if (!open) return err({ code: 'failed', file: id, message: `document "${id}" is not open` });
    if (open.readOnly) return err({ code: 'read-only', file: id, message: `${id}: ${open.readOnly}` });
    open.unplaced = open.unplaced.filter((item) => item.id !== unplacedId);
    return this.guarded(this.layout.annotations(id), () => this.writeAnnotations(id, open));
  }

  /**
   * Replaces the label types and writes schema.json atomically. Annotation
   * files are not touched: values of a removed field stay on disk. A damaged
   * schema.json is never written over (it may be mended by hand).
   */
  async saveSchema(types: readonly LabelType[]): Promise<Result<readonly LabelType[], WorkspaceError>> {
    const damage = this.schema.problem;
    if (damage) return err({ code: 'read-only', ...damage, message: `Not saved: ${damage.message}, and a damaged file is kept as it is` });
    const checked = SCHEMA_FILE.schema.safeParse({ format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types });
    if (!checked.success) {
      const message = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      return err({ code: 'failed', file: this.layout.display(this.layout.schema), message: `the schema is not valid: ${message}` });
    }
    await this.writes.run(this.layout.schema, () => this.write(this.layout.schema, SCHEMA_FILE, checked.data));
    this.schema = { types: checked.data.types, problem: null };
    return ok(checked.data.types);
  }

  /**
   * Adds a document with no annotations and lists it in the manifest. When a
   * write fails (a full disk) the files already written are taken back, so no
   * document is left on disk that the manifest does not list.
   */
  async addDocument(document: DocumentFile): Promise<Result<void, WorkspaceError>> {
    const written: string[] = [];
    const added = await this.guarded(this.layout.document(document.id), async () => {
      await mkdir(this.layout.documentsDir, { recursive: true });
      await mkdir(this.layout.annotationsDir, { recursive: true });
      const emptyAnnotations = {
        format: ANNOTATIONS_FORMAT,
        version: ANNOTATIONS_VERSION,
        documentId: document.id,
        textSha256: document.textSha256,
        annotations: [],
        unplaced: [],
      };
      await this.write(this.layout.document(document.id), DOCUMENT_FILE, document);
      written.push(this.layout.document(document.id));
      await this.write(this.layout.annotations(document.id), ANNOTATIONS_FILE, emptyAnnotations);
      written.push(this.layout.annotations(document.id));
      const entry: DocumentEntry = {
        id: document.id,
        title: document.metadata.title,
        ...(document.metadata.source ? { source: document.metadata.source } : {}),
        ...(document.metadata.published ? { published: document.metadata.published } : {}),
        addedAt: document.provenance.importedAt,
        textSha256: document.textSha256,
        status: 'todo',
        annotationCounts: {},
      };
      await this.updateManifest((manifest) => ({ ...manifest, documents: [...manifest.documents, entry] }));
    });
    if (!added.ok) await Promise.all(written.map((path) => unlink(path).catch(() => undefined)));
    return added;
  }

  /**
   * The document list, from the manifest alone. Counts missing from it (after
   * a migration) are taken from the annotations files once and kept.
   */
  async summaries(): Promise<{ documents: DocumentSummary[]; problems: Problem[] }> {
    const problems: Problem[] = [];
    for (const entry of this.manifest.documents.filter((e) => !e.annotationCounts)) {
      const document = await this.readDocument(entry.id);
      if (!document.ok) {
        problems.push(document.error);
        continue;
      }
      const path = this.layout.annotations(entry.id);
      const reading = await readAnnotations(path, document.value, new CodePointIndex(document.value.text), this.relocate, this.files.read);
      if (reading.trouble) problems.push(this.problem(path, reading.trouble));
      entry.annotationCounts = countByType(reading.annotations);
    }
    const documents = this.manifest.documents.map((entry): DocumentSummary => {
      const { id, title, source, published, addedAt, status, annotationCounts } = entry;
      return {
        id,
        title,
        addedAt,
        status,
        annotationCounts: annotationCounts ?? {},
        ...(source ? { source } : {}),
        ...(published ? { published } : {}),
      };
    });
    return { documents, problems };
  }

  /** Resolves when every write started so far is on disk. */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  async setStatus(id: DocumentId, status: DocumentStatus): Promise<Result<void, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    return this.guarded(this.layout.manifest, () =>
      this.updateManifest((manifest) => ({
        ...manifest,
        documents: manifest.documents.map((entry) => (entry.id === id ? { ...entry, status } : entry)),
      })),
    );
  }

  /**
   * Loads every file of the workspace and lists what is wrong, without
   * changing anything; `onProgress` is told after each document.
   */
  async validate(onProgress?: (done: number, total: number) => void): Promise<Problem[]> {
    const problems: Problem[] = [];
    const entries = this.manifest.documents;
    for (const [i, entry] of entries.entries()) {
      onProgress?.(i, entries.length);
      const document = await this.readDocument(entry.id);
      if (!document.ok) {
        problems.push(document.error);
        continue;
      }
      const path = this.layout.annotations(entry.id);
      const reading = await readAnnotations(path, document.value, new CodePointIndex(document.value.text), NO_RELOCATION, this.files.read);
      if (reading.trouble) problems.push(this.problem(path, reading.trouble));
      else if (reading.unplaced.length > 0) {
        problems.push(this.problem(path, `holds ${reading.unplaced.length} annotation(s) that do not fit the text (${reading.unplaced[0]?.reason})`));
      }
    }
    onProgress?.(entries.length, entries.length);
    return problems;
  }

  private async readDocument(id: DocumentId): Promise<Result<DocumentFile, Problem>> {
    const path = this.layout.document(id);
    const file = await readGlossFile(path, DOCUMENT_FILE, this.files.read);
    if (!file.ok) return err(this.problem(path, file.error));
    if (file.value.value.id !== id) return err(this.problem(path, `holds document "${file.value.value.id}", expected "${id}"`));
    return ok(file.value.value);
  }

  /** Writes an open document's annotations file from what is kept in memory. */
  private writeAnnotations(id: DocumentId, open: CachedDocument): Promise<void> {
    const path = this.layout.annotations(id);
    return this.writes.run(path, () =>
      this.write(path, ANNOTATIONS_FILE, {
        format: ANNOTATIONS_FORMAT,
        version: ANNOTATIONS_VERSION,
        documentId: id,
        textSha256: open.sha256,
        annotations: [...open.annotations.values()].sort(compareAnnotations),
        unplaced: open.unplaced,
      }),
    );
  }

  /** Copies a damaged file's bytes to damaged/, never over an earlier copy. Returns where, for the analyst. */
  private async keepAside(path: string, bytes: Buffer): Promise<string> {
    const dir = join(this.dir, 'damaged');
    await mkdir(dir, { recursive: true });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const target = join(dir, `${stamp}-${basename(path)}`);
    await writeFile(target, bytes, { flag: 'wx' });
    return this.layout.display(target);
  }

  /** Writes the manifest only when some document's counts really changed. */
  private async updateCounts(counts: ReadonlyMap<DocumentId, Record<string, number>>): Promise<void> {
    const changed = this.manifest.documents.some((e) => counts.has(e.id) && !sameCounts(e.annotationCounts, counts.get(e.id) ?? {}));
    if (!changed) return;
    await this.updateManifest((manifest) => ({
      ...manifest,
      documents: manifest.documents.map((e) => {
        const next = counts.get(e.id);
        return next ? { ...e, annotationCounts: next } : e;
      }),
    }));
  }

  /** Every write of an open workspace: confined to its folder, verified; a failure names the file. */
  private async write<S extends z.ZodType>(path: string, kind: FileFormat<S>, value: unknown): Promise<void> {
    try {
      await this.files.assertWritable(path);
      await writeGlossFile(path, kind, value);
    } catch (error) {
      throw new NotSaved(this.layout.display(path), error);
    }
  }

  /** Runs writes, turning a failure into an error that names the file and what went wrong. */
  private async guarded(path: string, work: () => Promise<void>): Promise<Result<void, WorkspaceError>> {
    try {
      await work();
      return ok(undefined);
    } catch (error) {
      const failed = error instanceof NotSaved ? error : new NotSaved(this.layout.display(path), error);
      return err({ code: 'failed', file: failed.file, message: failed.message });
    }
  }

  private problem(path: string, message: string): Problem {
    const file = this.layout.display(path);
    return { file, message: `${file} ${message}` };
  }

  private async updateManifest(change: (manifest: WorkspaceManifest) => WorkspaceManifest): Promise<void> {
    await this.writes.run(this.layout.manifest, async () => {
      const next = change(this.manifest);
      await this.write(this.layout.manifest, WORKSPACE_FILE, { ...next, version: WORKSPACE_VERSION });
      this.manifest = next;
    });
  }
}
