import type { StoredAnnotation } from '../../../core/model/annotation';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from './workspace';

/**
 * Every document's annotations as stored, read through the workspace's store
 * without the texts (nothing is placed or written), for questions about the
 * whole workspace: its sets, the entities it links. A damaged file is named in
 * `problems`; what could be read of it still counts.
 */
export async function readEveryAnnotationsFile(
  workspace: Workspace,
): Promise<{ byDocument: Map<string, readonly StoredAnnotation[]>; problems: string[] }> {
  const byDocument = new Map<string, readonly StoredAnnotation[]>();
  const problems: string[] = [];
  const reads = await mapConcurrent(workspace.entries, CONCURRENT_READS, async ({ id }) => ({ id, stored: await workspace.readStoredAnnotations(id) }));
  for (const { id, stored } of reads) {
    byDocument.set(id, stored.annotations);
    if (stored.problem) problems.push(stored.problem.message);
  }
  return { byDocument, problems };
}
