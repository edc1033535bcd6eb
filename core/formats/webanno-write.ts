import type { FieldValue, StoredAnnotation } from '../model/annotation';
import { CodePointIndex } from '../text/code-points';
import type { BundleDocument, ExportSource, OutputPiece } from './bundle';
import { baseNames } from './brat-write';
import { readableValue, valueContexts, type ValueContext } from './field-text';
import { escapeText, escapeValue } from './webanno-escape';
import { ANY_ANNOTATION, featureName, FORMAT_LINE, FRAGMENT_ROLE, layerName, linkFeature, NOTE_FEATURE } from './webanno-layers';
import type { LabelType } from '../model/label-types';

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
const isSpace = (char: string) => /\s/u.test(char);

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

function writeTsv(document: BundleDocument, types: readonly LabelType[], context: ValueContext): string {
  const index = new CodePointIndex(document.text);
  const chars = Array.from(document.text);
  const all = pieces(document, chars);
  const cuts = new Set(all.flatMap((piece) => [piece.start, piece.end]));
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
  let u = 0;
  const empty = layers.map((layer) => Array.from({ length: layer.features.length + 3 }, () => '_').join('\t'));
  const allEmpty = empty.join('\t');
  const layerCells = (layer: Layer, stacked: readonly Piece[], none: string): string => {
    if (stacked.length === 0) return none;
    const column = (value: (piece: Piece) => string) => stacked.map(value).join('|');
    const ownLinks = stacked.map(links);
    return [
      ...layer.features.map((feature) => column((piece) => `${piece.first ? featureValue(piece.annotation.fields[feature], context) : '*'}[${piece.id}]`)),
      column((piece) => `${piece.first && piece.annotation.note !== undefined ? escapeValue(piece.annotation.note) || '*' : '*'}[${piece.id}]`),
      ownLinks.map((list) => (list.length > 0 ? list.map((link) => link.role).join(';') : '*')).join('|'),
      ownLinks.map((list) => (list.length > 0 ? list.map((link) => link.target).join(';') : '*')).join('|'),
    ].join('\t');
  };
  const firstPiece = new Map(all.filter((piece) => piece.first).map((piece) => [piece.annotation.id, piece]));
  const target = (piece: Piece | undefined) => (piece ? `${address.get(piece.start)}[${piece.id}]` : undefined);
  // Each annotation's later fragments, found once: looking them up per token made a document's export quadratic.
  const laterFragments = new Map<StoredAnnotation, Piece[]>();
  for (const piece of all) if (!piece.first) laterFragments.set(piece.annotation, [...(laterFragments.get(piece.annotation) ?? []), piece]);
  const linksOf = new Map<Piece, { role: string; target: string }[]>();
  const links = (piece: Piece): { role: string; target: string }[] => {
    if (!piece.first) return [];
    const known = linksOf.get(piece);
    if (known) return known;
    const fragments = (laterFragments.get(piece.annotation) ?? []).map((other) => ({ role: FRAGMENT_ROLE, target: target(other) }));
    const fields = Object.entries(piece.annotation.fields).flatMap(([field, value]) => (isReference(value) ? [{ role: field, target: target(firstPiece.get(value.ref)) }] : []));
    const found = [...fragments, ...fields].flatMap((link) => (link.target === undefined ? [] : [{ role: escapeValue(link.role), target: link.target }]));
    linksOf.set(piece, found);
    return found;
  };
  const blocks = lines.map((units, s) => {
    const first = units[0] as Unit;
    const last = units.at(-1) as Unit;
    const rows = units.map((unit, t) => {
      const here = over[u++] ?? [];
      // Most tokens carry few annotations: a layer with none is a run of `_`, and a token with none one string for all.
      const columns = here.length === 0 ? allEmpty : layers.map((layer, l) => layerCells(layer, here.filter((piece) => piece.annotation.type === layer.typeId), empty[l] as string)).join('\t');
      return `${s + 1}-${t + 1}\t${index.toUtf16(unit.start)}-${index.toUtf16(unit.end)}\t${escapeText(chars.slice(unit.start, unit.end).join(''))}\t${columns}\t`;
    });
    return [`#Text=${escapeText(chars.slice(first.start, last.end).join(''))}`, ...rows].join('\n');
  });
  return `${header.join('\n')}\n\n\n${blocks.join('\n\n')}\n`;
}

/** One .tsv per document, named after the file it came from, as INCEpTION exports a project's documents. */
export async function* serializeWebAnno(source: ExportSource): AsyncIterable<OutputPiece> {
  const nameOf = baseNames();
  const contextOf = valueContexts(source.entities ?? []);
  for await (const document of source.documents()) yield { path: `${nameOf(document)}.tsv`, data: writeTsv(document, source.types, contextOf(document)) };
}
