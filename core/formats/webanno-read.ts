import { err, ok, type Result } from '../result';
import type { CodePointIndex } from '../text/code-points';
import type { KnownDocument, ParseContext } from './bundle';
import type { SpanDraft } from './span-drafts';
import { entryId, entryValue, splitUnescaped, unescapeText, unescapeValue } from './webanno-escape';
import { FRAGMENT_ROLE, NOTE_FEATURE, shortName } from './webanno-layers';
import { slugId } from './ids';
import { addToGroup } from '../grouping';

/** A layer of the header: span (with features and slot features), chain, or relation (with the layer it joins). */
interface Layer {
  kind: 'SP' | 'CH' | 'RL';
  name: string;
  columns: Column[];
  base?: string;
}
type Column =
  | { kind: 'feature'; name: string }
  | { kind: 'role'; targetLayer: string }
  | { kind: 'target' }
  | { kind: 'governor' };

/**
 * A token line. Its annotation cells are read from the line where they are
 * asked for, not split into strings up front: most of a token's cells are
 * `_`, and splitting every line made tens of millions of short-lived strings
 * for an import of 100,000 annotations, most of its garbage collection.
 */
class Row {
  constructor(
    readonly unit: string,
    readonly begin: number,
    readonly end: number,
    private readonly line: string,
    /** Where each annotation cell's tab is in the line (the cell follows it). */
    private readonly tabs: readonly number[],
  ) {}

  /** The `column`-th annotation cell (after unit, offsets and token), or undefined past the last. */
  cell(column: number): string | undefined {
    const tab = this.tabs[column];
    return tab === undefined ? undefined : this.line.slice(tab + 1, this.tabs[column + 1] ?? this.line.length);
  }
}

/** Where each tab of a line is. */
function tabsOf(line: string): number[] {
  const tabs: number[] = [];
  for (let at = line.indexOf('\t'); at !== -1; at = line.indexOf('\t', at + 1)) tabs.push(at);
  return tabs;
}

/** An annotation being read: its layer, the UTF-16 extent of its units, features, links and note. */
interface Reading {
  key: string;
  layer: string;
  begin: number;
  end: number;
  fields: Record<string, string>;
  links: { role: string; target: string }[];
  note?: string;
}

function readHeaderLine(line: string): Layer | null {
  const match = /^#T_(SP|CH|RL)=(.*)$/.exec(line);
  if (!match) return null;
  const [name = '', ...features] = (match[2] as string).split('|');
  const kind = match[1] as Layer['kind'];
  const columns: Column[] = [];
  let base: string | undefined;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i] as string;
    if (kind === 'SP' && feature.startsWith('ROLE_')) {
      columns.push({ kind: 'role', targetLayer: features[i + 1] ?? '' }, { kind: 'target' });
      i++;
    } else if (kind === 'RL' && feature.startsWith('BT_')) {
      base = feature.slice(3);
      columns.push({ kind: 'governor' });
    } else columns.push({ kind: 'feature', name: feature });
  }
  // A span layer without features still has its one column, `*` where it is.
  if (columns.length === 0) columns.push({ kind: 'feature', name: '' });
  return { kind, name, columns, ...(base !== undefined ? { base } : {}) };
}

/** What a TSV file holds once read: its text as the sentences give it, and its annotations as drafts in that text's code points. */
export interface TsvContent {
  text: string;
  sentences: { begin: number; text: string }[];
  /** Drafts whose ranges are UTF-16 offsets of the file; `draftsFor` converts them. */
  readings: Reading[];
}

/** Reads the header, sentences and rows of a WebAnno TSV 3.x file. */
export function readTsv(content: string): Result<TsvContent, string[]> {
  const lines = content.split(/\r?\n/);
  if (!/^#FORMAT=WebAnno TSV 3(\.\d+)?\s*$/.test(lines[0] ?? '')) return err([`the first line is not "#FORMAT=WebAnno TSV 3.x" (it is "${(lines[0] ?? '').slice(0, 60)}")`]);
  const layers: Layer[] = [];
  const sentences: { begin: number; text: string }[] = [];
  const rows: Row[] = [];
  const problems: string[] = [];
  let pendingText: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.length === 0) continue;
    if (line.startsWith('#')) {
      const layer = readHeaderLine(line);
      if (layer) layers.push(layer);
      else if (line.startsWith('#Text=')) pendingText.push(unescapeText(line.slice(6)));
    } else {
      const tabs = tabsOf(line);
      const unit = line.slice(0, tabs[0] ?? line.length);
      const offsets = tabs[0] === undefined ? null : /^(\d+)-(\d+)$/.exec(line.slice(tabs[0] + 1, tabs[1] ?? line.length));
      if (!/^\d+-\d+(\.\d+)?$/.test(unit) || !offsets) {
        problems.push(`line ${i + 1} is not a token line ("${line.slice(0, 60)}")`);
        continue;
      }
      const begin = Number(offsets[1]);
      if (pendingText.length > 0) {
        sentences.push({ begin, text: pendingText.join('\n') });
        pendingText = [];
      }
      rows.push(new Row(unit, begin, Number(offsets[2]), line, tabs.slice(2)));
    }
  }
  const readings = readAnnotations(layers, rows, problems);
  if (problems.length > 0) return err(problems);
  return ok({ text: textOf(sentences), sentences, readings });
}

/**
 * The text the sentences make at their offsets. What lies between two
 * sentences is not in the file: a gap of one is taken as a space, a longer
 * one as line breaks.
 */
function textOf(sentences: readonly { begin: number; text: string }[]): string {
  let text = '';
  for (const sentence of sentences) {
    const gap = sentence.begin - text.length;
    if (gap > 0) text += gap === 1 ? ' ' : '\n'.repeat(gap);
    text += sentence.text;
  }
  return text;
}

/**
 * One layer's cells on one token, each column's stacked entries split when
 * first asked for: a span's later tokens need only its id and links. (Plain
 * methods, not closures made per token: a hundred thousand annotations
 * cover millions of token cells.)
 */
class LayerCells {
  private readonly stacks: (string[] | undefined)[] = [];

  constructor(
    private readonly row: Row,
    private readonly from: number,
  ) {}

  stack(column: number): string[] {
    return (this.stacks[column] ??= splitUnescaped(this.row.cell(this.from + column) ?? '_', '|'));
  }

  /** The `stacked`-th entry of a column; `*` where the column has fewer. */
  entry(column: number, stacked: number): string {
    return this.stack(column)[stacked] ?? '*';
  }

  /** The disambiguation id of a stacked entry: the first its feature columns give, or null. */
  firstId(columns: readonly Column[], stacked: number): string | null {
    for (let i = 0; i < columns.length; i++) {
      if (columns[i]?.kind !== 'feature') continue;
      const id = entryId(this.entry(i, stacked));
      if (id !== null) return id;
    }
    return null;
  }
}

/** Every annotation of every layer: spans (their slot links kept by address), chain links, relations. */
function readAnnotations(layers: readonly Layer[], rows: readonly Row[], problems: string[]): Reading[] {
  const readings = new Map<string, Reading>();
  const byId = new Map<string, string>();
  /** Annotations of each layer that start at each unit, for links and relations given by address. */
  const at = new Map<string, string[]>();
  const units = new Map(rows.map((row) => [row.unit, row]));
  const extend = (key: string, layer: string, row: Row): Reading => {
    let reading = readings.get(key);
    if (!reading) {
      reading = { key, layer, begin: row.begin, end: row.end, fields: {}, links: [] };
      readings.set(key, reading);
      const place = `${layer}@${row.unit}`;
      addToGroup(at, place, key);
    }
    reading.begin = Math.min(reading.begin, row.begin);
    reading.end = Math.max(reading.end, row.end);
    return reading;
  };
  const chains = new Map<string, { link: number; key: string; relation: string | null }[]>();
  const relations: { layer: Layer; row: Row; governor: string; features: (string | null)[] }[] = [];
  for (const row of rows) {
    let column = 0;
    for (const layer of layers) {
      const first = row.cell(column) ?? '_';
      const from = column;
      column += layer.columns.length;
      // Most layers have nothing on most tokens: nothing is built for them.
      if (first === '_' || first === '') continue;
      const cells = new LayerCells(row, from);
      if (layer.kind === 'RL') {
        const governorColumn = layer.columns.findIndex((c) => c.kind === 'governor');
        const governors = governorColumn === -1 ? [] : cells.stack(governorColumn);
        governors.forEach((governor, j) => {
          const features = layer.columns.flatMap((c, i) => (c.kind === 'feature' ? [entryValue(cells.entry(i, j))] : []));
          relations.push({ layer, row, governor, features });
        });
        continue;
      }
      if (layer.kind === 'CH') {
        const names = layer.columns.map((c) => (c.kind === 'feature' ? c.name : ''));
        const stackNamed = (name: string) => (names.includes(name) ? cells.stack(names.indexOf(name)) : []);
        const typeCells = stackNamed('referenceType');
        stackNamed('referenceRelation').forEach((cell, j) => {
          const link = /^(.*?)(?<!\\)->(\d+)-(\d+)$/.exec(cell);
          if (!link) {
            problems.push(`token ${row.unit}: "${cell}" is not a chain link (relation->chain-link)`);
            return;
          }
          const key = `${layer.name}:${link[2]}-${link[3]}`;
          const reading = extend(key, layer.name, row);
          const type = entryValue(typeCells[j] ?? '*');
          if (type !== null) reading.fields['referenceType'] = type;
          const chain = chains.get(`${layer.name}:${link[2]}`) ?? [];
          if (!chain.some((c) => c.key === key)) chain.push({ link: Number(link[3]), key, relation: link[1] === '*' ? null : unescapeValue(link[1] as string) });
          chains.set(`${layer.name}:${link[2]}`, chain);
        });
        continue;
      }
      const stacked = cells.stack(0).length;
      for (let j = 0; j < stacked; j++) {
        const id = cells.firstId(layer.columns, j);
        const key = id !== null ? `${layer.name}#${id}` : `${layer.name}@${row.unit}#${j}`;
        if (id !== null) byId.set(id, key);
        // A span's features repeat on every token it covers, and the first token's count: they are read there only.
        const featuresRead = readings.has(key);
        const reading = extend(key, layer.name, row);
        for (const [i, c] of layer.columns.entries()) {
          if (c.kind === 'feature') {
            if (featuresRead) continue;
            const value = entryValue(cells.entry(i, j));
            if (value === null || c.name === '') continue;
            if (c.name === NOTE_FEATURE) reading.note ??= value;
            else reading.fields[c.name] ??= value;
          } else if (c.kind === 'role' && cells.entry(i, j) !== '*') {
            const roles = splitUnescaped(cells.entry(i, j), ';');
            const targets = splitUnescaped(cells.entry(i + 1, j), ';');
            roles.forEach((role, k) => {
              const target = `${c.targetLayer}|${targets[k] ?? ''}`;
              const link = { role: unescapeValue(role), target };
              if (!reading.links.some((l) => l.role === link.role && l.target === link.target)) reading.links.push(link);
            });
          }
        }
      }
    }
  }
  /** The annotation an address names: by its disambiguation id, else the first of the layer (or of any layer) at that unit. */
  const resolve = (layer: string, address: string, id: string | null): string | undefined => {
    if (id !== null && id !== '0') return byId.get(id);
    const found = at.get(`${layer}@${address}`)?.[0];
    if (found) return found;
    const row = units.get(address);
    if (!row) return undefined;
    const anyLayer = [...at].find(([place]) => place.endsWith(`@${address}`))?.[1][0];
    return layer === 'uima.tcas.Annotation' ? anyLayer : (anyLayer ?? extend(`${layer}@${address}`, layer, row).key);
  };
  for (const reading of readings.values()) {
    reading.links = reading.links.flatMap(({ role, target }) => {
      const [layer = '', address = ''] = target.split('|');
      const entry = /^(.*?)(?:\[(\d+)\])?$/.exec(address);
      const key = resolve(layer, entry?.[1] ?? address, entry?.[2] ?? null);
      if (key === undefined) problems.push(`${shortName(reading.layer)} at ${reading.key}: its link "${role}" points at ${address}, where nothing is`);
      return key === undefined ? [] : [{ role, target: key }];
    });
  }
  for (const chain of chains.values()) {
    chain.sort((a, b) => a.link - b.link);
    chain.forEach((link, i) => {
      const next = chain[i + 1];
      if (next) readings.get(link.key)?.links.push({ role: link.relation ?? 'next', target: next.key });
    });
  }
  for (const { layer, row, governor, features } of relations) {
    const match = /^(\d+-\d+(?:\.\d+)?)(?:\[(\d+)(?:_(\d+))?\])?$/.exec(governor);
    const base = layer.base ?? '';
    // `1-3[4_5]`: the governor's id, then the dependent's; 0 where one needs none.
    const from = match ? resolve(base, match[1] as string, match[2] ?? null) : undefined;
    const to = resolve(base, row.unit, match?.[3] ?? null);
    if (!from || !to) {
      problems.push(`token ${row.unit}: the ${shortName(layer.name)} relation from ${governor} joins annotations that are not in the file`);
      continue;
    }
    const label = features.find((value) => value !== null) ?? shortName(layer.name);
    readings.get(from)?.links.push({ role: label, target: to });
  }
  return [...readings.values()];
}

/** Drafts in code points of `index`'s text: a `gloss-fragment` link makes its target a fragment of the annotation linking to it. */
export function draftsFor(readings: readonly Reading[], index: CodePointIndex): SpanDraft[] {
  const byKey = new Map(readings.map((reading) => [reading.key, reading]));
  const fragments = new Set(readings.flatMap((reading) => reading.links.filter((link) => link.role === FRAGMENT_ROLE).map((link) => link.target)));
  const range = (reading: Reading) => ({ start: index.toCodePoint(reading.begin), end: index.toCodePoint(reading.end) });
  return readings
    .filter((reading) => !fragments.has(reading.key))
    .map((reading) => ({
      key: reading.key,
      label: shortName(reading.layer),
      ranges: [range(reading), ...reading.links.filter((l) => l.role === FRAGMENT_ROLE).flatMap((l) => { const part = byKey.get(l.target); return part ? [range(part)] : []; })],
      fields: Object.fromEntries(Object.entries(reading.fields).map(([name, value]) => [slugId(name), value])),
      links: reading.links.filter((link) => link.role !== FRAGMENT_ROLE).map((link) => ({ field: link.role, target: link.target })),
      ...(reading.note !== undefined ? { note: reading.note } : {}),
      set: 'default',
    }));
}

/**
 * The workspace document a file's sentences belong to: the one with the same
 * text, else one in which every sentence stands at its offsets (the text
 * between sentences is not in the file), preferring the one with the file's
 * name; null when none fits.
 */
export function documentForSentences(content: TsvContent, name: string, context: ParseContext): KnownDocument | null {
  const exact = context.documents.find((document) => document.text === content.text);
  if (exact) return exact;
  const fits = context.documents.filter((document) => content.sentences.every((s) => document.text.startsWith(s.text, s.begin)));
  const stem = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return fits.find((document) => document.fileName !== undefined && stem(document.fileName) === stem(name)) ?? fits[0] ?? null;
}
