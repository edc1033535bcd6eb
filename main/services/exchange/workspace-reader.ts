import { ANNOTATIONS_FILE, type StoredAnnotation } from '../../../core/model/annotation';
import { DOCUMENT_FILE, type DocumentFile } from '../../../core/model/document';
import { err, ok, type Result } from '../../../core/result';
import { ConfinedFiles } from '../workspace/confined-files';
import { readGlossFile } from '../workspace/json-file';
import { WorkspaceLayout } from '../workspace/layout';

/**
 * Reads one document and its stored annotations straight from the workspace
 * files, without keeping them (Workspace.loadDocument remembers every
 * document it opens, which a 500-document export must not do). Reads are
 * confined to the workspace folder as the workspace's own are: a symbolic link
 * out of it must not leak another file into an export.
 */
export async function readStored(dir: string, id: string): Promise<Result<{ document: DocumentFile; annotations: StoredAnnotation[] }, string>> {
  const layout = new WorkspaceLayout(dir);
  const { read } = new ConfinedFiles(dir);
  const document = await readGlossFile(layout.document(id), DOCUMENT_FILE, read);
  if (!document.ok) return err(`${layout.display(layout.document(id))} ${document.error}`);
  const annotations = await readGlossFile(layout.annotations(id), ANNOTATIONS_FILE, read);
  if (!annotations.ok) return err(`${layout.display(layout.annotations(id))} ${annotations.error}`);
  return ok({ document: document.value.value, annotations: annotations.value.value.annotations });
}
