import fc from 'fast-check';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { Bundle, ExchangeFormat, ExportSource, InputFile, OutputPiece } from '../../../core/formats/bundle';
import { encodeUtf8 } from '../../../core/formats/utf8';
import { NATIVE_PACKING } from '../../../main/services/exchange/native-packing';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { Entity } from '../../../core/model/entity';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { CodePointIndex } from '../../../core/text/code-points';
import { TIME } from '../../fixtures/formats/samples';
import { fuzzSettings } from '../fuzz/settings';

/** Fixed seed and bounded runs, so a failure is reproducible and the suite stays fast (`npm run fuzz` asks for more). */
export const PROPERTY_RUNS = fuzzSettings(60);

export async function serializeToFiles(format: ExchangeFormat, bundle: Bundle): Promise<InputFile[]> {
  const output = await collectOutput(format.serialize(sourceOf(bundle)));
  return [...output].map(([path, data]) => ({
    name: path === '' ? `export.${format.name}` : path,
    bytes: typeof data === 'string' ? encodeUtf8(data) : data,
  }));
}

export async function serializeToText(format: ExchangeFormat, bundle: Bundle): Promise<string> {
  const output = await collectOutput(format.serialize(sourceOf(bundle)));
  const data = output.get('');
  if (typeof data !== 'string') throw new Error(`${format.name} did not write one text file`);
  return data;
}

export const textFile = (name: string, text: string): InputFile => ({ name, bytes: encodeUtf8(text) });

const ENTITY: Entity = { id: 'harbour-board', kind: 'organisation', name: 'Harbour Board', aliases: ['the board'], mergedIds: [], created: TIME, modified: TIME };

const PIECES = ['a', 'ß', 'é', 'e\u0301', '🌊', '👩‍🚒', ' ', '\n', '\r\n', '“', 'x'];

/** Texts built from tricky pieces, with annotations over random non-empty ranges. */
export const arbitraryBundle = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 })
  .chain((pieces) => {
    const text = pieces.join('');
    const length = new CodePointIndex(text).codePointLength;
    const span = fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length })).map(([a, n]) => [a, Math.min(length, a + n)] as const);
    const annotation = fc.record({
      spans: fc.array(span, { minLength: 1, maxLength: 3 }),
      type: fc.constantFrom('quote', 'claim', 'actor'),
      note: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      // An actor may name the entity, a quote's speaker may link to it.
      linked: fc.boolean(),
    });
    return fc.tuple(fc.constant(text), fc.array(annotation, { maxLength: 6 }));
  })
  .map(([text, drafts]): Bundle => {
    const index = new CodePointIndex(text);
    const annotations = drafts.map(
      (draft, i): StoredAnnotation => ({
        id: `a${i}`,
        type: draft.type,
        set: 'default',
        fragments: [...draft.spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]).map(([start, end]) => describeFragment(index, start, end)),
        fields: draft.type === 'quote' ? { kind: 'direct', ...(draft.linked ? { speaker: { entity: ENTITY.id } } : {}) } : {},
        ...(draft.note !== undefined ? { note: draft.note } : {}),
        ...(draft.linked && draft.type === 'actor' ? { entity: ENTITY.id } : {}),
        created: TIME,
        modified: TIME,
      }),
    );
    const linked = drafts.some((draft) => draft.linked && draft.type !== 'claim');
    const documents = [{ id: 'doc', text, metadata: { title: 'Generated' }, fileName: 'doc.txt', annotations }];
    return { set: 'default', types: DEFAULT_LABEL_TYPES, documents, entities: linked ? [ENTITY] : [] };
  });

/** An export source over documents already in memory. */
export function sourceOf(bundle: Bundle): ExportSource {
  return {
    set: bundle.set,
    types: bundle.types,
    ...(bundle.entities !== undefined ? { entities: bundle.entities } : {}),
    packing: NATIVE_PACKING,
    async *documents() {
      yield* bundle.documents;
    },
  };
}

/** Gathers a serializer's output in memory, file by file. */
export async function collectOutput(pieces: AsyncIterable<OutputPiece>): Promise<Map<string, Uint8Array | string>> {
  const files = new Map<string, (string | Uint8Array)[]>();
  for await (const piece of pieces) {
    const parts = files.get(piece.path) ?? [];
    if (typeof piece.data === 'string' || piece.data instanceof Uint8Array) parts.push(piece.data);
    else parts.push(...piece.data);
    files.set(piece.path, parts);
  }
  return new Map([...files].map(([path, parts]) => [path, joinParts(parts)]));
}

function joinParts(parts: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (parts.every((part) => typeof part === 'string')) return parts.join('');
  const bytes = parts.map((part) => (typeof part === 'string' ? encodeUtf8(part) : part));
  const joined = new Uint8Array(bytes.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of bytes) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** A small RFC 4180 reader, enough to check what the writer produced. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    rows.at(-1)!.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push([]);
      i++;
    } else cell += c;
  }
  rows.pop();
  return rows;
}
