import { z } from 'zod';
import { FieldValueSchema, type FieldValue, type Fragment, type StoredAnnotation } from '../model/annotation';
import { err, ok, type Result } from '../result';
import { CodePointIndex } from '../text/code-points';
import { parseUnknown } from '../validation/parse-unknown';
import { anchorFragment } from '../anchoring/fragment';
import type { ExchangeFormat, ExportSource, FormatProblem, InputFile, OutputPiece, ParseContext, ParseResult } from './bundle';
import { safeAnnotationId, slugId } from './ids';
import { list, parseW3cItem, type W3cAnnotation, type W3cBody } from './w3c-item';
import { decodeUtf8 } from './utf8';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { EntitySchema, type Entity } from '../model/entity';
import { entityLinksOf } from '../entities/entity-links';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection whose first page embeds every annotation. Each
 * fragment is a target (a SpecificResource with a TextQuoteSelector and a
 * TextPositionSelector in code points, two descriptions of the same span);
 * the type is a tagging body, the note a commenting body, and each field a
 * describing body that carries its typed value under `gloss:value`.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GLOSS_VOCAB = 'urn:gloss:vocab#';
const CONTEXT = [ANNO_CONTEXT, { gloss: GLOSS_VOCAB }];
const DOCUMENT_IRI = 'urn:gloss:document:';
const ANNOTATION_IRI = 'urn:gloss:annotation:';

const documentIri = (id: string) => `${DOCUMENT_IRI}${id}`;
const annotationIri = (documentId: string, id: string) => `${ANNOTATION_IRI}${documentId}:${id}`;

function target(documentId: string, fragment: Fragment) {
  return {
    type: 'SpecificResource',
    source: documentIri(documentId),
    selector: [
      { type: 'TextQuoteSelector', exact: fragment.exact, prefix: fragment.prefix, suffix: fragment.suffix },
      { type: 'TextPositionSelector', start: fragment.start, end: fragment.end },
    ],
  };
}

function fieldBody(documentId: string, field: string, value: FieldValue, context: ValueContext) {
  if (typeof value === 'object' && 'ref' in value) {
    return { type: 'SpecificResource', purpose: 'linking', source: annotationIri(documentId, value.ref), 'gloss:field': field };
  }
  const readable = readableValue(value, context);
  const shown = readable.wording || readable.text || readable.id || '';
  return { type: 'TextualBody', purpose: 'describing', value: shown, 'gloss:field': field, 'gloss:value': value };
}

function toW3c(documentId: string, annotation: StoredAnnotation, context: ValueContext) {
  const mention = annotation.entity !== undefined ? readableValue({ entity: annotation.entity }, context) : null;
  const body = [
    { type: 'TextualBody', purpose: 'tagging', value: annotation.type },
    ...Object.entries(annotation.fields).map(([field, value]) => fieldBody(documentId, field, value, context)),
    ...(annotation.note !== undefined ? [{ type: 'TextualBody', purpose: 'commenting', value: annotation.note }] : []),
    ...(mention ? [{ type: 'TextualBody', purpose: 'identifying', value: mention.text || (mention.id ?? ''), 'gloss:entity': mention.id }] : []),
  ];
  return {
    '@context': CONTEXT,
    id: annotationIri(documentId, annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    'gloss:set': annotation.set,
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: annotation.fragments.map((fragment) => target(documentId, fragment)),
  };
}

async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const id = `urn:gloss:collection:${encodeURIComponent(source.set ?? 'all')}`;
  const collection = { '@context': CONTEXT, id, type: 'AnnotationCollection', label: `Gloss annotations (${source.set ?? 'every set'})` };
  const page = { id: `${id}:page-1`, type: 'AnnotationPage', partOf: id, startIndex: 0 };
  yield { path: '', data: `${JSON.stringify(collection).slice(0, -1)},\n"first":${JSON.stringify(page).slice(0, -1)},"items":[` };
  let separator = '\n';
  let total = 0;
  const contextOf = valueContexts(source.entities ?? []);
  const linked = new Map<string, Entity>();
  for await (const document of source.documents()) {
    if (document.annotations.length === 0) continue;
    const context = contextOf(document);
    for (const link of document.annotations.flatMap(entityLinksOf)) {
      const entity = context.entity(link.entityId);
      if (entity) linked.set(entity.id, entity);
    }
    // One piece per document: a hundred thousand tiny writes cost more than the JSON.
    const items = document.annotations.map((annotation) => JSON.stringify(toW3c(document.id, annotation, context)));
    yield { path: '', data: separator + items.join(',\n') };
    separator = ',\n';
    total += items.length;
  }
  // `total` and the entities come last so the collection can be written annotation by annotation.
  yield { path: '', data: `\n]},\n"total":${total},\n"gloss:entities":${JSON.stringify([...linked.values()])}}\n` };
}

/** A collection with its first page embedded (and Gloss's entities), a lone page, an array, or one annotation. */
const FileSchema = z.union([
  z
    .looseObject({ type: z.literal('AnnotationCollection'), first: z.looseObject({ items: z.array(z.unknown()) }), 'gloss:entities': z.array(EntitySchema).optional() })
    .transform((c) => ({ items: c.first.items, entities: c['gloss:entities'] ?? [] })),
  z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }).transform((p) => ({ items: p.items, entities: [] })),
  z.array(z.unknown()).transform((items) => ({ items, entities: [] })),
  z.looseObject({ type: z.unknown() }).transform((a) => ({ items: [a as unknown], entities: [] })),
]);

/** The annotation id an item will have, from the tail of its IRI when that is a safe id. */
const idFor = (iri: string, i: number) => safeAnnotationId(iri.split(':').at(-1) ?? '') ?? `w3c-${i}`;

function parse(files: readonly InputFile[], context: ParseContext): ParseResult {
  const documents = new Map(context.documents.map((d) => [documentIri(d.id), { id: d.id, text: d.text, index: new CodePointIndex(d.text) }]));
  const inWorkspace = context.documents.flatMap((d) => (d.annotationIds ?? []).map((id) => [annotationIri(d.id, id), id] as const));
  const results = new Map<string, StoredAnnotation[]>();
  const problems: FormatProblem[] = [];
  const entities = new Map<string, Entity>();
  for (const file of files) {
    const read = readItems(file);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    for (const entity of read.value.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    const items = { value: read.value.items };
    // Links resolve to annotations in the file first, then to ones already in the workspace,
    // so every item's id is known before the first is placed. An IRI given twice: the last one counts.
    const ids = new Map(inWorkspace);
    const last = new Map<string, number>();
    items.value.forEach((item, i) => {
      const iri = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : null;
      if (iri === null) return;
      ids.set(iri, idFor(iri, i));
      last.set(iri, i);
    });
    for (let i = 0; i < items.value.length; i++) {
      const item = items.value[i];
      // Each raw item is let go once read, so a large file is not held twice over (as JSON and as annotations).
      items.value[i] = undefined;
      const annotation = parseW3cItem(item);
      if (!annotation.ok) {
        problems.push({ file: file.name, annotation: `#${i}`, message: `item ${i} is not a valid Web Annotation: ${annotation.error}` });
        continue;
      }
      const iri = annotation.value.id;
      if (last.get(iri) !== i) continue;
      const placed = readItem(annotation.value, idFor(iri, i), documents, ids, context.now);
      if (!placed.ok) {
        problems.push({ file: file.name, annotation: iri, message: `annotation ${iri}: ${placed.error}` });
        continue;
      }
      const list = results.get(placed.value.documentId) ?? [];
      list.push(placed.value.annotation);
      results.set(placed.value.documentId, list);
    }
  }
  if (problems.length > 0) return err(problems);
  const bundleDocuments = context.documents
    .filter((d) => results.has(d.id))
    .map((d) => ({ id: d.id, text: d.text, metadata: { title: d.id }, annotations: results.get(d.id) ?? [] }));
  return ok({ set: null, types: [], documents: bundleDocuments, entities: [...entities.values()] });
}

/** The items of a file: a collection's first page, a page, an array or one annotation. */
function readItems(file: InputFile): Result<{ items: unknown[]; entities: Entity[] }, FormatProblem> {
  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(file.bytes));
  } catch (error) {
    return err({ file: file.name, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
  }
  const items = parseUnknown(FileSchema, data);
  return items.ok ? items : err({ file: file.name, message: `is not a W3C annotation collection, page or annotation: ${items.error}` });
}

function readItem(
  annotation: W3cAnnotation,
  id: string,
  documents: ReadonlyMap<string, { id: string; index: CodePointIndex }>,
  ids: ReadonlyMap<string, string>,
  now: string,
): { ok: true; value: { documentId: string; annotation: StoredAnnotation } } | { ok: false; error: string } {
  const targets = list(annotation.target);
  if (targets.length === 0) return err('it has no target');
  const sources = new Set(targets.map((t) => t.source));
  if (sources.size > 1) return err('its targets are in more than one document');
  const [source] = sources;
  const document = documents.get(source ?? '');
  if (!document) return err(`its target ${source} is not a document of this workspace`);
  const fragments: Fragment[] = [];
  for (const target of targets) {
    const selectors = list(target.selector);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!quote && !position) return err('a target has neither a TextQuoteSelector nor a TextPositionSelector');
    const placed = anchorFragment(document.index, { ...position, ...quote, start: position?.start, end: position?.end });
    if (!placed.ok) return err(placed.error);
    fragments.push(placed.value.fragment);
  }
  const bodies = list(annotation.body);
  const tag = bodies.find((b) => b.purpose === 'tagging' && b.value !== undefined)?.value;
  if (!tag) return err('it has no tagging body naming its type');
  const fields: Record<string, FieldValue> = {};
  for (const body of bodies) {
    const field = body['gloss:field'];
    if (field === undefined) continue;
    // Assigned, it would replace the fields' prototype and vanish without a word.
    if (field === '__proto__') return err('field "__proto__" is a name Gloss cannot keep; rename it');
    const value = fieldValue(body, ids);
    if (!value.ok) return err(`field "${field}": ${value.error}`);
    fields[field] = value.value;
  }
  const note = bodies.find((b) => b.purpose === 'commenting')?.value;
  const entity = bodies.find((b) => b.purpose === 'identifying' && b['gloss:entity'] !== undefined)?.['gloss:entity'];
  return ok({
    documentId: document.id,
    annotation: {
      id,
      type: slugId(tag),
      set: annotation['gloss:set'] ?? 'default',
      fragments,
      fields,
      ...(note !== undefined ? { note } : {}),
      ...(entity !== undefined ? { entity } : {}),
      created: annotation.created ?? now,
      modified: annotation.modified ?? annotation.created ?? now,
    },
  });
}

function fieldValue(body: W3cBody, ids: ReadonlyMap<string, string>): { ok: true; value: FieldValue } | { ok: false; error: string } {
  if (body.source !== undefined) {
    const ref = ids.get(body.source);
    return ref ? ok({ ref }) : err(`it links to ${body.source}, which is neither in the file nor in the workspace`);
  }
  if (body['gloss:value'] !== undefined) {
    const value = parseUnknown(FieldValueSchema, body['gloss:value']);
    return value.ok ? value : err(`gloss:value is not a field value: ${value.error}`);
  }
  return body.value !== undefined ? ok(body.value) : err('the body has no value');
}

export const w3cFormat: ExchangeFormat = { name: 'w3c', output: 'file', serialize, parse };
