import { setImmediate as nextTurn } from 'node:timers/promises';
import { adjudicationProgress } from '../../../core/agreement/adjudication';
import type { DocumentId } from '../../../core/model/ids';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from '../workspace/workspace';
import type { AnnotationsSource } from './workspace-agreement';

/** How far one document's adjudication is: the sets compared in it, its items and how many are decided. */
interface DocumentProgress {
  documentId: DocumentId;
  sets: number;
  items: number;
  decided: number;
}

/**
 * Every document's adjudication progress into the gold set `gold`, derived
 * as the Adjudicate view derives the open document's (core/agreement,
 * adjudicationProgress): the sets present in the document but gold and
 * those left out, aligned, and each item decided when gold holds it or its
 * key is among the rejected ones. Files that could be read only in part,
 * or not at all, are named; what could be read counts.
 */
export async function workspaceAdjudicationProgress(
  workspace: Workspace,
  gold: string,
  leftOut: readonly string[],
  source: AnnotationsSource,
): Promise<{ documents: DocumentProgress[]; problems: string[] }> {
  const excluded = new Set(leftOut);
  const problems: string[] = [];
  const documents = await mapConcurrent(workspace.entries, CONCURRENT_READS, async ({ id }): Promise<DocumentProgress> => {
    const [{ annotations, problem }, rejected] = await Promise.all([source(id), workspace.adjudication.rejected(id, gold)]);
    if (problem) problems.push(problem);
    if (!rejected.ok) problems.push(rejected.error.message);
    // One document of 3 sets × 500 aligns in about 6 ms of CPU, a team's 6 × 1,000 in several times that: a turn of the event loop between documents lets the saves made meanwhile in.
    await nextTurn();
    return { documentId: id, ...adjudicationProgress(annotations, gold, excluded, new Set(rejected.ok ? rejected.value : [])) };
  });
  return { documents, problems };
}
