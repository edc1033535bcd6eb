import type { FieldValue, StoredAnnotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import { baseNames } from './brat-write';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { escapeText, escapeValue } from './webanno-escape';
import { ANY_ANNOTATION, featureName, FORMAT_LINE, FRAGMENT_ROLE, layerName, linkFeature, NOTE_FEATURE } from './webanno-layers';
import type { LabelType } from '../model/label-types';
import { addToGroup } from '../grouping';

interface Unit {
  start: number;
  end: number;
}

/** One annotation as TSV sees it: a contiguous run of units on one layer, with its disambiguation id. */
interface Piece {
  annotation: StoredAnnotation;
  id: number;
  start: number;
  end: number;
  first: boolean;
}

const isReference = (value: FieldValue): value is { ref: string } => typeof value === 'object' && 'ref' in value;
const SPACE = /\s/u;
/** Whether a character (one code point) is white space; ASCII without the regular expression, as it runs once per character of every text. */
function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(char);
}

/**
 * Sentences are the text's lines and tokens its runs of non-space
 * characters, cut wherever an annotation starts or ends, so that every span
 * covers whole tokens (TSV can only address tokens). A span that starts or
 * ends in white space is narrowed to what it covers, as INCEpTION's own
 * writer does; one of white space alone has no token and is left out.
 */
function sentences(chars: readonly string[], cuts: ReadonlySet<number>): Unit[][] {
  const result: Unit[][] = [];
  let line: Unit[] = [];
  let start: number | null = null;
  const close = (at: number) => {
    if (start !== null) line.push({ start, end: at });
    start = null;
  };
  chars.forEach((char, i) => {
    if (char === '\n') {
      close(i);
      if (line.length > 0) result.push(line);
      line = [];
    } else if (isSpace(char)) close(i);
    else {
      if (start !== null && cuts.has(i)) close(i);
      start ??= i;
    }
  });
  close(chars.length);
  if (line.length > 0) result.push(line);
  return result;
}

/** The pieces of each annotation: its fragments narrowed to the tokens they cover. */
function pieces(document: BundleDocument, text: string[]): Piece[] {
  const result: Piece[] = [];
  for (const annotation of document.annotations) {
    let first = true;
    for (const fragment of annotation.fragments) {
      let { start, end } = fragment;
      while (start < end && isSpace(text[start] as string)) start++;
      while (end > start && isSpace(text[end - 1] as string)) end--;
      if (end <= start) continue;
      // The first fragment that has a token carries the fields, note and links.
      result.push({ annotation, id: result.length + 1, start, end, first });
      first = false;
    }
  }
  return result;
}

interface Layer {
  name: string;
  typeId: string;
  features: string[];
}

/** The layers of the export: every type of the schema, then any the documents use that it lacks; each with its fields, Note and links. */
function layersOf(types: readonly LabelType[], document: BundleDocument): Layer[] {
  const ids = [...types.map((type) => type.id), ...document.annotations.map((a) => a.type)].filter((id, i, all) => all.indexOf(id) === i);
  return ids.map((typeId) => {
    const defined = types.find((type) => type.id === typeId)?.fields.filter((field) => field.kind !== 'span').map((field) => field.id) ?? [];
    const used = document.annotations.filter((a) => a.type === typeId).flatMap((a) => Object.entries(a.fields).filter(([, v]) => !isReference(v)).map(([id]) => id));
    return { name: layerName(typeId), typeId, features: [...new Set([...defined, ...used])] };
  });
}

/** A field as a feature's value: its readable text (an entity's name), a date's wording beside its ISO date. */
export function featureText(value: FieldValue, context: ValueContext): string {
  const { text, wording } = readableValue(value, context);
  return wording ? `${text} (${wording})` : text;
}

const featureValue = (value: FieldValue | undefined, context: ValueContext) => (value === undefined ? '*' : escapeValue(featureText(value, context)) || '*');

/** A piece's cells on its layer, made once: a piece covers several tokens, and each of them repeats its cells. */
interface PieceCells {
  layer: number;
  /** One per feature, then the note, the link roles and the link targets. */
  cells: string[];
  /** The cells joined by tabs: a token that only this piece of its layer covers. */
  joined: string;
}

/** A token's columns: per layer, the cells of the pieces over it stacked with `|`, or the layer's run of `_`. */
function tokenColumns(here: readonly Piece[], cellsOf: readonly PieceCells[], empty: readonly string[]): string {
  const columns: string[] = [];
  for (let l = 0; l < empty.length; l++) {
    const stacked: PieceCells[] = [];
    for (const piece of here) {
      const cells = cellsOf[piece.id - 1] as PieceCells;
      if (cells.layer === l) stacked.push(cells);
    }
    if (stacked.length === 0) columns.push(empty[l] as string);
    else if (stacked.length === 1) columns.push((stacked[0] as PieceCells).joined);
    else columns.push((stacked[0] as PieceCells).cells.map((_, k) => stacked.map((piece) => piece.cells[k]).join('|')).join('\t'));
  }
  return columns.join('\t');
}

function writeTsv(document: BundleDocument, types: readonly LabelType[], context: ValueContext): string {
  const text = document.text;
  const index = new CodePointIndex(text);
  const chars = Array.from(text);
  const all = pieces(document, chars);
  const cuts = new Set<number>();
  for (const piece of all) cuts.add(piece.start).add(piece.end);
  const lines = sentences(chars, cuts);
  const layers = layersOf(types, document);
  const header = [FORMAT_LINE, ...layers.map((layer) => `#T_SP=${[layer.name, ...layer.features.map(featureName), NOTE_FEATURE, linkFeature(layer.name), ANY_ANNOTATION].join('|')}`)];
  const address = new Map<number, string>();
  lines.forEach((units, s) => units.forEach((unit, t) => address.set(unit.start, `${s + 1}-${t + 1}`)));
  // The pieces over each unit, found by walking each piece's units (pieces start and end on unit edges).
  const flat = lines.flat();
  const unitAt = new Map(flat.map((unit, i) => [unit.start, i]));
  const over: Piece[][] = flat.map(() => []);
  for (const piece of all) {
    for (let u = unitAt.get(piece.start) ?? flat.length; u < flat.length && (flat[u] as Unit).end <= piece.end; u++) over[u]?.push(piece);
  }
  const empty = layers.map((layer) => Array.from({ length: layer.features.length + 3 }, () => '_').join('\t'));
  const allEmpty = empty.join('\t');
  const firstPiece = new Map(all.filter((piece) => piece.first).map((piece) => [piece.annotation.id, piece]));
  const target = (piece: Piece | undefined) => (piece ? `${address.get(piece.start)}[${piece.id}]` : undefined);
  // Each annotation's later fragments, found once: looking them up per token made a document's export quadratic.
  const laterFragments = new Map<StoredAnnotation, Piece[]>();
  for (const piece of all) if (!piece.first) addToGroup(laterFragments, piece.annotation, piece);
  const links = (piece: Piece): { role: string; target: string }[] => {
    if (!piece.first) return [];
    const fragments = (laterFragments.get(piece.annotation) ?? []).map((other) => ({ role: FRAGMENT_ROLE, target: target(other) }));
    const fields = Object.entries(piece.annotation.fields).flatMap(([field, value]) => (isReference(value) ? [{ role: field, target: target(firstPiece.get(value.ref)) }] : []));
    return [...fragments, ...fields].flatMap((link) => (link.target === undefined ? [] : [{ role: escapeValue(link.role), target: link.target }]));
  };
  const layerOf = new Map(layers.map((layer, l) => [layer.typeId, l]));
  const cellsOf = all.map((piece): PieceCells => {
    const layer = layerOf.get(piece.annotation.type) ?? 0;
    const { annotation, first, id } = piece;
    const own = links(piece);
    const cells = [
      ...(layers[layer] as Layer).features.map((feature) => `${first ? featureValue(annotation.fields[feature], context) : '*'}[${id}]`),
      `${first && annotation.note !== undefined ? escapeValue(annotation.note) || '*' : '*'}[${id}]`,
      own.length > 0 ? own.map((link) => link.role).join(';') : '*',
      own.length > 0 ? own.map((link) => link.target).join(';') : '*',
    ];
    return { layer, cells, joined: cells.join('\t') };
  });
  let u = 0;
  const blocks = lines.map((units, s) => {
    const first = units[0] as Unit;
    const last = units.at(-1) as Unit;
    const rows = units.map((unit, t) => {
      const start = index.toUtf16(unit.start);
      const end = index.toUtf16(unit.end);
      const here = over[u++] ?? [];
      // Most tokens carry few annotations, many none: one string for a token without any.
      const columns = here.length === 0 ? allEmpty : tokenColumns(here, cellsOf, empty);
      return `${s + 1}-${t + 1}\t${start}-${end}\t${escapeText(text.slice(start, end))}\t${columns}\t`;
    });
    return [`#Text=${escapeText(text.slice(index.toUtf16(first.start), index.toUtf16(last.end)))}`, ...rows].join('\n');
  });
  return `${header.join('\n')}\n\n\n${blocks.join('\n\n')}\n`;
}

/** One .tsv per document, named after the file it came from, as INCEpTION exports a project's documents. */
export async function* serializeWebAnno(source: ExportSource): AsyncIterable<OutputPiece> {
  const nameOf = baseNames();
  const contextOf = valueContexts(source.entities ?? []);
  for await (const document of source.documents()) yield { path: `${nameOf(document)}.tsv`, data: writeTsv(document, source.types, contextOf(document)) };
}
