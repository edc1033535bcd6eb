import type { Bundle, BundleDocument, KnownDocument } from '../../../core/formats/bundle';
import { FORMATS, formatNamed } from '../../../core/formats/index';
import { completeTypes } from '../../../core/formats/infer-types';
import { planEntityImport, relinkEntities } from '../../../core/formats/entity-import';
import { applyEntityEdits, type EntityEdit } from '../../../core/entities/entity-edits';
import { fragmentFits } from '../../../core/anchoring/fragment';
import { parseStoredAnnotation, type StoredAnnotation } from '../../../core/model/annotation';
import type { DocumentFile } from '../../../core/model/document';
import { withFreshIds } from '../../../core/model/duplicate-ids';
import { SCHEMA_FILE, SCHEMA_FORMAT, SCHEMA_VERSION, type LabelType } from '../../../core/model/label-types';
import { err, ok, type Result } from '../../../core/result';
import { CodePointIndex } from '../../../core/text/code-points';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import type { Workspace } from '../workspace/workspace';
import { CONCURRENT_READS, mapConcurrent } from '../files/concurrent';
import { readInputFiles } from './input-files';
import { mergeTypes } from './merge-types';
import { newDocumentFile } from './new-document';

export const DEFAULT_IMPORT_SET = 'imported';

export interface ImportRequest {
  format: string;
  files: readonly string[];
  set?: string;
}

export interface ImportSummary {
  set: string;
  annotations: number;
  documents: number;
  newDocuments: number;
  /** Types and fields ("type.field") added to the schema. */
  addedToSchema: string[];
}

/** Everything an import will write, checked before the first write. */
interface Plan {
  types: LabelType[] | null;
  newDocuments: DocumentFile[];
  annotations: Map<string, StoredAnnotation[]>;
}

/** What is in the workspace: texts to anchor against (with their annotations' ids) and the sets in use. */
interface Survey {
  known: KnownDocument[];
  sets: Set<string>;
}

/** What the survey keeps of one document: not its annotations, so a large workspace is never held in memory at once. */
type Surveyed = { ok: true; known: KnownDocument; sets: Set<string> } | { ok: false; problem: string };

/**
 * Reads every document once, writing nothing; a file that cannot be read
 * whole refuses the import (it may not be written, or may hold ids unseen).
 */
async function survey(workspace: Workspace): Promise<Result<Survey, string[]>> {
  const read = async (id: string): Promise<Surveyed> => {
    const [document, stored] = await Promise.all([workspace.readDocument(id), workspace.readStoredAnnotations(id)]);
    if (!document.ok) return { ok: false, problem: document.error.message };
    if (stored.problem) return { ok: false, problem: stored.problem.message };
    // Annotations waiting for review keep their ids and sets too.
    const annotations = [...stored.annotations, ...stored.unplaced.flatMap((item) => (item.annotation ? [item.annotation] : []))];
    const { text, textSha256, metadata, provenance } = document.value;
    return {
      ok: true,
      known: {
        id,
        text,
        textSha256,
        ...(metadata.url !== undefined ? { url: metadata.url } : {}),
        annotationIds: annotations.map((a) => a.id),
        ...(provenance.fileName ? { fileName: provenance.fileName } : {}),
      },
      sets: new Set(annotations.map((a) => a.set)),
    };
  };
  const found: Survey = { known: [], sets: new Set() };
  const problems: string[] = [];
  for (const surveyed of await mapConcurrent(workspace.entries, CONCURRENT_READS, (entry) => read(entry.id))) {
    if (!surveyed.ok) {
      problems.push(surveyed.problem);
      continue;
    }
    found.known.push(surveyed.known);
    for (const set of surveyed.sets) found.sets.add(set);
  }
  return problems.length > 0 ? err(problems) : ok(found);
}

/** The set each imported annotation goes into: the new name, or name/original when the file held several sets. */
function setNamer(bundle: Bundle, name: string): (original: string) => string {
  const sets = new Set(bundle.documents.flatMap((d) => d.annotations.map((a) => a.set)));
  return sets.size > 1 ? (original) => `${name}/${original}` : () => name;
}

function plan(
  workspace: Workspace,
  bundle: Bundle,
  format: string,
  setName: string,
  known: readonly KnownDocument[],
): Result<Plan & { added: string[] }, string[]> {
  const problems: string[] = [];
  const merged = mergeTypes(workspace.labelTypes, completeTypes(bundle.types, bundle.documents));
  const schema = parseUnknown(SCHEMA_FILE.schema, { format: SCHEMA_FORMAT, version: SCHEMA_VERSION, types: merged.types });
  if (!schema.ok) problems.push(`the schema with the imported types would not be valid: ${schema.error}`);
  const namer = setNamer(bundle, setName);
  const result: Plan = { types: merged.added.length > 0 ? merged.types : null, newDocuments: [], annotations: new Map() };
  const newIds = new Set<string>();
  const byText = new Map(known.map((d) => [d.text, d.id]));
  const byId = new Map(known.map((d) => [d.id, d]));
  const sameText = (id: string, text: string) => byId.get(id)?.text === text;
  for (const document of bundle.documents) {
    // A document is the workspace's when its id and text match, or its text alone; otherwise it is new.
    let id = sameText(document.id, document.text) ? document.id : byText.get(document.text);
    if (id === undefined) {
      const created = newDocumentFile(document, format, (candidate) => workspace.has(candidate) || newIds.has(candidate));
      if (!created.ok) {
        problems.push(created.error);
        continue;
      }
      id = created.value.id;
      newIds.add(id);
      result.newDocuments.push(created.value);
    }
    // Two files may bring annotations to one document: the second must not reuse the first's ids.
    const planned = result.annotations.get(id) ?? [];
    const taken = new Set([...(byId.get(id)?.annotationIds ?? []), ...planned.map((a) => a.id)]);
    const annotations = checkAnnotations(document, withFreshIds(document.annotations, taken).map((a) => ({ ...a, set: namer(a.set) })));
    if (!annotations.ok) problems.push(...annotations.error);
    else result.annotations.set(id, [...planned, ...annotations.value]);
  }
  return problems.length > 0 ? err(problems) : ok({ ...result, added: merged.added });
}

function checkAnnotations(document: BundleDocument, annotations: readonly StoredAnnotation[]): Result<StoredAnnotation[], string[]> {
  const index = new CodePointIndex(document.text);
  const problems: string[] = [];
  const checked: StoredAnnotation[] = [];
  for (const annotation of annotations) {
    const valid = parseStoredAnnotation(annotation);
    if (!valid.ok) problems.push(`document ${document.id}, annotation ${annotation.id}: ${valid.error}`);
    else if (!valid.value.fragments.every((f) => fragmentFits(index, f))) problems.push(`document ${document.id}, annotation ${annotation.id}: does not fit the text`);
    else checked.push(valid.value);
  }
  return problems.length > 0 ? err(problems) : ok(checked);
}

/** The entities the file brings, matched to the workspace's or to be created (checked here, before any write), and the annotations linked to them. */
async function importedEntities(
  workspace: Workspace,
  bundle: Bundle,
  planned: ReadonlyMap<string, StoredAnnotation[]>,
  now: string,
): Promise<Result<{ edits: EntityEdit[]; annotations: Map<string, StoredAnnotation[]> }, string[]>> {
  if (!bundle.entities || bundle.entities.length === 0) return ok({ edits: [], annotations: new Map(planned) });
  const current = await workspace.entities.list();
  const { edits, ids } = planEntityImport(current.entities, bundle.entities, [...planned.values()].flat());
  if (edits.length > 0) {
    if (current.readOnly) return err([`the file brings new entities, but ${current.readOnly}`]);
    const checked = applyEntityEdits(current.entities, edits, now);
    if (!checked.ok) return err([`the file's entities cannot join the workspace's: ${checked.error}`]);
  }
  const annotations = new Map([...planned].map(([id, list]) => [id, list.map((annotation) => relinkEntities(annotation, ids))]));
  return ok({ edits, annotations });
}

/**
 * Imports annotations as a new named set. Everything is read, anchored and
 * validated first; only then is anything written, so an import that fails
 * leaves the workspace exactly as it was.
 */
export async function importAnnotations(workspace: Workspace, request: ImportRequest, now = new Date().toISOString()): Promise<Result<ImportSummary, string[]>> {
  const format = formatNamed(request.format);
  if (!format?.parse) return err([`cannot import the "${request.format}" format (${FORMATS.filter((f) => f.parse).map((f) => f.name).join(', ')} can be imported)`]);
  const setName = request.set ?? DEFAULT_IMPORT_SET;
  // Both only read, so their disk waits overlap.
  const [files, existing] = await Promise.all([readInputFiles(format.name, request.files), survey(workspace)]);
  if (!files.ok) return files;
  if (!existing.ok) return existing;
  if ([...existing.value.sets].some((set) => set === setName || set.startsWith(`${setName}/`))) {
    return err([`the set "${setName}" is already in this workspace; choose another name with --set`]);
  }
  const parsed = format.parse(files.value, { documents: existing.value.known, now });
  if (!parsed.ok) return err(parsed.error.map((p) => (p.message.startsWith(p.file) ? p.message : `${p.file}: ${p.message}`)));
  const checked = plan(workspace, parsed.value, format.name, setName, existing.value.known);
  if (!checked.ok) return checked;
  const { types, newDocuments, added } = checked.value;
  const entities = await importedEntities(workspace, parsed.value, checked.value.annotations, now);
  if (!entities.ok) return entities;
  const annotations = entities.value.annotations;
  if (types) {
    const saved = await workspace.saveSchema(types);
    if (!saved.ok) return err([saved.error.message]);
  }
  if (entities.value.edits.length > 0) {
    const edited = await workspace.entities.edit(entities.value.edits);
    if (!edited.ok) return err([edited.error.message]);
  }
  if (newDocuments.length > 0) {
    // One manifest write for all of them: written per document, a large import rewrote the manifest thousands of times.
    const added = await workspace.addDocuments(newDocuments);
    if (!added.ok) return err([added.error.message]);
    for (const document of newDocuments) {
      if (!(await workspace.readDocument(document.id)).ok) return err([`document ${document.id} was added but cannot be read back`]);
    }
  }
  // Only the new set's files are written: each document's other sets stay as they are on disk.
  const saved = await workspace.addSets([...annotations]);
  if (!saved.ok) return err([saved.error.message]);
  const count = [...annotations.values()].reduce((sum, incoming) => sum + incoming.length, 0);
  await workspace.flush();
  return ok({ set: setName, annotations: count, documents: annotations.size, newDocuments: newDocuments.length, addedToSchema: added });
}
