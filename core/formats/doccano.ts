import { z } from 'zod';
import { FieldValueSchema, type FieldValue, type StoredAnnotation } from '../model/annotation';
import { EntitySchema, type Entity } from '../model/entity';
import { TimestampSchema } from '../model/ids';
import { err, ok } from '../result';
import { parseUnknown } from '../validation/parse-unknown';
import { SchemaCollector } from './brat-read';
import { canonicalMetadata } from './canonical';
import { collectEntities, entitiesLinkedBy } from './linked-entities';
import type { BundleDocument, ExchangeFormat, ExportSource, FormatProblem, InputFile, OutputPiece, ParseContext, ParseResult } from './bundle';
import { addToDocument, annotationsFromDrafts, bundleDocument, documentForText, fileProblems, type SpanDraft } from './span-drafts';
import { TypeNames } from './type-names';
import { decodeUtf8 } from './utf8';

/**
 * doccano JSONL (https://doccano.github.io/doccano/): one line per document,
 * its text and its spans as entities with `start_offset`/`end_offset` in
 * code points (doccano counts Python string indices, as Gloss does), and
 * span links as relations. Import also reads the older `label:
 * [[start, end, label]]` form. doccano keeps any other key of a line as the
 * example's metadata and writes it back on export, so Gloss's document
 * metadata and what doccano has no place for (the grouping of a
 * discontinuous span, fields, the note, set and times) travel in a `gloss`
 * key and come back whole.
 */
const GlossAnnotationSchema = z.object({
  id: z.string(),
  type: z.string(),
  entities: z.array(z.number()),
  set: z.string().min(1),
  fields: z.record(z.string(), FieldValueSchema),
  note: z.string().optional(),
  entity: z.string().optional(),
  created: TimestampSchema.optional(),
  modified: TimestampSchema.optional(),
});

const SpanSchema = z.object({ id: z.number(), label: z.string().min(1), start_offset: z.int().nonnegative(), end_offset: z.int().nonnegative() });
const RelationSchema = z.object({ from_id: z.number(), to_id: z.number(), type: z.string().min(1) });
const LabelSchema = z.tuple([z.int().nonnegative(), z.int().nonnegative(), z.string().min(1)]);

const LineSchema = z.looseObject({
  text: z.string(),
  entities: z.array(SpanSchema).optional(),
  relations: z.array(RelationSchema).optional(),
  label: z.array(z.unknown()).optional(),
  title: z.string().min(1).optional(),
  gloss: z.object({ annotations: z.array(GlossAnnotationSchema), entities: z.array(EntitySchema).optional() }).optional(),
});
type Line = z.infer<typeof LineSchema>;

const isReference = (value: FieldValue): value is { ref: string } => typeof value === 'object' && 'ref' in value;

function toLine(document: BundleDocument, names: TypeNames, linked: readonly Entity[]): string {
  const entities: z.infer<typeof SpanSchema>[] = [];
  const first = new Map<string, number>();
  const annotations = document.annotations.map((annotation: StoredAnnotation) => {
    const ids = annotation.fragments.map((fragment) => {
      entities.push({ id: entities.length + 1, label: names.name(annotation.type), start_offset: fragment.start, end_offset: fragment.end });
      return entities.length;
    });
    first.set(annotation.id, ids[0] as number);
    const fields = Object.fromEntries(Object.entries(annotation.fields).filter(([, value]) => !isReference(value)));
    const { id, type, set, note, entity, created, modified } = annotation;
    return { id, type, entities: ids, set, fields, ...(note !== undefined ? { note } : {}), ...(entity !== undefined ? { entity } : {}), created, modified };
  });
  const relations = document.annotations.flatMap((annotation) =>
    Object.entries(annotation.fields).flatMap(([field, value]) => {
      const from = first.get(annotation.id);
      const to = isReference(value) ? first.get(value.ref) : undefined;
      return from !== undefined && to !== undefined ? [{ from_id: from, to_id: to, type: field }] : [];
    }),
  );
  return JSON.stringify({
    text: document.text,
    entities,
    relations: relations.map((relation, i) => ({ id: i + 1, ...relation })),
    document: document.id,
    ...canonicalMetadata(document.metadata),
    gloss: { annotations, ...(linked.length > 0 ? { entities: linked } : {}) },
  });
}

async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const names = new TypeNames(source.types);
  const linkedBy = entitiesLinkedBy(source.entities ?? []);
  for await (const document of source.documents()) yield { path: '', data: `${toLine(document, names, linkedBy(document.annotations))}\n` };
}

/** The drafts of one line: Gloss's own grouping where the line carries it, else one annotation per entity or label. */
function draftsOf(line: Line, where: string): { drafts: SpanDraft[]; problems: string[] } {
  const problems: string[] = [];
  const entities = [...(line.entities ?? [])];
  for (const [i, label] of (line.label ?? []).entries()) {
    const triple = LabelSchema.safeParse(label);
    if (triple.success) entities.push({ id: -(i + 1), start_offset: triple.data[0], end_offset: triple.data[1], label: triple.data[2] });
    else problems.push(`${where}: label ${i} is not [start, end, label]${typeof label === 'string' ? ` (a text classification label, "${label}", is not a span; Gloss keeps spans only)` : ''}`);
  }
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const owner = new Map<number, string>();
  const drafts: SpanDraft[] = [];
  for (const annotation of line.gloss?.annotations ?? []) {
    const parts = annotation.entities.map((id) => byId.get(id));
    if (parts.some((part) => part === undefined) || parts.length === 0) {
      problems.push(`${where}: annotation ${annotation.id} names entities the line does not have`);
      continue;
    }
    for (const id of annotation.entities) owner.set(id, annotation.id);
    const { id, type, set, fields, note, entity, created, modified } = annotation;
    drafts.push({
      key: id,
      label: type,
      type,
      ranges: parts.map((part) => ({ start: part?.start_offset ?? 0, end: part?.end_offset ?? 0 })),
      fields,
      links: [],
      set,
      ...(note !== undefined ? { note } : {}),
      ...(entity !== undefined ? { entity } : {}),
      ...(created !== undefined ? { created } : {}),
      ...(modified !== undefined ? { modified } : {}),
    });
  }
  for (const entity of entities) {
    if (owner.has(entity.id)) continue;
    const key = entity.id < 0 ? `label-${-entity.id}` : String(entity.id);
    owner.set(entity.id, key);
    drafts.push({ key, label: entity.label, ranges: [{ start: entity.start_offset, end: entity.end_offset }], fields: {}, links: [], set: 'default' });
  }
  const byKey = new Map(drafts.map((draft) => [draft.key, draft]));
  for (const relation of line.relations ?? []) {
    const from = byKey.get(owner.get(relation.from_id) ?? '');
    const to = owner.get(relation.to_id);
    if (!from || to === undefined) problems.push(`${where}: relation ${relation.type} joins entities the line does not have`);
    else from.links.push({ field: relation.type, target: to });
  }
  return { drafts, problems };
}

function parse(files: readonly InputFile[], context: ParseContext): ParseResult {
  const problems: FormatProblem[] = [];
  const schema = new SchemaCollector(new Map());
  const documents = new Map<string, BundleDocument>();
  const entities = new Map<string, Entity>();
  for (const file of files) {
    const lines = decodeUtf8(file.bytes).split('\n');
    lines.forEach((raw, i) => {
      if (raw.trim().length === 0) return;
      const where = `line ${i + 1}`;
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (error) {
        problems.push({ file: file.name, message: `${where} is not valid JSON (${error instanceof Error ? error.message : String(error)})` });
        return;
      }
      const line = parseUnknown(LineSchema, data);
      if (!line.ok) {
        problems.push({ file: file.name, message: `${where} is not a doccano example: ${line.error}` });
        return;
      }
      const { drafts, problems: lineProblems } = draftsOf(line.value, where);
      collectEntities(entities, line.value.gloss?.entities);
      problems.push(...lineProblems.map((message) => ({ file: file.name, message })));
      const home = documentForText(line.value.text, line.value.title ?? `${file.name.replace(/\.[^.]*$/, '')}-${i + 1}`, context);
      const read = annotationsFromDrafts(drafts, home, null, schema, context);
      problems.push(...fileProblems(`${file.name}, ${where}`, read.problems));
      addToDocument(documents, home.text, bundleDocument(home, read.annotations, line.value.title));
    });
  }
  if (problems.length > 0) return err(problems);
  return ok({ set: null, types: schema.result(), documents: [...documents.values()], entities: [...entities.values()] });
}

export const doccanoFormat: ExchangeFormat = { name: 'doccano', output: 'file', serialize, parse };
