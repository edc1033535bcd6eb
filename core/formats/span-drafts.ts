import type { FieldValue, Fragment, StoredAnnotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import { placeRange } from './anchor';
import type { SchemaCollector } from './brat-read';
import type { BundleDocument, FormatProblem, KnownDocument, ParseContext } from './bundle';
import { safeAnnotationId, slugId } from './ids';
import { withFreshIds } from '../model/duplicate-ids';

/**
 * What the span-based tools (doccano, Label Studio, WebAnno TSV) give for one
 * annotation once their own shapes are read: code-point ranges into the
 * text the file carries, a label, typed fields, links to other drafts by the
 * file's own keys, and who made it. Turning drafts into stored annotations
 * (placing ranges, naming ids, linking) is the same for all three, so it is
 * done once here.
 */
export interface SpanDraft {
  /** The file's own id for it (a region id, an entity id), unique within its document. */
  key: string;
  /** The label as the tool shows it; its slug becomes the type id unless `type` says otherwise. */
  label: string;
  /** A Gloss type id the file carried (Gloss's own exports), used as it is. */
  type?: string;
  ranges: { start: number; end: number }[];
  fields: Record<string, FieldValue>;
  /** Span fields: the field's label and the key of the draft it points at. */
  links: { field: string; target: string }[];
  note?: string;
  /** The entity the annotation's words name (an Actor span), by id. */
  entity?: string;
  set: string;
  created?: string;
  modified?: string;
}

/** The workspace document a file's text belongs to, or a new one made from it. */
export function documentForText(text: string, name: string, context: ParseContext): KnownDocument {
  const known = context.documents.find((document) => document.text === text);
  return known ?? { id: slugId(name), text, fileName: name };
}

/**
 * Field ids for links: a second link of the same kind from one annotation
 * (doccano's "foundedBy" to Page and to Brin) gets `-2`, since a Gloss field
 * holds one value and nothing may be dropped.
 */
function freeFieldId(fields: Record<string, FieldValue>, label: string): string {
  const base = slugId(label);
  if (!(base in fields)) return base;
  let n = 2;
  while (`${base.slice(0, 29)}-${n}` in fields) n++;
  return `${base.slice(0, 29)}-${n}`;
}

/** Reads drafts into the annotations of one document, every problem named by the draft's key. */
export function annotationsFromDrafts(
  drafts: readonly SpanDraft[],
  document: KnownDocument,
  source: string | null,
  schema: SchemaCollector,
  context: Pick<ParseContext, 'now'>,
): { annotations: StoredAnnotation[]; problems: { key: string; message: string }[] } {
  const problems: { key: string; message: string }[] = [];
  const texts = { source: source === null || source === document.text ? null : new CodePointIndex(source), target: new CodePointIndex(document.text) };
  const ids = new Map<string, string>();
  const used = new Set<string>();
  drafts.forEach((draft, i) => {
    let id = safeAnnotationId(draft.key) ?? `a${i + 1}`;
    while (used.has(id)) id = `${id.slice(0, 56)}-${i + 1}`;
    used.add(id);
    ids.set(draft.key, id);
  });
  const annotations: StoredAnnotation[] = [];
  for (const draft of drafts) {
    const fragments: Fragment[] = [];
    for (const { start, end } of draft.ranges) {
      const placed = placeRange(texts, start, end);
      if (placed.ok) fragments.push(placed.value);
      else problems.push({ key: draft.key, message: placed.error });
    }
    if (fragments.length !== draft.ranges.length || fragments.length === 0) {
      if (draft.ranges.length === 0) problems.push({ key: draft.key, message: 'it covers no text' });
      continue;
    }
    const type = draft.type ?? schema.type(draft.label);
    if (draft.type !== undefined) schema.type(draft.type);
    const fields: Record<string, FieldValue> = {};
    for (const [field, value] of Object.entries(draft.fields)) {
      if (field === '__proto__') {
        problems.push({ key: draft.key, message: 'field "__proto__" is a name Gloss cannot keep; rename it' });
        continue;
      }
      // Their definitions are inferred from the values (infer-types.ts).
      fields[field] = value;
    }
    for (const link of draft.links) {
      const target = ids.get(link.target);
      if (target === undefined) {
        problems.push({ key: draft.key, message: `its link "${link.field}" points at ${link.target}, which is not in the file` });
        continue;
      }
      const field = freeFieldId(fields, link.field);
      fields[field] = { ref: target };
      schema.field(type, { id: field, name: link.field, kind: 'span', targetTypes: [] });
    }
    annotations.push({
      id: ids.get(draft.key) ?? draft.key,
      type,
      set: draft.set,
      fragments: fragments.sort((a, b) => a.start - b.start || a.end - b.end),
      fields,
      ...(draft.note !== undefined ? { note: draft.note } : {}),
      ...(draft.entity !== undefined ? { entity: draft.entity } : {}),
      created: draft.created ?? context.now,
      modified: draft.modified ?? draft.created ?? context.now,
    });
  }
  return { annotations, problems };
}

/** A document of the bundle: the workspace's own, or a new one titled from the file or its first line. */
export function bundleDocument(document: KnownDocument, annotations: StoredAnnotation[], title?: string): BundleDocument {
  const firstLine = document.text.split(/\r?\n/).find((line) => line.trim().length > 0)?.trim().slice(0, 200);
  return {
    id: document.id,
    text: document.text,
    metadata: { title: title ?? (firstLine || document.id) },
    ...(document.fileName !== undefined ? { fileName: document.fileName } : {}),
    annotations,
  };
}

/**
 * Adds what one file (or line, or task) brings to a document to what earlier
 * ones brought to it: each numbers its annotations alike (a1, a2, …), so a
 * later one's get ids the earlier ones do not use, its links following (two
 * annotators' files for one text kept the same ids, and the store then
 * renumbered one copy of each on every load).
 */
export function addToDocument<K>(documents: Map<K, BundleDocument>, key: K, document: BundleDocument): void {
  const earlier = documents.get(key);
  if (!earlier) {
    documents.set(key, document);
    return;
  }
  const fresh = withFreshIds(document.annotations, new Set(earlier.annotations.map((annotation) => annotation.id)));
  documents.set(key, { ...earlier, annotations: [...earlier.annotations, ...fresh] });
}

/** Problems of one file, with the draft each is about. */
export const fileProblems = (file: string, problems: readonly { key: string; message: string }[]): FormatProblem[] =>
  problems.map((p) => ({ file, annotation: p.key, message: `${p.key}: ${p.message}` }));
