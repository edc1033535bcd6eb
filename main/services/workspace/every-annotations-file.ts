import { ANNOTATIONS_FILE, type StoredAnnotation } from '../../../core/model/annotation';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { ConfinedFiles } from './confined-files';
import { readGlossFile } from './json-file';
import { WorkspaceLayout } from './layout';
import type { Workspace } from './workspace';

/**
 * Every document's annotations as stored, read from the annotations files
 * alone (the texts are not needed, nothing is placed or written), for
 * questions about the whole workspace: its sets, the entities it links. A
 * file that cannot be read is named in `problems`; the others still count.
 */
export async function readEveryAnnotationsFile(
  workspace: Workspace,
): Promise<{ byDocument: Map<string, readonly StoredAnnotation[]>; problems: string[] }> {
  const layout = new WorkspaceLayout(workspace.dir);
  const files = new ConfinedFiles(workspace.dir);
  const byDocument = new Map<string, readonly StoredAnnotation[]>();
  const problems: string[] = [];
  const reads = await mapConcurrent(workspace.entries, CONCURRENT_READS, async ({ id }) => ({
    id,
    read: await readGlossFile(layout.annotations(id), ANNOTATIONS_FILE, files.read),
  }));
  for (const { id, read } of reads) {
    if (read.ok) byDocument.set(id, read.value.value.annotations);
    else problems.push(`${layout.display(layout.annotations(id))} ${read.error}`);
  }
  return { byDocument, problems };
}
