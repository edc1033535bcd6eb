import { mkdir, readdir, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import {
  ANNOTATIONS_FORMAT,
  ANNOTATIONS_VERSION,
  AnnotationsFileSchema,
  compareAnnotations,
  type StoredAnnotation,
} from '../../../core/model/annotation';
import { DocumentFileSchema, type DocumentFile } from '../../../core/model/document';
import type { DocumentId } from '../../../core/model/ids';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  WorkspaceManifestSchema,
  type DocumentEntry,
  type DocumentStatus,
  type WorkspaceManifest,
} from '../../../core/model/workspace';
import type { DocumentSummary, LoadedDocument, Problem } from '../../../core/api/contract';
import {
  DEFAULT_LABEL_TYPES,
  LabelSchemaFileSchema,
  SCHEMA_FORMAT,
  SCHEMA_VERSION,
  type LabelType,
} from '../../../core/model/label-types';
import { CodePointIndex } from '../../../core/text/code-points';
import { fragmentFits } from '../../../core/anchoring/text-quote';
import { err, ok, type Result } from '../../../core/result';
import { readJsonFile, writeJsonFile } from './json-file';
import { WorkspaceLayout } from './layout';
import { SerialQueue } from './serial-queue';

export type WorkspaceError = Problem & { code: 'not-found' | 'read-only' | 'failed' };

/** The workspace's label types: the defaults when it has no schema file, or a damaged one (reported). */
async function readSchema(layout: WorkspaceLayout): Promise<{ types: readonly LabelType[]; problem: Problem | null }> {
  const missing = await stat(layout.schema).then(
    () => false,
    () => true,
  );
  if (missing) return { types: DEFAULT_LABEL_TYPES, problem: null };
  const schema = await readJsonFile(layout.schema, LabelSchemaFileSchema);
  if (schema.ok) return { types: schema.value.types, problem: null };
  const file = layout.display(layout.schema);
  return { types: DEFAULT_LABEL_TYPES, problem: { file, message: `${file} ${schema.error}; using the default types` } };
}

/**
 * A workspace folder on disk: a manifest, one file per document and one
 * annotations file per document. Every read is validated; every write is
 * atomic; a file that failed to load is never written over.
 */
export class Workspace {
  private readonly layout: WorkspaceLayout;
  /** Documents whose annotations file failed to load, with the reason. */
  private readonly damaged = new Map<DocumentId, Problem>();
  private readonly writes = new SerialQueue();
  /** Texts of the documents opened this session, to check saves against. */
  private readonly openTexts = new Map<DocumentId, { sha256: string; index: CodePointIndex }>();

  private constructor(
    readonly dir: string,
    private manifest: WorkspaceManifest,
    private schema: { types: readonly LabelType[]; problem: Problem | null },
  ) {
    this.layout = new WorkspaceLayout(dir);
  }

  /** The label types; the defaults when the schema file is damaged (and then reported). */
  get labelTypes(): readonly LabelType[] {
    return this.schema.types;
  }

  get schemaProblem(): Problem | null {
    return this.schema.problem;
  }

  get name(): string {
    return this.manifest.name;
  }

  get entries(): readonly DocumentEntry[] {
    return this.manifest.documents;
  }

  /** Creates a new, empty workspace. Refuses a folder that already holds files. */
  static async create(dir: string, name: string): Promise<Result<Workspace, Problem>> {
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
    await writeJsonFile(layout.manifest, manifest);
    await writeJsonFile(layout.schema, { format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types: DEFAULT_LABEL_TYPES });
    return ok(new Workspace(dir, manifest, { types: DEFAULT_LABEL_TYPES, problem: null }));
  }

  static async open(dir: string): Promise<Result<Workspace, Problem>> {
    const layout = new WorkspaceLayout(dir);
    const manifest = await readJsonFile(layout.manifest, WorkspaceManifestSchema);
    if (!manifest.ok) return err({ file: layout.manifest, message: `${basename(layout.manifest)} ${manifest.error}` });
    return ok(new Workspace(dir, manifest.value, await readSchema(layout)));
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

  async loadDocument(id: DocumentId): Promise<Result<LoadedDocument, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const document = await this.readDocument(id);
    if (!document.ok) return err({ code: 'failed', ...document.error });
    this.openTexts.set(id, { sha256: document.value.textSha256, index: new CodePointIndex(document.value.text) });
    const annotations = await this.readAnnotations(document.value);
    if (annotations.ok) this.damaged.delete(id);
    else this.damaged.set(id, annotations.error);
    return ok({
      document: document.value,
      annotations: annotations.ok ? annotations.value : [],
      problem: annotations.ok ? null : annotations.error,
    });
  }

  async saveAnnotations(
    id: DocumentId,
    annotations: readonly StoredAnnotation[],
  ): Promise<Result<{ savedAt: string }, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    const damage = this.damaged.get(id);
    if (damage) {
      return err({ code: 'read-only', ...damage, message: `not saved: ${damage.file} is damaged and kept as it is (${damage.message})` });
    }
    const text = this.openTexts.get(id);
    if (!text) return err({ code: 'failed', file: id, message: `document "${id}" must be opened before its annotations are saved` });
    const { index, sha256 } = text;
    const misfit = annotations.find((annotation) => !annotation.fragments.every((f) => fragmentFits(index, f)));
    if (misfit) {
      return err({ code: 'failed', file: this.layout.display(this.layout.annotations(id)), message: `annotation ${misfit.id} does not fit the document text` });
    }
    await this.writes.run(this.layout.annotations(id), () =>
      writeJsonFile(this.layout.annotations(id), {
        format: ANNOTATIONS_FORMAT,
        version: ANNOTATIONS_VERSION,
        documentId: id,
        textSha256: sha256,
        annotations: [...annotations].sort(compareAnnotations),
      }),
    );
    return ok({ savedAt: new Date().toISOString() });
  }

  /** Adds a document with no annotations and lists it in the manifest. */
  async addDocument(document: DocumentFile): Promise<void> {
    await mkdir(this.layout.documentsDir, { recursive: true });
    await mkdir(this.layout.annotationsDir, { recursive: true });
    await writeJsonFile(this.layout.document(document.id), document);
    await writeJsonFile(this.layout.annotations(document.id), {
      format: ANNOTATIONS_FORMAT,
      version: ANNOTATIONS_VERSION,
      documentId: document.id,
      textSha256: document.textSha256,
      annotations: [],
    });
    const entry: DocumentEntry = {
      id: document.id,
      title: document.metadata.title,
      ...(document.metadata.source ? { source: document.metadata.source } : {}),
      ...(document.metadata.published ? { published: document.metadata.published } : {}),
      addedAt: document.provenance.importedAt,
      textSha256: document.textSha256,
      status: 'todo',
    };
    await this.updateManifest((manifest) => ({ ...manifest, documents: [...manifest.documents, entry] }));
  }

  /** The document list, with counts per type; unreadable files become problems. */
  async summaries(): Promise<{ documents: DocumentSummary[]; problems: Problem[] }> {
    const problems: Problem[] = [];
    const documents = await Promise.all(
      this.manifest.documents.map(async (entry): Promise<DocumentSummary> => {
        const file = await readJsonFile(this.layout.annotations(entry.id), AnnotationsFileSchema);
        if (!file.ok) problems.push(this.problem(this.layout.annotations(entry.id), file.error));
        const annotationCounts: Record<string, number> = {};
        for (const annotation of file.ok ? file.value.annotations : []) {
          annotationCounts[annotation.type] = (annotationCounts[annotation.type] ?? 0) + 1;
        }
        const { id, title, source, published, status } = entry;
        return { id, title, status, annotationCounts, ...(source ? { source } : {}), ...(published ? { published } : {}) };
      }),
    );
    return { documents, problems };
  }

  /** Resolves when every write started so far is on disk. */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  async setStatus(id: DocumentId, status: DocumentStatus): Promise<Result<void, WorkspaceError>> {
    if (!this.has(id)) return err({ code: 'not-found', file: id, message: `no document "${id}" in this workspace` });
    await this.updateManifest((manifest) => ({
      ...manifest,
      documents: manifest.documents.map((entry) => (entry.id === id ? { ...entry, status } : entry)),
    }));
    return ok(undefined);
  }

  /** Loads every file of the workspace and lists what is wrong, without changing anything. */
  async validate(): Promise<Problem[]> {
    const problems: Problem[] = [];
    for (const entry of this.manifest.documents) {
      const document = await this.readDocument(entry.id);
      if (!document.ok) {
        problems.push(document.error);
        continue;
      }
      const annotations = await this.readAnnotations(document.value);
      if (!annotations.ok) problems.push(annotations.error);
    }
    return problems;
  }

  private async readDocument(id: DocumentId): Promise<Result<DocumentFile, Problem>> {
    const path = this.layout.document(id);
    const file = await readJsonFile(path, DocumentFileSchema);
    if (!file.ok) return err(this.problem(path, file.error));
    if (file.value.id !== id) return err(this.problem(path, `holds document "${file.value.id}", expected "${id}"`));
    return file;
  }

  private async readAnnotations(document: DocumentFile): Promise<Result<StoredAnnotation[], Problem>> {
    const path = this.layout.annotations(document.id);
    const file = await readJsonFile(path, AnnotationsFileSchema);
    if (!file.ok) return err(this.problem(path, file.error));
    if (file.value.documentId !== document.id) {
      return err(this.problem(path, `belongs to document "${file.value.documentId}", expected "${document.id}"`));
    }
    const index = new CodePointIndex(document.text);
    for (const annotation of file.value.annotations) {
      const misfit = annotation.fragments.find((fragment) => !fragmentFits(index, fragment));
      if (misfit) {
        return err(
          this.problem(path, `annotation ${annotation.id} no longer fits the text at ${misfit.start}-${misfit.end} (expected "${misfit.exact}")`),
        );
      }
    }
    return ok(file.value.annotations);
  }

  private problem(path: string, message: string): Problem {
    const file = this.layout.display(path);
    return { file, message: `${file} ${message}` };
  }

  private async updateManifest(change: (manifest: WorkspaceManifest) => WorkspaceManifest): Promise<void> {
    await this.writes.run(this.layout.manifest, async () => {
      const next = change(this.manifest);
      await writeJsonFile(this.layout.manifest, next);
      this.manifest = next;
    });
  }
}
