import { z } from 'zod';
import { fragmentFits } from '../anchoring/fragment';
import { StoredAnnotationSchema } from '../model/annotation';
import { isStoredAnnotation } from '../model/annotation-check';
import { DocumentMetadataSchema } from '../model/document';
import { EntitySchema, type Entity } from '../model/entity';
import { entityLinksOf } from '../entities/entity-links';
import { entityLookup } from '../entities/entity-edits';
import { DocumentIdSchema } from '../model/ids';
import { LabelTypeSchema, type LabelType } from '../model/label-types';
import { err, ok, type Result } from '../result';
import { CodePointIndex } from '../text/code-points';
import { parseUnknown } from '../validation/parse-unknown';
import type { BundleDocument, ExchangeFormat, ExportSource, FormatProblem, InputFile, OutputPiece, ParseResult } from './bundle';
import { canonicalAnnotation, canonicalMetadata } from './canonical';
import { decodeUtf8 } from './utf8';
import { jsonPieces } from '../text/json-pieces';

const GLOSS_EXCHANGE_FORMAT = 'gloss.exchange';
const GLOSS_EXCHANGE_VERSION = 1;

const ExchangeDocumentSchema = z.object({
  id: DocumentIdSchema,
  fileName: z.string().optional(),
  metadata: DocumentMetadataSchema,
  text: z.string(),
  annotations: z.array(StoredAnnotationSchema),
});

const GlossExchangeSchema = z.object({
  format: z.literal(GLOSS_EXCHANGE_FORMAT),
  version: z.literal(GLOSS_EXCHANGE_VERSION),
  set: z.string().min(1).nullable(),
  types: z.array(LabelTypeSchema),
  documents: z.array(ExchangeDocumentSchema),
  /** The entities the annotations link to (absent in files from before entities). */
  entities: z.array(EntitySchema).optional(),
});

type GlossExchange = z.output<typeof GlossExchangeSchema>;

/** The file with each document's annotations left for the plain-code check (zod's own per annotation was most of a large import's reading). */
const GlossExchangeEnvelopeSchema = GlossExchangeSchema.extend({ documents: z.array(ExchangeDocumentSchema.extend({ annotations: z.array(z.unknown()) })) });

/**
 * Gives exactly what GlossExchangeSchema gives: the envelope through zod and
 * the annotations through the plain-code check when all pass; otherwise the
 * whole file through zod, so a refusal's message is zod's own.
 */
function readExchange(data: unknown): Result<GlossExchange, string> {
  const envelope = GlossExchangeEnvelopeSchema.safeParse(data);
  if (envelope.success) {
    const documents: GlossExchange['documents'] = [];
    for (const document of envelope.data.documents) {
      const { annotations } = document;
      if (!annotations.every(isStoredAnnotation)) return parseUnknown(GlossExchangeSchema, data);
      documents.push({ ...document, annotations });
    }
    return ok({ ...envelope.data, documents });
  }
  return parseUnknown(GlossExchangeSchema, data);
}

function canonicalDocument(document: BundleDocument): BundleDocument {
  return {
    id: document.id,
    ...(document.fileName !== undefined ? { fileName: document.fileName } : {}),
    metadata: canonicalMetadata(document.metadata),
    text: document.text,
    annotations: document.annotations.map(canonicalAnnotation),
  };
}

/**
 * Gloss's own exchange file: self-contained (texts, metadata, schema,
 * annotations and the entities they link to) and lossless. One document per
 * line inside the JSON array, so it can be written document by document and
 * still diffs well; the entities come last, once every link has been seen.
 */
async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  const header = { format: GLOSS_EXCHANGE_FORMAT, version: GLOSS_EXCHANGE_VERSION, set: source.set, types: source.types };
  yield { path: '', data: `${JSON.stringify(header).slice(0, -1)},\n"documents":[` };
  const lookup = entityLookup(source.entities ?? []);
  const linked = new Map<string, Entity>();
  let separator = '\n';
  for await (const document of source.documents()) {
    for (const annotation of document.annotations) {
      for (const link of entityLinksOf(annotation)) {
        const entity = lookup.get(link.entityId);
        if (entity) linked.set(entity.id, entity);
      }
    }
    // Its keys and each annotation as pieces (see OutputPiece).
    yield { path: '', data: [separator, ...jsonPieces(canonicalDocument(document), { depth: 2 })] };
    separator = ',\n';
  }
  yield { path: '', data: `\n],\n"entities":${JSON.stringify([...linked.values()])}}\n` };
}

/** Several files are read as one bundle: documents in file order, each type once (the first definition wins). */
function parse(files: readonly InputFile[]): ParseResult {
  const problems: FormatProblem[] = [];
  const documents: BundleDocument[] = [];
  const types = new Map<string, LabelType>();
  const entities = new Map<string, Entity>();
  let set: string | null = null;
  for (const [i, file] of files.entries()) {
    const read = readFile(file);
    if (!read.ok) {
      problems.push(...read.error);
      continue;
    }
    if (i === 0) set = read.value.set;
    for (const type of read.value.types) if (!types.has(type.id)) types.set(type.id, type);
    for (const entity of read.value.entities ?? []) if (!entities.has(entity.id)) entities.set(entity.id, entity);
    documents.push(...read.value.documents);
  }
  if (problems.length > 0) return err(problems);
  return ok({ set, types: [...types.values()], documents, entities: [...entities.values()] });
}

function readFile(file: InputFile): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(decodeUtf8(file.bytes));
  } catch (error) {
    return err([{ file: file.name, message: `is not valid JSON (${error instanceof Error ? error.message : String(error)})` }]);
  }
  const parsed = readExchange(data);
  if (!parsed.ok) return err([{ file: file.name, message: `is not a Gloss exchange file: ${parsed.error}` }]);
  const problems: FormatProblem[] = [];
  for (const document of parsed.value.documents) {
    const index = new CodePointIndex(document.text);
    for (const annotation of document.annotations) {
      const misfit = annotation.fragments.find((fragment) => !fragmentFits(index, fragment));
      if (misfit) {
        problems.push({
          file: file.name,
          annotation: annotation.id,
          message: `document ${document.id}: annotation ${annotation.id} does not fit the text at ${misfit.start}–${misfit.end}`,
        });
      }
    }
  }
  if (problems.length > 0) return err(problems);
  const { set, types, documents, entities } = parsed.value;
  return ok({ set, types, documents: documents.map(canonicalDocument), ...(entities !== undefined ? { entities } : {}) });
}

export const glossFormat: ExchangeFormat = { name: 'gloss', output: 'file', serialize, parse };
