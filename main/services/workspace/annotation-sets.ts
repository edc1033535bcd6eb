import { ANNOTATIONS_FILE } from '../../../core/model/annotation';
import { mapConcurrent } from '../files/concurrent';
import { ConfinedFiles } from './confined-files';
import { readGlossFile } from './json-file';
import { WorkspaceLayout } from './layout';
import type { Workspace } from './workspace';

/** Files read at once: enough to overlap disk waits, few enough to stay far from file-handle limits. */
const CONCURRENT_FILES = 16;

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
  const layout = new WorkspaceLayout(workspace.dir);
  const files = new ConfinedFiles(workspace.dir);
  const counts = new Map<string, number>();
  const problems: string[] = [];
  const reads = await mapConcurrent(workspace.entries, CONCURRENT_FILES, async (entry) => ({
    path: layout.annotations(entry.id),
    read: await readGlossFile(layout.annotations(entry.id), ANNOTATIONS_FILE, files.read),
  }));
  for (const { path, read } of reads) {
    if (!read.ok) {
      problems.push(`${layout.display(path)} ${read.error}`);
      continue;
    }
    for (const annotation of read.value.value.annotations) counts.set(annotation.set, (counts.get(annotation.set) ?? 0) + 1);
  }
  const sets = [...counts].map(([name, annotations]) => ({ name, annotations })).sort((a, b) => a.name.localeCompare(b.name));
  return { sets, problems };
}
