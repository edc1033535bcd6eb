import { readEveryAnnotationsFile } from './every-annotations-file';
import type { Workspace } from './workspace';

export interface SetCount {
  name: string;
  annotations: number;
}

/**
 * Every annotation set in the workspace with its size, by name, from the
 * stored annotations alone (the document texts are not needed). A damaged
 * file is named in `problems`; what could be read of it still counts.
 */
export async function annotationSets(workspace: Workspace): Promise<{ sets: SetCount[]; problems: string[] }> {
  const counts = new Map<string, number>();
  const { byDocument, problems } = await readEveryAnnotationsFile(workspace);
  for (const annotations of byDocument.values()) {
    for (const annotation of annotations) counts.set(annotation.set, (counts.get(annotation.set) ?? 0) + 1);
  }
  const sets = [...counts].map(([name, annotations]) => ({ name, annotations })).sort((a, b) => a.name.localeCompare(b.name));
  return { sets, problems };
}
