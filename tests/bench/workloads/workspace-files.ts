import { mkdir, writeFile } from 'node:fs/promises';
import { compareAnnotations, SET_ANNOTATIONS_FORMAT, SET_ANNOTATIONS_VERSION, type SetAnnotationsFile, type StoredAnnotation } from '../../../core/model/annotation';
import { ENTITIES_FORMAT, ENTITIES_VERSION, type Entity } from '../../../core/model/entity';
import { DEFAULT_LABEL_TYPES, SCHEMA_FORMAT, SCHEMA_VERSION } from '../../../core/model/label-types';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type DocumentEntry, type WorkspaceManifest } from '../../../core/model/workspace';
import { newDocumentFile } from '../../../main/services/exchange/new-document';
import { CONCURRENT_READS, mapConcurrent } from '../../../main/services/files/concurrent';
import { stableStringify } from '../../../main/services/workspace/json-file';
import { WorkspaceLayout } from '../../../main/services/workspace/layout';
import { Workspace } from '../../../main/services/workspace/workspace';
import { generateAnnotations, generateArticle } from './articles';

export interface WorkspaceWorkload {
  documents: number;
  annotationsPerDocument: number;
  /** About how long each generated article is. */
  articleBytes: number;
  /** Gives a generated annotation its fields (dates, entity links), by document and place; as generated when absent. */
  decorate?: (annotation: StoredAnnotation, document: number, i: number) => StoredAnnotation;
  /** Written to entities.json when given. */
  entities?: readonly Entity[];
  /** Makes a document's annotations (several sets, say); generateAnnotations, all in "default", when absent. */
  annotate?: (text: string, documentIndex: number) => StoredAnnotation[];
}

/**
 * Writes a generated workspace straight to disk, in the store's own file
 * shapes (typed by core/model, ordered by the store's stableStringify, so
 * the files are byte for byte what the store would write) and then opens it
 * through the services to check it is accepted. The store's own way in adds
 * one document at a time and rewrites the manifest each time, which for 5,000
 * documents would take longer than the rest of the bench; durability is not
 * what is measured here, so nothing is fsynced.
 */
export async function writeWorkspace(dir: string, workload: WorkspaceWorkload): Promise<void> {
  const layout = new WorkspaceLayout(dir);
  await mkdir(layout.documentsDir, { recursive: true });
  await mkdir(layout.annotationsDir, { recursive: true });
  const addedAt = '2026-01-01T00:00:00.000Z';
  const indexes = Array.from({ length: workload.documents }, (_, i) => i);
  const entries = await mapConcurrent(indexes, CONCURRENT_READS, async (i): Promise<DocumentEntry> => {
    const text = generateArticle(i, workload.articleBytes);
    const title = `Bench article ${i}`;
    const built = newDocumentFile({ id: `bench-${i}`, text, metadata: { title }, fileName: `article-${i}.txt`, annotations: [] }, 'bench', () => false);
    if (!built.ok) throw new Error(built.error);
    const document = built.value;
    const generated = workload.annotate ? workload.annotate(text, i) : generateAnnotations(text, workload.annotationsPerDocument, i);
    const annotations = (workload.decorate ? generated.map((annotation, k) => workload.decorate?.(annotation, i, k) ?? annotation) : generated).sort(compareAnnotations);
    await writeFile(layout.document(document.id), stableStringify(document));
    await mkdir(layout.documentAnnotations(document.id), { recursive: true });
    for (const set of new Set(annotations.map((annotation) => annotation.set))) {
      const file: SetAnnotationsFile = {
        format: SET_ANNOTATIONS_FORMAT,
        version: SET_ANNOTATIONS_VERSION,
        documentId: document.id,
        set,
        textSha256: document.textSha256,
        annotations: annotations.filter((annotation) => annotation.set === set),
        unplaced: [],
      };
      await writeFile(layout.setAnnotations(document.id, set), stableStringify(file));
    }
    return { id: document.id, title, addedAt, textSha256: document.textSha256, status: 'todo' };
  });
  const manifest: WorkspaceManifest = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Bench',
    created: addedAt,
    documents: entries,
  };
  await writeFile(layout.schema, stableStringify({ format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types: DEFAULT_LABEL_TYPES }));
  await writeFile(layout.manifest, stableStringify(manifest));
  if (workload.entities) await writeFile(layout.entities, stableStringify({ format: ENTITIES_FORMAT, version: ENTITIES_VERSION, entities: workload.entities }));
  const opened = await Workspace.open(dir);
  if (!opened.ok) throw new Error(`the generated workspace is refused: ${opened.error.message}`);
  const [first] = opened.value.entries;
  const loaded = await opened.value.loadDocument(first?.id ?? '');
  if (!loaded.ok || loaded.value.problem || loaded.value.annotations.length !== workload.annotationsPerDocument) {
    throw new Error(`the generated workspace's first document does not load whole: ${loaded.ok ? loaded.value.problem?.message : loaded.error.message}`);
  }
}

/** The workload in words, for the figures' names: "500 docs, 100,000 annotations". */
export function describeWorkload(workload: WorkspaceWorkload): string {
  const annotations = workload.documents * workload.annotationsPerDocument;
  return `${workload.documents.toLocaleString('en')} docs, ${annotations.toLocaleString('en')} annotations`;
}
