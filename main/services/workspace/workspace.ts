import { mkdir, readdir, rm, stat, unlink } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { NO_RELOCATION, relocateByQuote, type Relocate } from '../../../core/anchoring/place-annotation';
import type { DocumentSummary, LoadedDocument, Problem } from '../../../core/api/contract';
import { DEFAULT_SET, type StoredAnnotation } from '../../../core/model/annotation';
import { ENTITIES_FILE } from '../../../core/model/entity';
import type { AnnotationChangeRequest } from '../../../core/model/annotation-changes';
import { applyDocumentEdit, changesText, type DocumentEdit } from '../../../core/article/document-edits';
import { DOCUMENT_FILE, type DocumentFile } from '../../../core/model/document';
import type { DocumentId } from '../../../core/model/ids';
import { DEFAULT_LABEL_TYPES, namingProblems, SCHEMA_FILE, SCHEMA_FORMAT, SCHEMA_VERSION, type LabelType } from '../../../core/model/label-types';
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
import { describeFsError } from '../files/fs-error';
import { AdjudicationStore } from './adjudication-store';
import { AnnotationsStore, type DocumentReading, type StoredAnnotations } from './annotations-store';
import { ConfinedFiles, FileRefused } from './confined-files';
import { readGlossFile, writeGlossFile } from './json-file';
import { WorkspaceLayout } from './layout';
import { findLeftovers, type Leftover } from './leftovers';
import { sha256 } from './hash';
import { Backups, DamagedCopies } from './damaged-copies';
import { EntityStore } from './entity-store';
import { RejectionStore } from './rejections-store';
import { REJECTED_FILE } from '../../../core/model/suggestions';
import { readSchema, type SchemaReading } from './schema-file';
import { SyncFiles } from './sync-files';
import { WorkspaceWriter, type WorkspaceError } from './workspace-writer';

export type { DocumentReading, StoredAnnotations, WorkspaceError };

/**
 * Told after annotations were written: the document and the save's changes;
 * changes null when the document's annotations were replaced (or it was
 * added); document null when any document may have changed.
 */
export type AnnotationsListener = (documentId: DocumentId | null, changes: AnnotationChangeRequest | null) => void;

/** The manifest's entry for a newly listed document: to do, no annotations yet. */
function documentEntry(document: DocumentFile): DocumentEntry {
  return {
    id: document.id,
    title: document.metadata.title,
    ...(document.metadata.source ? { source: document.metadata.source } : {}),
    ...(document.metadata.published ? { published: document.metadata.published } : {}),
    ...(document.metadata.publishedDate ? { publishedDate: document.metadata.publishedDate } : {}),
    addedAt: document.provenance.importedAt,
    textSha256: document.textSha256,
    status: 'todo',
  };
}

/** A manifest entry that lists a document as it now is (title, outlet, date, text hash), keeping when it was added and its status. */
function listedAs(entry: DocumentEntry, document: DocumentFile): DocumentEntry {
  const { addedAt, status } = entry;
  return { ...documentEntry(document), addedAt, status };
}

/** How the document list shows a listed document, with its annotations per type. */
function summaryOf(entry: DocumentEntry, annotationCounts: Record<string, number>): DocumentSummary {
  const { id, title, source, published, addedAt, status } = entry;
  return { id, title, addedAt, status, annotationCounts, ...(source ? { source } : {}), ...(published ? { published } : {}) };
}

/**
 * A workspace folder on disk: a manifest, one file per document and one
 * annotations file per set and document. Every read is validated; every write is
 * atomic; a damaged file is copied aside before anything is written in its
 * place, and annotations that cannot be placed wait in a review list.
 */
export class Workspace {
  private readonly layout: WorkspaceLayout;
  private readonly files: ConfinedFiles;
  private readonly writer: WorkspaceWriter;
  private readonly annotations: AnnotationsStore;
  /** Copies of the files a migration replaces, all in one backup/<time>/ folder per session. */
  private readonly backups: Backups;
  /** The people, organisations and places of entities.json, read on first use. */
  readonly entities: EntityStore;
  /** The suggestions the analyst rejected (rejected-suggestions.json), read on first use. */
  readonly rejections: RejectionStore;
  /** The items adjudicators rejected, per document and gold set (adjudication/<document>/<gold>.json). */
  readonly adjudication: AdjudicationStore;
  /** What a sync writes: git's settings, merged files, conflicts for review (main/services/sync). */
  readonly sync: SyncFiles;
  private readonly listeners = new Set<AnnotationsListener>();
  /** What the migration to one file per set met (a damaged file salvaged, one left as it was), for the document list's problems. */
  private migrationProblems: Problem[] = [];

  private constructor(
    readonly dir: string,
    private manifest: WorkspaceManifest,
    /** The manifest's version on disk when it is older than this Gloss writes (it is written at the end of `migrate`). */
    private manifestFrom: number | null,
    private schema: SchemaReading,
    /** Finds annotations whose quoted text moved; set by whoever opens the workspace. */
    private readonly relocate: Relocate,
  ) {
    this.layout = new WorkspaceLayout(dir);
    this.files = new ConfinedFiles(dir);
    this.writer = new WorkspaceWriter(this.layout, this.files);
    const damaged = new DamagedCopies(this.layout);
    this.backups = new Backups(this.layout, this.files.read);
    this.annotations = new AnnotationsStore(
      this.layout,
      this.files,
      this.writer,
      damaged,
      this.backups,
      (id) => this.manifest.documents.find((entry) => entry.id === id)?.textSha256,
    );
    this.entities = new EntityStore({
      path: this.layout.entities,
      display: this.layout.display(this.layout.entities),
      read: this.files.read,
      write: (path, value) => this.writer.write(path, ENTITIES_FILE, value),
      keepAside: (path, bytes) => damaged.keep(path, bytes),
      queue: this.writer,
    });
    this.rejections = new RejectionStore({
      path: this.layout.rejectedSuggestions,
      display: this.layout.display(this.layout.rejectedSuggestions),
      read: this.files.read,
      write: (path, value) => this.writer.write(path, REJECTED_FILE, value),
      queue: this.writer,
    });
    this.adjudication = new AdjudicationStore(this.layout, this.files, this.writer);
    this.sync = new SyncFiles(this.layout, this.files, this.writer);
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
    return ok(new Workspace(dir, manifest, null, { types: DEFAULT_LABEL_TYPES, problem: null }, relocate));
  }

  static async open(dir: string, relocate: Relocate = relocateByQuote): Promise<Result<Workspace, Problem>> {
    const layout = new WorkspaceLayout(dir);
    const files = new ConfinedFiles(dir);
    const manifest = await readGlossFile(layout.manifest, WORKSPACE_FILE, files.read);
    if (!manifest.ok) return err({ file: layout.manifest, message: `${basename(layout.manifest)} ${manifest.error}` });
    return ok(new Workspace(dir, manifest.value.value, manifest.value.migratedFrom, await readSchema(layout, files), relocate));
  }

  static async exists(dir: string): Promise<boolean> {
    return stat(new WorkspaceLayout(dir).manifest).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  /** Calls `listener` after every write of annotations (the workspace index follows them); returns the function that stops it. */
  onAnnotationsSaved(listener: AnnotationsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private saved(documentId: DocumentId | null, changes: AnnotationChangeRequest | null): void {
    for (const listener of this.listeners) listener(documentId, changes);
  }

  has(id: DocumentId): boolean {
    return this.manifest.documents.some((entry) => entry.id === id);
  }

  /**
   * Reads a document and places its annotations as loadDocument does, but
   * changes nothing: it is not remembered and a damaged file is not yet kept
   * aside. An import reads every document this way before deciding to write.
   */
  async readDocumentAndAnnotations(id: DocumentId, digest = false): Promise<Result<DocumentReading, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const document = await this.readDocument(id);
    if (!document.ok) return err({ code: 'failed', ...document.error });
    return ok(await this.annotations.readPlaced(document.value, this.relocate, digest));
  }

  /**
   * Opens a document for editing; `read` is what readDocumentAndAnnotations
   * just gave, so it is not read twice. Read here, each set file's digest is
   * taken, so the first change to a set goes to its journal; a document read
   * without (by an import) writes a set whole on its first save instead.
   */
  async loadDocument(id: DocumentId, read?: DocumentReading): Promise<Result<LoadedDocument, WorkspaceError>> {
    const opened = read ? ok(read) : await this.readDocumentAndAnnotations(id, true);
    return opened.ok ? ok(await this.annotations.remember(opened.value)) : opened;
  }

  /**
   * A document's stored annotations without its text, as exports, set lists
   * and counts read them: a damaged file salvaged and reported by name.
   */
  readStoredAnnotations(id: DocumentId): Promise<StoredAnnotations> {
    return this.annotations.readStored(id);
  }

  /** A document and its stored annotations, for an export: the text must be readable, a damaged annotations file is salvaged. */
  async readForExport(id: DocumentId): Promise<Result<{ document: DocumentFile } & StoredAnnotations, Problem>> {
    const document = await this.readDocument(id);
    if (!document.ok) return document;
    return ok({ document: document.value, ...(await this.annotations.readStored(id)) });
  }

  /** Applies one save's changes (upserts and removed ids) to an open document and writes it; see AnnotationsStore.saveChanges. */
  async saveChanges(id: DocumentId, changes: AnnotationChangeRequest): Promise<Result<{ savedAt: string }, WorkspaceError>> {
    const saved = await this.annotations.saveChanges(id, changes);
    if (!saved.ok) return saved;
    this.saved(id, changes);
    return ok({ savedAt: new Date().toISOString() });
  }

  /** Replaces all of an open document's annotations (a test's or the benchmark's starting point). */
  async saveAnnotations(id: DocumentId, annotations: readonly StoredAnnotation[]): Promise<Result<{ savedAt: string }, WorkspaceError>> {
    const saved = await this.saveMany([[id, annotations]]);
    return saved.ok ? ok({ savedAt: new Date().toISOString() }) : saved;
  }

  /** Replaces the annotations of several open documents; nothing is written if one does not fit its text. */
  async saveMany(saves: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const replaced = await this.annotations.replace(saves);
    if (replaced.ok) for (const [id] of saves) this.saved(id, null);
    return replaced;
  }

  /**
   * Adds annotations in sets new to each document (an import's set), writing
   * only those sets' files, all or none; the caller has checked that they
   * fit their texts (AnnotationsStore.addSets).
   */
  async addSets(additions: readonly (readonly [DocumentId, readonly StoredAnnotation[]])[]): Promise<Result<void, WorkspaceError>> {
    const added = await this.annotations.addSets(additions);
    if (added.ok) for (const [id] of additions) this.saved(id, null);
    return added;
  }

  /** Removes every annotation of a set from every document, without reading their texts; all or nothing. */
  async removeSet(set: string): Promise<Result<{ annotations: number; documents: number }, string[]>> {
    const removed = await this.rewriteAll((annotation) => (annotation.set === set ? null : annotation));
    if (removed.ok) await this.adjudication.followSet(set, null);
    return removed;
  }

  /** Moves every annotation of a set into another (an analyst's first name adopting the work done as "default"). */
  async renameSet(from: string, to: string): Promise<Result<{ annotations: number; documents: number }, string[]>> {
    const renamed = await this.rewriteAll((annotation) => (annotation.set === from ? { ...annotation, set: to } : annotation));
    // A gold set renamed keeps its rejected items.
    if (renamed.ok) await this.adjudication.followSet(from, to);
    return renamed;
  }

  private async rewriteAll(change: (annotation: StoredAnnotation) => StoredAnnotation | null): Promise<Result<{ annotations: number; documents: number }, string[]>> {
    const ids = this.manifest.documents.map((entry) => entry.id);
    const rewritten = await this.annotations.rewriteWhere(ids, change);
    if (rewritten.ok && rewritten.value.annotations > 0) this.saved(null, null);
    return rewritten;
  }

  /** Drops an item from a document's review list, or replaces it by the annotation placed in its stead, as one change. */
  discardUnplaced(id: DocumentId, unplacedId: string, placed?: StoredAnnotation): Promise<Result<void, WorkspaceError>> {
    return this.annotations.discardUnplaced(id, unplacedId, placed);
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
    const confusing = checked.success ? namingProblems(checked.data.types) : [];
    if (!checked.success || confusing.length > 0) {
      const issues = checked.success ? confusing : checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      return err({ code: 'failed', file: this.layout.display(this.layout.schema), message: `the schema is not valid: ${issues.join('; ')}` });
    }
    await this.writer.writeQueued(this.layout.schema, SCHEMA_FILE, () => checked.data);
    this.schema = { types: checked.data.types, problem: null };
    return ok(checked.data.types);
  }

  /**
   * Adds a document with no annotations and lists it in the manifest. When a
   * write fails (a full disk) the files already written are taken back, so no
   * document is left on disk that the manifest does not list.
   */
  addDocument(document: DocumentFile): Promise<Result<void, WorkspaceError>> {
    return this.addDocuments([document]);
  }

  /**
   * Adds documents as addDocument does, listing them all in one manifest
   * write: a manifest of thousands of entries rewritten after every file
   * made a large import take minutes. All or nothing: the files are written
   * as one change, and taken back when the manifest cannot list them.
   */
  async addDocuments(documents: readonly DocumentFile[]): Promise<Result<void, WorkspaceError>> {
    const added = await this.writer.guarded(this.layout.document(documents[0]?.id ?? ''), async () => {
      await mkdir(this.layout.documentsDir, { recursive: true });
      await mkdir(this.layout.annotationsDir, { recursive: true });
      // A document has no annotations files until a set has something in it.
      const files = documents.map((document) => ({ path: this.layout.document(document.id), kind: DOCUMENT_FILE, value: () => document }));
      // Every document, or none of them (a full disk half-way leaves no half import).
      await this.writer.writeAll(files);
      try {
        await this.updateManifest((manifest) => ({ ...manifest, documents: [...manifest.documents, ...documents.map(documentEntry)] }));
      } catch (error) {
        await Promise.all(files.map(({ path }) => unlink(path).catch(() => undefined)));
        throw error;
      }
    });
    if (added.ok) for (const document of documents) this.saved(document.id, null);
    return added;
  }

  /**
   * The document list: the manifest's entries, with each document's
   * annotations per type counted from its set files (on first asking, then
   * kept up to date by every write; the manifest no longer holds counts, so
   * tagging never changes a file that every analyst shares).
   */
  async summaries(): Promise<{ documents: DocumentSummary[]; problems: Problem[] }> {
    const { counts, problems } = await this.annotations.countsOf(this.manifest.documents.map((entry) => entry.id));
    const documents = this.manifest.documents.map((entry) => summaryOf(entry, counts.get(entry.id) ?? {}));
    return { documents, problems: [...this.migrationProblems, ...problems] };
  }

  /** The folder every save writes into, made when missing: git keeps no empty folders, so a workspace brought by sync may lack it. */
  async makeAnnotationsFolder(): Promise<void> {
    await mkdir(this.layout.annotationsDir, { recursive: true });
  }

  /**
   * Finishes moving annotations into one file per set and document
   * (workspace format 3), from a workspace of an older Gloss or one whose
   * migration stopped half-way, and folds change journals left by a session
   * that did not close (a crash) into their set files: document by document,
   * each older file copied to backup/<time>/ and replaced only once all its
   * sets' files are on disk (AnnotationsStore.settle); then the manifest,
   * copied to backup/ too, is written in the current version, last, so an
   * older Gloss cannot open a workspace whose files it would not find. Called
   * with the lock held, before anything else is read; answers how many
   * documents were written.
   */
  async migrate(): Promise<Result<number, Problem>> {
    const pending = await this.annotations.unsettled(new Set(this.manifest.documents.map((entry) => entry.id)));
    const problems: Problem[] = [];
    for (const id of pending) {
      const settled = await this.annotations.settle(id);
      const problem = settled.ok ? settled.value : { file: settled.error.file, message: settled.error.message };
      if (problem) problems.push(problem);
    }
    this.migrationProblems = problems;
    if (this.manifestFrom !== null) {
      const written = await this.writer.guarded(this.layout.manifest, async () => {
        await this.backups.keep(this.layout.manifest);
        await this.updateManifest((manifest) => manifest);
      });
      if (!written.ok) return err({ file: written.error.file, message: written.error.message });
      this.manifestFrom = null;
    }
    return ok(pending.length);
  }

  /**
   * Applies an analyst's edit to a document (metadata, a removed line brought
   * back, a block taken out, another headline) and lists the change in the
   * manifest. A text edit is refused once the document has annotations; when
   * it is made, the text's hash and the empty annotations file follow it.
   */
  async editDocument(id: DocumentId, edit: DocumentEdit): Promise<Result<{ document: DocumentFile; summary: DocumentSummary }, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const read = await this.readDocument(id);
    if (!read.ok) return err({ code: 'failed', ...read.error });
    const stored = changesText(edit) ? await this.annotations.readStored(id) : null;
    const annotated = stored !== null && (stored.annotations.length > 0 || stored.unplaced.length > 0 || stored.problem !== null);
    const edited = applyDocumentEdit(read.value, edit, annotated);
    if (!edited.ok) return err({ code: 'read-only', file: this.layout.display(this.layout.document(id)), message: edited.error });
    const document = changesText(edit) ? { ...edited.value, textSha256: sha256(edited.value.text) } : edited.value;
    const written = await this.writer.guarded(this.layout.document(id), async () => {
      await this.writer.run(this.layout.document(id), () => this.writer.write(this.layout.document(id), DOCUMENT_FILE, document));
      if (changesText(edit)) await this.annotations.startOver(document);
      await this.updateManifest((manifest) => ({
        ...manifest,
        documents: manifest.documents.map((entry) => (entry.id === id ? listedAs(entry, document) : entry)),
      }));
    });
    if (!written.ok) return written;
    const entry = this.manifest.documents.find((listed) => listed.id === id);
    if (!entry) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const { counts } = await this.annotations.countsOf([id]);
    return ok({ document, summary: summaryOf(entry, counts.get(id) ?? {}) });
  }

  /** Resolves when every write started so far is on disk. */
  flush(): Promise<void> {
    return this.writer.idle();
  }

  /**
   * Writes what is pending and folds every change journal of the open
   * documents into its set file, so the files on disk hold every change
   * whole: before the workspace is let go, and before a sync shares it.
   */
  async compact(): Promise<Result<void, WorkspaceError>> {
    await this.flush();
    return this.annotations.compact(new Set(this.manifest.documents.map((entry) => entry.id)));
  }

  async setStatus(id: DocumentId, status: DocumentStatus): Promise<Result<void, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    return this.writer.guarded(this.layout.manifest, () =>
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
      const { reading } = await this.annotations.readPlaced(document.value, NO_RELOCATION);
      if (reading.problem) problems.push(reading.problem);
      else if (reading.unplaced[0]) {
        const first = reading.unplaced[0];
        const path = this.layout.setAnnotations(entry.id, reading.homes.get(first.id) ?? first.annotation?.set ?? DEFAULT_SET);
        problems.push(this.problem(path, `holds ${reading.unplaced.length} annotation(s) that do not fit the text (${reading.unplaced[0]?.reason})`));
      }
    }
    onProgress?.(entries.length, entries.length);
    problems.push(...(await this.adjudication.check()));
    problems.push(...(await this.leftovers()).map(({ file, problem, action }) => ({ file, message: action === 'keep' ? problem : `${problem}; gloss repair mends this` })));
    return problems;
  }

  /** The files in the workspace's folders that the manifest does not account for (leftovers.ts). Reads only. */
  leftovers(): Promise<Leftover[]> {
    return findLeftovers(this.layout, this.files, this.manifest.documents, (id) => this.annotations.holdsAnything(id));
  }

  /**
   * Mends what `leftovers` found: lists each document to adopt, in one
   * manifest write, then removes the debris. What is to be kept is left alone. The caller holds the lock.
   */
  async repair(leftovers: readonly Leftover[]): Promise<Result<void, WorkspaceError>> {
    const adopted = leftovers.flatMap((leftover) => (leftover.action === 'adopt' ? [leftover.document] : []));
    const listed = await this.writer.guarded(this.layout.manifest, async () => {
      if (adopted.length > 0) {
        await this.updateManifest((manifest) => ({ ...manifest, documents: [...manifest.documents, ...adopted.map(documentEntry)] }));
      }
    });
    if (!listed.ok) return listed;
    for (const leftover of leftovers) {
      if (leftover.action === 'remove') await Promise.all(leftover.paths.map((path) => rm(path, { force: true, recursive: true })));
    }
    return ok(undefined);
  }

  /** A document's file (its text, blocks and metadata), schema-checked, without its annotations. */
  async readDocument(id: DocumentId): Promise<Result<DocumentFile, Problem>> {
    const path = this.layout.document(id);
    const file = await readGlossFile(path, DOCUMENT_FILE, this.files.read);
    if (!file.ok) return err(this.problem(path, file.error));
    if (file.value.value.id !== id) return err(this.problem(path, `holds document "${file.value.value.id}", expected "${id}"`));
    return ok(file.value.value);
  }

  private problem(path: string, message: string): Problem {
    const file = this.layout.display(path);
    return { file, message: `${file} ${message}` };
  }

  private async updateManifest(change: (manifest: WorkspaceManifest) => WorkspaceManifest): Promise<void> {
    await this.writer.run(this.layout.manifest, async () => {
      const next = change(this.manifest);
      await this.writer.write(this.layout.manifest, WORKSPACE_FILE, { ...next, version: WORKSPACE_VERSION });
      this.manifest = next;
    });
  }
}
