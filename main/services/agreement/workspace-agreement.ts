import { computeAgreement, type AgreementDocument } from '../../../core/agreement/agreement';
import type { AgreementReport } from '../../../core/agreement/agreement-report';
import { err, ok, type Result } from '../../../core/result';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { DocumentEntry } from '../../../core/model/workspace';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from '../workspace/workspace';
import { documentLengths } from './document-lengths';

/** Which sets to compare, on which types and documents (all of them when absent). */
export interface AgreementChoice {
  sets: readonly string[];
  types?: readonly string[] | undefined;
  documentIds?: readonly string[] | undefined;
}

/** The report, and the files that could only be read in part (named; what could be read was counted). */
export interface WorkspaceAgreement {
  report: AgreementReport;
  problems: string[];
}

const listed = (names: Iterable<string>) => [...names].map((name) => `“${name}”`).join(', ');

/** A document's annotations of every set as saved, and what was wrong with their files (null when nothing). */
export type AnnotationsSource = (documentId: string) => Promise<{ annotations: readonly StoredAnnotation[]; problem: string | null }>;

/** Reads them from the files, through the store: the command line, which holds nothing in memory. */
export const fromFiles =
  (workspace: Workspace): AnnotationsSource =>
  async (documentId) => {
    const { annotations, problem } = await workspace.readStoredAnnotations(documentId);
    return { annotations, problem: problem?.message ?? null };
  };

/**
 * Agreement between sets of a workspace, with the annotations from `source`
 * (the open workspace's index in the app, the files on the command line) and
 * the documents' lengths (read once per text). Refuses, with the reason,
 * fewer than two sets, a set with no annotation in the documents chosen (most
 * often a misspelt name: the sets there are listed), and an unknown type or
 * document.
 */
export async function workspaceAgreement(workspace: Workspace, choice: AgreementChoice, source: AnnotationsSource): Promise<Result<WorkspaceAgreement, string>> {
  const sets = [...new Set(choice.sets)];
  if (sets.length < 2) return err('agreement needs two or more different sets');
  const known = new Map(workspace.labelTypes.map((type) => [type.id, type]));
  const unknownTypes = (choice.types ?? []).filter((id) => !known.has(id));
  if (unknownTypes.length > 0) return err(`no type ${listed(unknownTypes)} in the schema (types: ${listed(known.keys())})`);
  const types = choice.types ? choice.types.map((id) => known.get(id)).filter((type) => type !== undefined) : [...known.values()];
  const unknownDocuments = (choice.documentIds ?? []).filter((id) => !workspace.has(id));
  if (unknownDocuments.length > 0) return err(`no document ${listed(unknownDocuments)} in this workspace`);
  const chosen = choice.documentIds ? new Set(choice.documentIds) : null;
  const entries = workspace.entries.filter((entry) => chosen === null || chosen.has(entry.id));
  const lengths = await documentLengths(workspace, entries);
  if (!lengths.ok) return err(lengths.error.message);
  const problems: string[] = [];
  const documents: AgreementDocument[] = [];
  const read = await mapConcurrent(entries, CONCURRENT_READS, (entry) => source(entry.id));
  for (const [i, { annotations, problem }] of read.entries()) {
    const { id, title } = entries[i] as DocumentEntry;
    if (problem) problems.push(problem);
    documents.push({ id, title, length: lengths.value.get(id) ?? 0, annotations });
  }
  const present = new Set(documents.flatMap((document) => document.annotations.map((annotation) => annotation.set)));
  const missing = sets.filter((set) => !present.has(set));
  if (missing.length > 0) {
    const there = present.size > 0 ? `the sets there are ${listed([...present].sort())}` : 'they hold no annotations';
    return err(`no annotation of set ${listed(missing)} in the documents chosen; ${there}`);
  }
  return ok({ report: computeAgreement({ sets, types, documents }), problems });
}
