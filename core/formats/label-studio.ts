import { z } from 'zod';
import type { FieldValue, StoredAnnotation } from '../model/annotation';
import { EntitySchema, type Entity } from '../model/entity';
import { err, ok } from '../result';
import { CodePointIndex } from '../text/code-points';
import { parseUnknown } from '../validation/parse-unknown';
import { SchemaCollector } from './brat-read';
import { jsonPieces } from '../text/json-pieces';
import type { BundleDocument, ExchangeFormat, ExportSource, FormatProblem, InputFile, OutputPiece, ParseContext, ParseResult } from './bundle';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { topLevelItems } from './json-items';
import { collectEntities, entitiesLinkedBy } from './linked-entities';
import { addToDocument, annotationsFromDrafts, bundleDocument, documentForText, fileProblems, type SpanDraft } from './span-drafts';
import { TypeNames } from './type-names';
import { addToGroup } from '../grouping';

/**
 * Label Studio JSON (https://labelstud.io/guide/task_format): an array of
 * text tasks, each with `data.text`, and per annotator an entry of
 * `annotations` (a model's of `predictions`) whose `result` holds regions.
 * A span is a `labels` region with `start`/`end` in UTF-16 code units (Label
 * Studio counts JavaScript string indices), converted here from and to
 * Gloss's code points. Everything else hangs on the region as Label Studio's
 * own per-region results, sharing the region's id: a field as a `textarea`,
 * `number`, `choices` or `datetime` result named after the field (a date's
 * wording in a `<field>-wording` textarea), the note as the region's
 * `meta.text`, and a span link as a `relation` labelled with the field. A
 * discontinuous span is one region per fragment, the second and later ids
 * `<id>_2`, `<id>_3`. Each Gloss set is one entry of `annotations`.
 */
const TEXT_CONTROL = 'label';
const TEXT_OBJECT = 'text';
const WORDING_SUFFIX = '-wording';
/** Where a region or field result keeps the id of the entity it names; the entities themselves travel in the task's data. */
const ENTITY_META = 'gloss_entity';
const ENTITIES_DATA = 'gloss_entities';

const RegionSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  from_name: z.string().optional(),
  value: z.looseObject({}).optional(),
  meta: z.looseObject({ text: z.array(z.string()).optional(), [ENTITY_META]: z.string().optional() }).optional(),
  from_id: z.string().optional(),
  to_id: z.string().optional(),
  labels: z.array(z.string()).optional(),
});
type Region = z.infer<typeof RegionSchema>;

const AnnotationSchema = z.looseObject({
  result: z.array(RegionSchema),
  completed_by: z.union([z.number(), z.looseObject({ email: z.string().optional(), id: z.number().optional() })]).optional(),
  model_version: z.union([z.string(), z.number()]).optional(),
  gloss_set: z.string().min(1).optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});
type LsAnnotation = z.infer<typeof AnnotationSchema>;

const TaskSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  data: z.looseObject({ text: z.string(), title: z.string().min(1).optional(), [ENTITIES_DATA]: z.array(EntitySchema).optional() }),
  annotations: z.array(AnnotationSchema).optional(),
  /** What Label Studio before 1.0 called annotations. */
  completions: z.array(AnnotationSchema).optional(),
  predictions: z.array(AnnotationSchema).optional(),
});
type Task = z.infer<typeof TaskSchema>;

const SpanValueSchema = z.looseObject({ start: z.int().nonnegative(), end: z.int().nonnegative(), text: z.string().optional(), labels: z.array(z.string()).min(1) });

const isReference = (value: FieldValue): value is { ref: string } => typeof value === 'object' && 'ref' in value;

/** A field as Label Studio's per-region results: the tag each kind of value is made with. */
function fieldResults(id: string, field: string, value: FieldValue, at: { start: number; end: number }, context: ValueContext): object[] {
  const result = (type: string, extra: object, name = field) => ({ id, from_name: name, to_name: TEXT_OBJECT, type, value: { ...at, ...extra } });
  if (typeof value === 'number') return [result('number', { number: value })];
  if (typeof value === 'boolean') return [result('choices', { choices: [String(value)] })];
  if (typeof value === 'object' && 'date' in value) {
    return [result('datetime', { datetime: value.date }), ...(value.wording ? [result('textarea', { text: [value.wording] }, `${field}${WORDING_SUFFIX}`)] : [])];
  }
  // An entity by its name, its id in the result's meta (Label Studio keeps a result as it is given).
  const entity = typeof value === 'object' && 'entity' in value ? { meta: { [ENTITY_META]: value.entity } } : {};
  return [{ ...result('textarea', { text: [readableValue(value, context).text] }), ...entity }];
}

function regions(annotation: StoredAnnotation, index: CodePointIndex, names: TypeNames, context: ValueContext): object[] {
  const ids = annotation.fragments.map((_, i) => (i === 0 ? annotation.id : `${annotation.id}_${i + 1}`));
  const spans = annotation.fragments.map((fragment, i) => {
    const at = { start: index.toUtf16(fragment.start), end: index.toUtf16(fragment.end) };
    const meta = {
      ...(i === 0 && annotation.note !== undefined ? { text: [annotation.note] } : {}),
      ...(i === 0 && annotation.entity !== undefined ? { [ENTITY_META]: annotation.entity } : {}),
    };
    const note = Object.keys(meta).length > 0 ? { meta } : {};
    return { id: ids[i], from_name: TEXT_CONTROL, to_name: TEXT_OBJECT, type: 'labels', value: { ...at, text: fragment.exact, labels: [names.name(annotation.type)] }, ...note };
  });
  const first = annotation.fragments[0];
  const at = first ? { start: index.toUtf16(first.start), end: index.toUtf16(first.end) } : { start: 0, end: 0 };
  const fields = Object.entries(annotation.fields).flatMap(([field, value]) =>
    isReference(value)
      ? [{ type: 'relation', from_id: annotation.id, to_id: value.ref, direction: 'right', labels: [field] }]
      : fieldResults(annotation.id, field, value, at, context),
  );
  return [...spans, ...fields];
}

function toTask(document: BundleDocument, n: number, names: TypeNames, context: ValueContext, linked: readonly Entity[]): object {
  const index = new CodePointIndex(document.text);
  const bySet = new Map<string, StoredAnnotation[]>();
  for (const annotation of document.annotations) addToGroup(bySet, annotation.set, annotation);
  const annotations = [...bySet].map(([set, list]) => ({
    gloss_set: set,
    created_at: list.map((a) => a.created).sort()[0],
    updated_at: list.map((a) => a.modified).sort().at(-1),
    result: list.flatMap((annotation) => regions(annotation, index, names, context)),
  }));
  const { title, source, url, published, language } = document.metadata;
  const data = {
    text: document.text,
    title,
    document: document.id,
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    ...(published ? { published } : {}),
    ...(language ? { language } : {}),
    ...(linked.length > 0 ? { [ENTITIES_DATA]: linked } : {}),
  };
  return { id: n, data, annotations, predictions: [] };
}

async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const names = new TypeNames(source.types);
  const contextOf = valueContexts(source.entities ?? []);
  const linkedBy = entitiesLinkedBy(source.entities ?? []);
  let separator = '[\n';
  let n = 0;
  for await (const document of source.documents()) {
    // Each region of its result lists as a piece (see OutputPiece).
    yield { path: '', data: [separator, ...jsonPieces(toTask(document, ++n, names, contextOf(document), linkedBy(document.annotations)), { depth: 4 })] };
    separator = ',\n';
  }
  yield { path: '', data: n === 0 ? '[]\n' : '\n]\n' };
}

/** The set an entry of annotations or predictions becomes: Gloss's own name, the annotator, or the model. */
function setName(entry: LsAnnotation, kind: 'annotation' | 'prediction', i: number): string {
  if (entry.gloss_set) return entry.gloss_set;
  if (kind === 'prediction') return entry.model_version !== undefined ? `prediction-${entry.model_version}` : `prediction-${i + 1}`;
  const by = entry.completed_by;
  if (typeof by === 'number') return `annotator-${by}`;
  return by?.email || (by?.id !== undefined ? `annotator-${by.id}` : `annotation-${i + 1}`);
}

const timestamp = (value: string | undefined) => (value !== undefined && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined);

/** A per-region result as a field value: what `fieldResults` writes, read back. */
function regionValue(region: Region): FieldValue | null {
  const value = region.value ?? {};
  const entity = region.meta?.[ENTITY_META];
  if (region.type === 'textarea' && entity !== undefined) return { entity };
  if (region.type === 'number' && typeof value['number'] === 'number') return value['number'];
  if (region.type === 'datetime' && typeof value['datetime'] === 'string') return { date: value['datetime'], wording: '' };
  const list = region.type === 'choices' ? value['choices'] : region.type === 'textarea' ? value['text'] : undefined;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return null;
  if (region.type === 'choices' && list.length === 1 && (list[0] === 'true' || list[0] === 'false')) return list[0] === 'true';
  return list.join('\n');
}

/** The drafts of one entry: regions grouped by id (a fragment's `<id>_<n>` joins `<id>`), their per-region results as fields. */
function draftsOf(entry: LsAnnotation, set: string, index: CodePointIndex, where: string): { drafts: SpanDraft[]; problems: string[] } {
  const problems: string[] = [];
  const drafts = new Map<string, SpanDraft>();
  const spans = entry.result.filter((region) => region.type === 'labels');
  const spanIds = new Set(spans.map((region) => region.id));
  const created = timestamp(entry.created_at);
  const modified = timestamp(entry.updated_at);
  for (const region of spans) {
    const value = SpanValueSchema.safeParse(region.value);
    if (!value.success || region.id === undefined) {
      problems.push(`${where}: a labels region without an id, start, end and labels`);
      continue;
    }
    const { start, end, text, labels } = value.data;
    const range = { start: index.toCodePoint(start), end: index.toCodePoint(end) };
    if (text !== undefined && index.slice(range.start, range.end) !== text) problems.push(`${where}: region ${region.id} says “${text}” but its offsets hold “${index.slice(range.start, range.end)}”`);
    const fragmentOf = /^(.+)_\d+$/.exec(region.id)?.[1];
    const owner = fragmentOf !== undefined && spanIds.has(fragmentOf) ? drafts.get(fragmentOf) : undefined;
    if (owner) {
      owner.ranges.push(range);
      continue;
    }
    const note = region.meta?.text?.join('\n');
    const entity = region.meta?.[ENTITY_META];
    drafts.set(region.id, {
      key: region.id,
      label: labels.join(' '),
      ranges: [range],
      fields: {},
      links: [],
      set,
      ...(note !== undefined ? { note } : {}),
      ...(entity !== undefined ? { entity } : {}),
      ...(created ? { created } : {}),
      ...(modified ? { modified } : {}),
    });
  }
  const perRegion = new Map<SpanDraft, Map<string, FieldValue>>();
  for (const region of entry.result) {
    if (region.type === 'labels') continue;
    if (region.type === 'relation') {
      const from = drafts.get(region.from_id ?? '');
      if (!from || region.to_id === undefined || !drafts.has(region.to_id)) problems.push(`${where}: a relation joins regions that are not text spans of this task`);
      else from.links.push({ field: region.labels?.join(' ') || 'related', target: region.to_id });
      continue;
    }
    const draft = drafts.get(region.id ?? '');
    const value = regionValue(region);
    if (!draft || value === null || !region.from_name) {
      problems.push(`${where}: a ${region.type} result ${draft ? 'whose value Gloss cannot read' : 'that is not about a text span'}; Gloss keeps text spans and their fields`);
      continue;
    }
    const values = perRegion.get(draft) ?? new Map<string, FieldValue>();
    if (values.has(region.from_name)) problems.push(`${where}: region ${draft.key} has two values for ${region.from_name}`);
    values.set(region.from_name, value);
    perRegion.set(draft, values);
  }
  // A date and its `<field>-wording` textarea are one field again.
  for (const [draft, values] of perRegion) {
    for (const [name, value] of values) {
      const wording = values.get(`${name}${WORDING_SUFFIX}`);
      const dated = name.endsWith(WORDING_SUFFIX) ? values.get(name.slice(0, -WORDING_SUFFIX.length)) : undefined;
      if (typeof dated === 'object' && 'date' in dated) continue;
      draft.fields[name] = typeof value === 'object' && 'date' in value && typeof wording === 'string' ? { ...value, wording } : value;
    }
  }
  return { drafts: [...drafts.values()], problems };
}

function readTask(task: Task, where: string, context: ParseContext, schema: SchemaCollector): { document: BundleDocument; problems: FormatProblem[]; file: string } | { problems: string[] } {
  const index = new CodePointIndex(task.data.text);
  const entries = [
    ...[...(task.annotations ?? []), ...(task.completions ?? [])].map((entry, i) => ({ entry, set: setName(entry, 'annotation', i) })),
    ...(task.predictions ?? []).map((entry, i) => ({ entry, set: setName(entry, 'prediction', i) })),
  ];
  const problems: string[] = [];
  const drafts: SpanDraft[] = [];
  for (const { entry, set } of entries) {
    const read = draftsOf(entry, set, index, where);
    problems.push(...read.problems);
    // Keys stay unique when two annotators used the same region ids.
    const prefix = entries.length > 1 ? `${set}-` : '';
    drafts.push(...read.drafts.map((draft) => ({ ...draft, key: prefix + draft.key, links: draft.links.map((link) => ({ ...link, target: prefix + link.target })) })));
  }
  if (problems.length > 0) return { problems };
  const home = documentForText(task.data.text, task.data.title ?? `task-${task.id ?? where}`, context);
  const read = annotationsFromDrafts(drafts, home, null, schema, context);
  return { document: bundleDocument(home, read.annotations, task.data.title), problems: fileProblems(where, read.problems), file: where };
}

function parse(files: readonly InputFile[], context: ParseContext): ParseResult {
  const problems: FormatProblem[] = [];
  const schema = new SchemaCollector(new Map());
  const documents = new Map<string, BundleDocument>();
  const entities = new Map<string, Entity>();
  for (const file of files) {
    // A file is an array of tasks, read one task at a time, or one task.
    let i = 0;
    for (const item of topLevelItems(file.bytes)) {
      const where = `task ${i++}`;
      if (!item.ok) {
        problems.push({ file: file.name, message: item.error });
        break;
      }
      const task = parseUnknown(TaskSchema, item.value);
      if (!task.ok) {
        problems.push({ file: file.name, message: `${where} is not a Label Studio text task: ${task.error}` });
        continue;
      }
      collectEntities(entities, task.value.data[ENTITIES_DATA]);
      const read = readTask(task.value, where, context, schema);
      if (!('document' in read)) {
        problems.push(...read.problems.map((message) => ({ file: file.name, message })));
        continue;
      }
      problems.push(...read.problems.map((problem) => ({ ...problem, file: file.name })));
      addToDocument(documents, read.document.text, read.document);
    }
  }
  if (problems.length > 0) return err(problems);
  return ok({ set: null, types: schema.result(), documents: [...documents.values()], entities: [...entities.values()] });
}

export const labelStudioFormat: ExchangeFormat = { name: 'labelstudio', output: 'file', serialize, parse };
