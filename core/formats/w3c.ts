import { z } from 'zod';
import { FieldValueSchema, LabelTypeIdSchema, type FieldValue, type Fragment, type StoredAnnotation } from '../model/annotation';
import { err, ok, type Result } from '../result';
import { CodePointIndex } from '../text/code-points';
import { parseUnknown } from '../validation/parse-unknown';
import { anchorFragment, type SelectedSpan } from '../anchoring/fragment';
import { LabelTypeSchema, type LabelType } from '../model/label-types';
import { LIMITS } from '../model/limits';
import type { BundleDocument, ExchangeFormat, ExportSource, FormatProblem, InputFile, KnownDocument, OutputPiece, ParseContext, ParseResult } from './bundle';
import { safeAnnotationId, slugId } from './ids';
import { list, parseW3cItem, type W3cAnnotation, type W3cBody } from './w3c-item';
import { decodeUtf8 } from './utf8';
import { itemRanges, locateArray, parseItem, stringOfKey, type ItemRange } from './json-items';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { EntitySchema, type Entity } from '../model/entity';
import { entityLinksOf } from '../entities/entity-links';

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
 * one AnnotationCollection whose first page embeds every annotation. Each
 * fragment is a target (a SpecificResource with a TextQuoteSelector and a
 * TextPositionSelector in code points, two descriptions of the same span)
 * whose source is the text's identity, `urn:sha256:<SHA-256 of the text>`,
 * the same in every workspace that holds the article, with the article's
 * address as its scope where known. The type is a tagging body with the
 * type's name (its id in `gloss:type`), the note a commenting body, each
 * field a describing body with its readable value (its typed value under
 * `gloss:value`), an entity the words name an identifying body; the set is
 * the creator.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GLOSS_VOCAB = 'urn:gloss:vocab#';
const CONTEXT = [ANNO_CONTEXT, { gloss: GLOSS_VOCAB }];
/** Files from before the text's hash named documents by their workspace id; they are still read. */
const DOCUMENT_IRI = 'urn:gloss:document:';
const SHA256_IRI = 'urn:sha256:';
const ANNOTATION_IRI = 'urn:gloss:annotation:';
const SET_IRI = 'urn:gloss:set:';

const documentIri = (id: string) => `${DOCUMENT_IRI}${id}`;
const annotationIri = (documentId: string, id: string) => `${ANNOTATION_IRI}${documentId}:${id}`;
const sourceIri = (document: Pick<BundleDocument, 'id' | 'textSha256'>) => (document.textSha256 !== undefined ? `${SHA256_IRI}${document.textSha256}` : documentIri(document.id));

function target(document: Pick<BundleDocument, 'id' | 'textSha256' | 'metadata'>, fragment: Fragment) {
  return {
    type: 'SpecificResource',
    source: sourceIri(document),
    ...(document.metadata.url !== undefined && isIri(document.metadata.url) ? { scope: document.metadata.url } : {}),
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

/** An absolute IRI (a scheme, then no spaces), as the data model wants for a scope. */
const isIri = (text: string) => /^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(text);

function toW3c(document: BundleDocument, annotation: StoredAnnotation, context: ValueContext, typeName: (id: string) => string) {
  const documentId = document.id;
  const mention = annotation.entity !== undefined ? readableValue({ entity: annotation.entity }, context) : null;
  const body = [
    { type: 'TextualBody', purpose: 'tagging', value: typeName(annotation.type), 'gloss:type': annotation.type },
    ...Object.entries(annotation.fields).map(([field, value]) => fieldBody(documentId, field, value, context)),
    ...(annotation.note !== undefined ? [{ type: 'TextualBody', purpose: 'commenting', value: annotation.note }] : []),
    ...(mention ? [{ type: 'TextualBody', purpose: 'identifying', value: mention.text || (mention.id ?? ''), 'gloss:entity': mention.id }] : []),
  ];
  return {
    '@context': CONTEXT,
    id: annotationIri(documentId, annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    creator: { id: `${SET_IRI}${encodeURIComponent(annotation.set)}`, type: 'Person', name: annotation.set },
    'gloss:set': annotation.set,
    created: annotation.created,
    modified: annotation.modified,
    body,
    target: annotation.fragments.map((fragment) => target(document, fragment)),
  };
}

async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const id = `urn:gloss:collection:${encodeURIComponent(source.set ?? 'all')}`;
  const collection = {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Gloss annotations (${source.set ?? 'every set'})`,
    generator: { id: 'urn:gloss:app', type: 'Software', name: 'Gloss' },
    // The types with their names, colours and fields, so a Gloss reading the file gets the schema back.
    'gloss:types': source.types,
  };
  const names = new Map(source.types.map((type) => [type.id, type.name]));
  const typeName = (id: string) => names.get(id) ?? id;
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
    // One piece per document, its items a list of strings: a hundred thousand pieces cost more than the JSON, and the items joined into one string cost more to encode than to build.
    const items = document.annotations.map((annotation, i) => `${i === 0 ? separator : ',\n'}${JSON.stringify(toW3c(document, annotation, context, typeName))}`);
    yield { path: '', data: items };
    separator = ',\n';
    total += items.length;
  }
  // `total` and the entities come last so the collection can be written annotation by annotation.
  yield { path: '', data: `\n]},\n"total":${total},\n"gloss:entities":${JSON.stringify([...linked.values()])}}\n` };
}

/** A collection with its first page embedded (and Gloss's entities), a lone page, an array, or one annotation. */
const FileSchema = z.union([
  z
    .looseObject({
      type: z.literal('AnnotationCollection'),
      first: z.looseObject({ items: z.array(z.unknown()) }),
      'gloss:entities': z.array(EntitySchema).optional(),
      'gloss:types': z.array(LabelTypeSchema).optional(),
    })
    .transform((c) => ({ items: c.first.items, entities: c['gloss:entities'] ?? [], types: c['gloss:types'] ?? [] })),
  z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(z.unknown()) }).transform((p) => ({ items: p.items, entities: [], types: [] })),
  z.array(z.unknown()).transform((items) => ({ items, entities: [], types: [] })),
  z.looseObject({ type: z.unknown() }).transform((a) => ({ items: [a as unknown], entities: [], types: [] })),
]);

/** The annotation id an item will have, from the tail of its IRI when that is a safe id. */
const idFor = (iri: string, i: number) => safeAnnotationId(iri.split(':').at(-1) ?? '') ?? `w3c-${i}`;

function parse(files: readonly InputFile[], context: ParseContext): ParseResult {
  const documents = new DocumentFinder(context.documents);
  const inWorkspace = context.documents.flatMap((d) => (d.annotationIds ?? []).map((id) => [annotationIri(d.id, id), id] as const));
  const results = new Map<string, StoredAnnotation[]>();
  const problems: FormatProblem[] = [];
  const entities = new Map<string, Entity>();
  const types = new Map<string, LabelType>();
  for (const file of files) {
    const read = readItems(file);
    if (!read.ok) {
      problems.push(read.error);
      continue;
    }
    for (const entity of read.value.entities) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    for (const type of read.value.types) if (!types.has(type.id)) types.set(type.id, type);
    const items = read.value;
    // Links resolve to annotations in the file first, then to ones already in the workspace,
    // so every item's id is known before the first is placed. An IRI given twice: the last one counts.
    const ids = new Map(inWorkspace);
    const last = new Map<string, number>();
    for (let i = 0; i < items.count; i++) {
      const iri = items.iri(i);
      if (iri === null) continue;
      ids.set(iri, idFor(iri, i));
      last.set(iri, i);
    }
    const typeOf = typeFinder([...types.values()]);
    for (let i = 0; i < items.count; i++) {
      // Each item is parsed only now, and let go once read: the file is never held as one tree.
      const item = items.item(i);
      if (!item.ok) {
        problems.push({ file: file.name, annotation: `#${i}`, message: item.error });
        break;
      }
      const annotation = parseW3cItem(item.value);
      if (!annotation.ok) {
        problems.push({ file: file.name, annotation: `#${i}`, message: `item ${i} is not a valid Web Annotation: ${annotation.error}` });
        continue;
      }
      const iri = annotation.value.id;
      if (last.get(iri) !== i) continue;
      const placed = readItem(annotation.value, idFor(iri, i), { documents, ids, typeOf, now: context.now });
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
  return ok({ set: null, types: [...types.values()], documents: bundleDocuments, entities: [...entities.values()] });
}

/** A tagging body's type: its `gloss:type`, else the type of that name in the file, else the name as an id. */
function typeFinder(types: readonly LabelType[]): (body: W3cBody) => string | null {
  const byName = new Map(types.map((type) => [type.name.toLowerCase(), type.id]));
  return (body) => {
    const id = body['gloss:type'];
    if (id !== undefined && LabelTypeIdSchema.safeParse(id).success) return id;
    if (body.value === undefined) return null;
    return byName.get(body.value.toLowerCase()) ?? slugId(body.value);
  };
}

/** A workspace document and its text, indexed for anchoring. */
interface Known {
  id: string;
  index: CodePointIndex;
}

/**
 * Finds the workspace document a target's source means: by the text's
 * SHA-256 (`urn:sha256:`, the same in every workspace), by the Gloss
 * document IRI of older files, else by the target's quotes: the one
 * document where every quote of the annotation is found. Each source is
 * looked for once.
 */
class DocumentFinder {
  private readonly bySha = new Map<string, Known>();
  private readonly byIri = new Map<string, Known>();
  private readonly all: Known[];
  private readonly found = new Map<string, Known>();

  constructor(documents: readonly KnownDocument[]) {
    this.all = documents.map((d) => ({ id: d.id, index: new CodePointIndex(d.text) }));
    documents.forEach((d, i) => {
      const known = this.all[i] as Known;
      this.byIri.set(documentIri(d.id), known);
      if (d.textSha256 !== undefined) this.bySha.set(`${SHA256_IRI}${d.textSha256.toLowerCase()}`, known);
    });
  }

  find(source: string, spans: readonly SelectedSpan[]): Result<Known, string> {
    const known = this.bySha.get(source.toLowerCase()) ?? this.byIri.get(source) ?? this.found.get(source);
    if (known) return ok(known);
    const quotes = spans.filter((span) => span.exact !== undefined && span.exact.length > 0);
    if (quotes.length === 0) return err(`its target ${source} is not a document of this workspace, and it has no quote to find one by`);
    const matches = this.all.filter((d) => quotes.every((quote) => anchorFragment(d.index, quote).ok));
    if (matches.length === 1) {
      this.found.set(source, matches[0] as Known);
      return ok(matches[0] as Known);
    }
    const where = matches.length === 0 ? 'in none of its documents' : `in ${matches.length} of its documents (${matches.map((m) => m.id).join(', ')})`;
    return err(`its target ${source} is not a document of this workspace, and its quote is found ${where}`);
  }
}

/** A file's items, each parsed when asked for, and its `id` read without parsing the rest. */
interface Items {
  count: number;
  iri(i: number): string | null;
  item(i: number): Result<unknown, string>;
  entities: Entity[];
  types: LabelType[];
}

/** Where the items are: a collection's first page, a page, or the file itself being an array. */
const ITEM_PATHS = [['first', 'items'], ['items'], []] as const;

/**
 * The items of a file: a collection's first page, a page, an array or one
 * annotation. The items are found in the bytes and parsed one at a time
 * (json-items.ts); what is around them is parsed whole and checked as before.
 */
function readItems(file: InputFile): Result<Items, FormatProblem> {
  const refuse = (message: string) => err({ file: file.name, message });
  const located = locateArray(file.bytes, ITEM_PATHS);
  if (!located.ok) return refuse(located.error);
  if (located.value === null) {
    // One annotation: small, parsed whole.
    let data: unknown;
    try {
      data = JSON.parse(decodeUtf8(file.bytes));
    } catch (error) {
      return refuse(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    const single = parseUnknown(FileSchema, data);
    if (!single.ok) return refuse(`is not a W3C annotation collection, page or annotation: ${single.error}`);
    const [item] = single.value.items;
    const id = typeof item === 'object' && item !== null && 'id' in item && typeof item.id === 'string' ? item.id : null;
    return ok({ count: single.value.items.length, iri: () => id, item: () => ok(item), entities: single.value.entities, types: single.value.types });
  }
  const envelope = parseUnknown(FileSchema, located.value.envelope);
  if (!envelope.ok) return refuse(`is not a W3C annotation collection, page or annotation: ${envelope.error}`);
  const ranges = itemRanges(file.bytes, located.value);
  if (!ranges.ok) return refuse(ranges.error);
  const at = (i: number) => ranges.value[i] as ItemRange;
  return ok({
    count: ranges.value.length,
    iri: (i) => stringOfKey(file.bytes, at(i), 'id'),
    item: (i) => parseItem(file.bytes, at(i), i),
    entities: envelope.value.entities,
    types: envelope.value.types,
  });
}

function readItem(
  annotation: W3cAnnotation,
  id: string,
  known: { documents: DocumentFinder; ids: ReadonlyMap<string, string>; typeOf: (body: W3cBody) => string | null; now: string },
): Result<{ documentId: string; annotation: StoredAnnotation }, string> {
  const { ids, now } = known;
  const targets = list(annotation.target);
  if (targets.length === 0) return err('it has no target');
  const sources = new Set(targets.map((t) => t.source));
  if (sources.size > 1) return err('its targets are in more than one document');
  const spans = targets.map((target): SelectedSpan | null => {
    const selectors = list(target.selector);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (!quote && !position) return null;
    return { ...position, ...quote, start: position?.start, end: position?.end };
  });
  if (spans.some((span) => span === null)) return err('a target has neither a TextQuoteSelector nor a TextPositionSelector');
  const selected = spans.filter((span): span is SelectedSpan => span !== null);
  const document = known.documents.find([...sources][0] ?? '', selected);
  if (!document.ok) return document;
  const fragments: Fragment[] = [];
  for (const span of selected) {
    const placed = anchorFragment(document.value.index, span);
    if (!placed.ok) return err(placed.error);
    fragments.push(placed.value.fragment);
  }
  const bodies = list(annotation.body);
  const tagging = bodies.find((b) => b.purpose === 'tagging' && b.value !== undefined);
  const type = tagging ? known.typeOf(tagging) : null;
  if (type === null) return err('it has no tagging body naming its type');
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
    documentId: document.value.id,
    annotation: {
      id,
      type,
      set: annotation['gloss:set'] ?? creatorName(annotation.creator) ?? 'default',
      fragments,
      fields,
      ...(note !== undefined ? { note } : {}),
      ...(entity !== undefined ? { entity } : {}),
      created: annotation.created ?? now,
      modified: annotation.modified ?? annotation.created ?? now,
    },
  });
}

/** The name of an annotation's (first) creator, when it has one: the set a tool's user made it in. */
function creatorName(creator: unknown): string | undefined {
  const first: unknown = Array.isArray(creator) ? creator[0] : creator;
  if (typeof first !== 'object' || first === null) return undefined;
  const name = 'name' in first ? first.name : 'nickname' in first ? first.nickname : undefined;
  return typeof name === 'string' && name.trim().length > 0 ? name.trim().slice(0, LIMITS.name) : undefined;
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
