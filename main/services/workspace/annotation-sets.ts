import type { StoredAnnotation } from '../../../core/model/annotation';
import { err, ok, type Result } from '../../../core/result';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { readEveryAnnotationsFile } from './every-annotations-file';
import { WorkspaceLayout } from './layout';
import type { Workspace } from './workspace';

export interface SetCount {
  name: string;
  annotations: number;
}

/**
 * Every annotation set in the workspace with its size, by name, read from the
 * annotations files alone (the document texts are not needed). A file that
 * cannot be read is named in `problems`; the others still count.
 */
export async function annotationSets(workspace: Workspace): Promise<{ sets: SetCount[]; problems: string[] }> {
  const counts = new Map<string, number>();
  const { byDocument, problems } = await setsByDocument(workspace);
  for (const sets of byDocument.values()) for (const [name, n] of sets) counts.set(name, (counts.get(name) ?? 0) + n);
  const sets = [...counts].map(([name, annotations]) => ({ name, annotations })).sort((a, b) => a.name.localeCompare(b.name));
  return { sets, problems };
}

/** Each document's sets and their sizes, from the annotations files alone. */
async function setsByDocument(workspace: Workspace): Promise<{ byDocument: Map<string, Map<string, number>>; problems: string[] }> {
  const read = await readEveryAnnotationsFile(workspace);
  const byDocument = new Map<string, Map<string, number>>();
  for (const [id, annotations] of read.byDocument) {
    const sets = new Map<string, number>();
    for (const annotation of annotations) sets.set(annotation.set, (sets.get(annotation.set) ?? 0) + 1);
    byDocument.set(id, sets);
  }
  return { byDocument, problems: read.problems };
}

/**
 * Removes every annotation of one set from the workspace (a colleague's
 * import the analyst no longer wants). All or nothing: each document holding
 * the set is opened first, and if any cannot be written nothing is.
 */
export async function removeAnnotationSet(
  workspace: Workspace,
  set: string,
): Promise<Result<{ annotations: number; documents: number }, string[]>> {
  const layout = new WorkspaceLayout(workspace.dir);
  const { byDocument, problems } = await setsByDocument(workspace);
  const holding = [...byDocument].filter(([, sets]) => sets.has(set)).map(([id]) => id);
  const saves: [string, StoredAnnotation[]][] = [];
  let removed = 0;
  // Opened (as the reader would) only where the set is, to write them back.
  const loads = await mapConcurrent(holding, CONCURRENT_READS, async (id) => ({ id, loaded: await workspace.loadDocument(id) }));
  for (const { id, loaded } of loads) {
    if (!loaded.ok) {
      problems.push(loaded.error.message);
      continue;
    }
    const kept = loaded.value.annotations.filter((annotation) => annotation.set !== set);
    if (kept.length === loaded.value.annotations.length) continue;
    if (loaded.value.readOnly) problems.push(`${layout.display(layout.annotations(id))} cannot be written: ${loaded.value.problem?.message ?? 'it is read-only'}`);
    removed += loaded.value.annotations.length - kept.length;
    saves.push([id, kept]);
  }
  if (problems.length > 0) return err(problems);
  const saved = await workspace.saveMany(saves);
  if (!saved.ok) return err([saved.error.message]);
  await workspace.flush();
  return ok({ annotations: removed, documents: saves.length });
}
