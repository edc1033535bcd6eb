import { computeAgreement, type AgreementDocument } from '../../../core/agreement/agreement';
import type { AgreementReport } from '../../../core/agreement/agreement-report';
import { err, ok, type Result } from '../../../core/result';
import { codePointLength } from '../../../core/text/code-points';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import type { Workspace } from '../workspace/workspace';

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

/**
 * Agreement between sets of a workspace, read through the store (documents
 * for their length, annotations files salvaged where damaged). Refuses, with
 * the reason, fewer than two sets, a set with no annotation in the documents
 * chosen (most often a misspelt name: the sets there are listed), and an
 * unknown type or document.
 */
export async function workspaceAgreement(workspace: Workspace, choice: AgreementChoice): Promise<Result<WorkspaceAgreement, string>> {
  const sets = [...new Set(choice.sets)];
  if (sets.length < 2) return err('agreement needs two or more different sets');
  const known = new Map(workspace.labelTypes.map((type) => [type.id, type]));
  const unknownTypes = (choice.types ?? []).filter((id) => !known.has(id));
  if (unknownTypes.length > 0) return err(`no type ${listed(unknownTypes)} in the schema (types: ${listed(known.keys())})`);
  const types = choice.types ? choice.types.map((id) => known.get(id)).filter((type) => type !== undefined) : [...known.values()];
  const unknownDocuments = (choice.documentIds ?? []).filter((id) => !workspace.has(id));
  if (unknownDocuments.length > 0) return err(`no document ${listed(unknownDocuments)} in this workspace`);
  const ids = choice.documentIds ?? workspace.entries.map((entry) => entry.id);
  const titles = new Map(workspace.entries.map((entry) => [entry.id, entry.title]));
  const problems: string[] = [];
  const documents: AgreementDocument[] = [];
  const read = await mapConcurrent(ids, CONCURRENT_READS, (id) => workspace.readForExport(id));
  for (const [i, reading] of read.entries()) {
    if (!reading.ok) return err(reading.error.message);
    const { document, annotations, problem } = reading.value;
    if (problem) problems.push(problem.message);
    documents.push({ id: ids[i] as string, title: titles.get(document.id) ?? document.metadata.title, length: codePointLength(document.text), annotations });
  }
  const present = new Set(documents.flatMap((document) => document.annotations.map((annotation) => annotation.set)));
  const missing = sets.filter((set) => !present.has(set));
  if (missing.length > 0) {
    const there = present.size > 0 ? `the sets there are ${listed([...present].sort())}` : 'they hold no annotations';
    return err(`no annotation of set ${listed(missing)} in the documents chosen; ${there}`);
  }
  return ok({ report: computeAgreement({ sets, types, documents }), problems });
}
