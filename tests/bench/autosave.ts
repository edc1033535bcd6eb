import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelName } from '../../core/api/contract';
import type { StoredAnnotation } from '../../core/model/annotation';
import { dispatch } from '../../main/services/api/dispatch';
import { newDocumentFile } from '../../main/services/exchange/new-document';
import { Workspace } from '../../main/services/workspace/workspace';
import { startHarness, type Harness } from '../harness/server';
import { step } from './deadline';
import { percentile, ratioToFloor, type BenchResult } from './types';
import { generateAnnotations, generateArticle } from './workloads/articles';

const SAVES = 60;
const SMALL = 100;
const LARGE = 10_000;
/** Both documents have the same text, so only the number of annotations differs. */
const ARTICLE_BYTES = 400_000;
const SAVE_LIMIT_MS = 10_000;
/** Autosave of one change: p95 at most this, in any document. */
const AUTOSAVE_P95_MS = 10;
/** …and at most this multiple of the same figure in a document of 100 annotations. */
const GROWTH_RATIO = 1.2;

/** A workspace with one document of `SMALL` and one of `LARGE` annotations, written through the services. */
async function buildWorkspace(dir: string): Promise<void> {
  const created = await Workspace.create(dir, 'Autosave');
  if (!created.ok) throw new Error(created.error.message);
  const workspace = created.value;
  const text = generateArticle(1, ARTICLE_BYTES);
  for (const count of [SMALL, LARGE]) {
    const document = newDocumentFile({ id: `autosave-${count}`, text, metadata: { title: `${count} annotations` }, annotations: [] }, 'bench', () => false);
    if (!document.ok) throw new Error(document.error);
    await workspace.addDocument(document.value);
    const loaded = await workspace.loadDocument(document.value.id);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const saved = await workspace.saveAnnotations(document.value.id, generateAnnotations(text, count, count));
    if (!saved.ok) throw new Error(saved.error.message);
  }
  await workspace.flush();
}

/** Opens a document through the API, as the reader does, and returns the annotation the analyst will change. */
async function openForEditing(harness: Harness, documentId: string): Promise<StoredAnnotation> {
  const loaded = await harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const [first] = loaded.value.annotations;
  if (!first) throw new Error(`${documentId} has no annotation to change`);
  return first;
}

/**
 * One autosave after the analyst changed one annotation, through the
 * services' API entry (the contract's request check, then the store), as the
 * renderer's autosave calls it: the changed annotation alone.
 */
async function saveOneChange(harness: Harness, documentId: string, annotation: StoredAnnotation, edit: number): Promise<number> {
  const request = { documentId, upsert: [{ ...annotation, note: `edit ${edit}` }], remove: [] };
  const start = performance.now();
  const saved = await dispatch(harness.handlers, 'saveChanges' satisfies ChannelName, request);
  const ms = performance.now() - start;
  if (!saved.ok) throw new Error(saved.error.message);
  return ms;
}

/** Every file under `dir` with its size and modification time, to tell afterwards which a save wrote. */
async function fileStates(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (path) => [path, await stat(path, { bigint: true }).then((info) => `${info.size}:${info.mtimeNs}`, () => 'gone')] as const)));
}

/**
 * Files new or changed between two states. Compared by size and mtime in
 * nanoseconds rather than against a clock read before the save: the file
 * system stamps mtimes from a coarser clock, so an append a millisecond
 * after that reading could carry an earlier time and not be counted (the
 * figure read 0 files while every save appends to a journal).
 */
function filesChanged(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): number {
  return [...after].filter(([path, state]) => before.get(path) !== state).length;
}

/** Autosave of one change in a document of 10,000 annotations, against the same in one of 100. */
export async function autosaveFigures(root: string): Promise<BenchResult[]> {
  const dir = join(root, 'autosave');
  await step('writing the autosave workload', 120_000, () => buildWorkspace(dir));
  const harness = await step('starting the harness for autosave', 60_000, () => startHarness({ workspace: dir, preferencesDir: join(root, 'autosave-preferences') }));
  try {
    const documents = await Promise.all(
      [SMALL, LARGE].map(async (count) => {
        const id = `autosave-${count}`;
        return { id, annotation: await openForEditing(harness, id), times: [] as number[] };
      }),
    );
    let written = 0;
    // Alternating, so a burst of load on the machine falls on both documents alike.
    for (let edit = 0; edit < SAVES; edit++) {
      for (const { id, annotation, times } of documents) {
        const before = edit === SAVES - 1 ? await fileStates(dir) : null;
        times.push(await step(`autosave ${edit + 1} of ${id}`, SAVE_LIMIT_MS, () => saveOneChange(harness, id, annotation, edit)));
        if (before) written = Math.max(written, filesChanged(before, await fileStates(dir)));
      }
    }
    const [small = Number.NaN, large = Number.NaN] = documents.map(({ times }) => percentile(times, 95));
    return [
      { name: `workspace: autosave of one change, p95 of ${SAVES}, ${LARGE.toLocaleString('en')} annotations`, value: large, unit: 'ms', target: AUTOSAVE_P95_MS, better: 'lower' },
      { name: `workspace: autosave of one change, p95 of ${SAVES}, ${SMALL} annotations`, value: small, unit: 'ms', target: AUTOSAVE_P95_MS, better: 'lower' },
      ratioToFloor(`workspace: autosave p95, ${LARGE.toLocaleString('en')} ÷ ${SMALL} annotations`, { value: large, floor: small, unit: 'ms' }, GROWTH_RATIO),
      { name: 'workspace: files written by that autosave', value: written, unit: 'files', target: 1, better: 'lower' },
    ];
  } finally {
    await harness.close();
  }
}
