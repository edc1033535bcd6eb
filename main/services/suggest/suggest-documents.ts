import { randomUUID } from 'node:crypto';
import type { Problem } from '../../../core/api/contract';
import { articleReferenceDate } from '../../../core/fields/natural-date';
import type { DocumentId } from '../../../core/model/ids';
import { SUGGESTIONS_SET } from '../../../core/model/suggestions';
import { suggest } from '../../../core/suggest/suggest';
import { suggestionKey, suggestionsToAnnotations } from '../../../core/suggest/to-annotations';
import type { Workspace } from '../workspace/workspace';

export interface SuggestSummary {
  documents: number;
  /** Suggestions written, and those left out because the analyst rejected them before or the document already has them. */
  suggested: number;
  leftOut: number;
  entitiesCreated: number;
  problems: Problem[];
}

/** An id that is a safe file name (core/model/ids.ts). */
const newId = () => randomUUID();

/**
 * Runs the suggestion engine on documents and writes what it finds as the
 * `suggestions` set, through the store. A suggestion the analyst rejected
 * before, or one already in any set (accepted, or suggested by an earlier
 * run), is not made again; `replace` first removes the documents' earlier
 * suggestions, so only this run's remain. Speakers, actors and claimants link
 * to the workspace's entities, new ones created first.
 */
export async function suggestDocuments(workspace: Workspace, ids: readonly DocumentId[], replace: boolean): Promise<SuggestSummary> {
  const summary: SuggestSummary = { documents: 0, suggested: 0, leftOut: 0, entitiesCreated: 0, problems: [] };
  const rejections = await workspace.rejections.list();
  if (rejections.problem) summary.problems.push(rejections.problem);
  for (const id of ids) {
    const read = await workspace.readDocumentAndAnnotations(id);
    if (!read.ok) {
      summary.problems.push(read.error);
      continue;
    }
    const { document, reading } = read.value;
    if (reading.readOnly || reading.problem) {
      summary.problems.push({ file: id, message: `its annotations: ${reading.problem?.message ?? reading.readOnly}; no suggestions were made` });
      continue;
    }
    const kept = replace ? reading.annotations.filter((annotation) => annotation.set !== SUGGESTIONS_SET) : reading.annotations;
    const rejected = await workspace.rejections.keysFor(id);
    const skip = new Set([...rejected, ...kept.map(suggestionKey)]);
    const found = suggest({ text: document.text, language: document.metadata.language, reference: articleReferenceDate(document.metadata) });
    const { entities } = await workspace.entities.list();
    const made = suggestionsToAnnotations(document.text, found, entities, { newId, now: new Date().toISOString(), skip });
    if (made.creates.length > 0) {
      const created = await workspace.entities.edit(made.creates);
      if (!created.ok) {
        summary.problems.push(created.error);
        continue;
      }
    }
    // The store writes only documents it holds open, so it knows what it writes over.
    const opened = await workspace.loadDocument(id, read.value);
    if (!opened.ok) {
      summary.problems.push(opened.error);
      continue;
    }
    const saved = await workspace.saveAnnotations(id, [...kept, ...made.annotations]);
    if (!saved.ok) {
      summary.problems.push(saved.error);
      continue;
    }
    summary.documents++;
    summary.suggested += made.annotations.length;
    summary.leftOut += found.length - made.annotations.length;
    summary.entitiesCreated += made.creates.length;
  }
  return summary;
}
