import { SUGGESTIONS_SET } from '../../../core/model/suggestions';
import type { ExportSelection } from '../../../core/api/contract';
import type { Problem } from '../../../core/api/contract';
import type { BundleDocument, ExportSource } from '../../../core/formats/bundle';
import { formatNamed, FORMATS } from '../../../core/formats/index';
import { err, ok, type Result } from '../../../core/result';
import { codePointLength } from '../../../core/text/code-points';
import type { Workspace } from '../workspace/workspace';
import { prefetch } from '../files/concurrent';
import { describeFsError, isFileSystemError } from '../files/fs-error';
import { NATIVE_PACKING } from './native-packing';
import { outputRefusal, writeFileOutput, writeFolderOutput } from './output-writer';

/** Documents read ahead of the one being written, so file reads overlap the writing. */
const READ_AHEAD = 8;

/** What to export (the contract's selection, as the app's dialog sends it) and where to write it. */
export type ExportRequest = ExportSelection & { out: string };

export interface ExportSummary {
  documents: number;
  annotations: number;
  /** Damaged annotations files met, each named, whose readable annotations were exported. */
  problems: Problem[];
}

/**
 * Exports a workspace's annotations, reading and writing one document at a
 * time so memory stays flat whatever the workspace's size.
 */
export async function exportAnnotations(
  workspace: Workspace,
  request: ExportRequest,
  /** Told after each document is read for writing, so a caller can show how far it has got. */
  onProgress?: (done: number, total: number) => void,
): Promise<Result<ExportSummary, string>> {
  const format = formatNamed(request.format);
  if (!format) return err(`unknown format "${request.format}" (one of ${FORMATS.map((f) => f.name).join(', ')})`);
  const unknownDocs = (request.documentIds ?? []).filter((id) => !workspace.has(id));
  if (unknownDocs.length > 0) return err(`no document ${unknownDocs.map((id) => `"${id}"`).join(', ')} in this workspace`);
  const unknownTypes = (request.types ?? []).filter((id) => !workspace.labelTypes.some((type) => type.id === id));
  if (unknownTypes.length > 0) return err(`no type ${unknownTypes.map((id) => `"${id}"`).join(', ')} in this workspace's schema`);
  // Exported with the default types instead, the file would misname every annotation's type.
  const schema = workspace.schemaProblem;
  if (schema) return err(`${schema.message} (gloss validate says more); nothing was exported`);
  const refusal = await outputRefusal(request.out, workspace.dir);
  if (refusal !== null) return err(refusal);
  const wanted = new Set(request.documentIds ?? workspace.entries.map((entry) => entry.id));
  const ids = workspace.entries.map((entry) => entry.id).filter((id) => wanted.has(id));
  const summary: ExportSummary = { documents: 0, annotations: 0, problems: [] };
  const types = request.types ? workspace.labelTypes.filter((type) => request.types?.includes(type.id)) : workspace.labelTypes;
  const keep = (annotation: { type: string; set: string }) =>
    (!request.types || request.types.includes(annotation.type)) &&
    // Suggestions leave the workspace only when that set is asked for by name.
    (request.set === undefined ? annotation.set !== SUGGESTIONS_SET : annotation.set === request.set);
  let passes = 0;
  const { entities } = await workspace.entities.list();
  const source: ExportSource = {
    set: request.set ?? null,
    types,
    entities,
    packing: NATIVE_PACKING,
    async *documents(): AsyncIterable<BundleDocument> {
      passes++;
      for await (const stored of prefetch(ids, READ_AHEAD, (id) => workspace.readForExport(id))) {
        // Without its text a document cannot be exported; a damaged annotations file is salvaged instead.
        if (!stored.ok) throw new Error(stored.error.message);
        const { document, problem } = stored.value;
        const annotations = stored.value.annotations.filter(keep);
        const linkable = stored.value.annotations.filter((annotation) => !keep(annotation));
        const beyond = annotationBeyondText(document.text, annotations);
        if (beyond) throw new Error(`annotations/${document.id}.json: annotation "${beyond}" lies beyond the end of the document's text (gloss validate says more); nothing was exported`);
        if (passes === 1) {
          summary.documents++;
          summary.annotations += annotations.length;
          onProgress?.(summary.documents, ids.length);
          if (problem) summary.problems.push(problem);
        }
        yield {
          id: document.id,
          text: document.text,
          metadata: document.metadata,
          ...(document.provenance.fileName !== undefined ? { fileName: document.provenance.fileName } : {}),
          textSha256: document.textSha256,
          annotations,
          ...(linkable.length > 0 ? { linkable } : {}),
        };
      }
    },
  };
  try {
    const pieces = format.serialize(source);
    await (format.output === 'file' ? writeFileOutput(request.out, pieces) : writeFolderOutput(request.out, pieces));
  } catch (error) {
    // A file-system failure is said in words and names the output; the formats' own errors already say what they are.
    return err(isFileSystemError(error) ? `${request.out} could not be written: ${describeFsError(error)}` : describeFsError(error));
  }
  return ok(summary);
}

/** The id of the first annotation with a fragment past the end of the text (the file was edited by hand, or is damaged), or null. */
function annotationBeyondText(text: string, annotations: readonly { id: string; fragments: readonly { end: number }[] }[]): string | null {
  const length = codePointLength(text);
  return annotations.find((annotation) => annotation.fragments.some((fragment) => fragment.end > length))?.id ?? null;
}
