import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bratFormat } from '../../../core/formats/brat';
import type { Bundle, InputFile, KnownDocument } from '../../../core/formats/bundle';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { arbitraryBundle, collectOutput, PROPERTY_RUNS, sourceOf, textFile } from './helpers';

const CORPUS = join(__dirname, '../../fixtures/formats/brat/attribution');

function corpusFiles(...only: string[]): InputFile[] {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(CORPUS)
    .map((path) => ({ name: relative(CORPUS, path), bytes: readFileSync(path) }))
    .filter((file) => only.length === 0 || only.some((prefix) => file.name.startsWith(prefix)));
}

const parse = (files: readonly InputFile[], documents: readonly KnownDocument[] = []) => bratFormat.parse!(files, { documents, now: TIME });

async function exportAnn(bundle: Bundle): Promise<Map<string, string>> {
  const output = await collectOutput(bratFormat.serialize(sourceOf(bundle)));
  return new Map([...output].map(([path, data]) => [path, typeof data === 'string' ? data : '']));
}

/**
 * A .ann file's lines with brat's ids replaced by what they stand for (a T by
 * its label and spans, an E by its trigger), so two files compare equal when
 * they differ only in numbering.
 */
function canonicalLines(ann: string): string[] {
  const lines = ann.split('\n').filter(Boolean).map((line) => line.split('\t'));
  const names = new Map<string, string>();
  for (const [id, head] of lines) if (id!.startsWith('T')) names.set(id!, `[${head}]`);
  for (const [id, head] of lines) if (id!.startsWith('E')) names.set(id!, `{${head!.split(' ')[0]!.replace(/:T\d+/, (m) => `:${names.get(m.slice(1))}`)}}`);
  const rename = (text: string) => text.replace(/\b[TE]\d+\b/g, (id) => names.get(id) ?? id);
  // Relations, attributes and normalizations are named by what they say, so a note on one finds it after renumbering.
  for (const [id, ...rest] of lines) if (/^[RAMN]\d+$/.test(id!)) names.set(id!, `(${rename(rest.join(' ').trim())})`);
  const renameAll = (text: string) => text.replace(/\b[TERAMN]\d+\b/g, (id) => names.get(id) ?? id);
  return lines.map(([id, ...rest]) => `${id!.replace(/\d+$/, '')}\t${renameAll(rest.join('\t').trimEnd())}`).sort();
}

describe('brat import of an attribution corpus', () => {
  it('turns Attribution events into annotations whose Source, Cue and Content are span fields', () => {
    const parsed = parse(corpusFiles('annotation.conf', 'alice/'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [document] = parsed.value.documents;
    expect(document).toMatchObject({ id: 'harbour-vote', fileName: 'harbour-vote.txt' });
    const events = document!.annotations.filter((a) => a.type === 'attribution');
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({ fields: { source: { ref: 't1' }, cue: { ref: 't2' }, content: { ref: 't3' }, kind: 'Indirect' }, note: 'the chair is named only in the next sentence' });
    expect(events[0]!.fragments[0]!.exact).toBe('said');
    expect(document!.annotations.find((a) => a.id === 't5')!.fields).toEqual({ 'rel-sameas': { ref: 't1' } });
    expect(document!.annotations.find((a) => a.id === 't9')!.fields).toEqual({ anonymous: true });
  });

  it('adds unknown labels and attributes to the schema instead of dropping them', () => {
    const parsed = parse(corpusFiles('annotation.conf', 'alice/'));
    if (!parsed.ok) throw new Error('did not parse');
    const attribution = parsed.value.types.find((t) => t.id === 'attribution');
    expect(attribution?.fields.map((f) => [f.id, f.kind])).toEqual([['source', 'span'], ['cue', 'span'], ['content', 'span'], ['kind', 'choice']]);
    expect(attribution?.fields.find((f) => f.id === 'kind')).toMatchObject({ options: ['Direct', 'Indirect', 'Mixed'] });
    expect(parsed.value.types.map((t) => t.name)).toEqual(expect.arrayContaining(['Source', 'Cue', 'Content', 'Attribution']));
  });

  it('keeps several annotators of one article apart, as sets named after their folders', () => {
    const parsed = parse(corpusFiles());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents).toHaveLength(1);
    const sets = parsed.value.documents[0]!.annotations.map((a) => a.set);
    expect(new Set(sets)).toEqual(new Set(['alice', 'bob']));
    const discontinuous = parsed.value.documents[0]!.annotations.find((a) => a.id === 'bob-t3')!;
    expect(discontinuous.fragments.map((f) => f.exact)).toEqual(['The council postponed', 'the new ferry route']);
  });

  it.each(['alice', 'bob'])('writes back every T, E, R, A and # line of %s up to renumbering', async (annotator) => {
    const parsed = parse(corpusFiles('annotation.conf', `${annotator}/`));
    if (!parsed.ok) throw new Error('did not parse');
    const written = await exportAnn(parsed.value);
    const original = readFileSync(join(CORPUS, annotator, 'harbour-vote.ann'), 'utf8');
    expect(canonicalLines(written.get('harbour-vote.ann')!)).toEqual(canonicalLines(original));
    expect(written.get('harbour-vote.txt')).toBe(readFileSync(join(CORPUS, annotator, 'harbour-vote.txt'), 'utf8'));
  });

  it('anchors a .ann on a workspace document whose text differs, through the quote and its context in the .txt', () => {
    const original = readFileSync(join(CORPUS, 'alice/harbour-vote.txt'), 'utf8');
    const workspaceText = original.replace(/\n/g, '\n\n');
    const parsed = parse(corpusFiles('alice/'), [{ id: 'harbour-1', text: workspaceText, fileName: 'harbour-vote.txt' }]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents[0]!.id).toBe('harbour-1');
    const said = parsed.value.documents[0]!.annotations.find((a) => a.id === 'e2')!.fragments[0]!;
    expect(workspaceText.slice(said.start, said.end)).toBe('said');
    expect(said.prefix.endsWith('report," ')).toBe(true);
  });
});

/** Every file of a fixture folder, named relative to it. */
function folderFiles(folder: string): InputFile[] {
  const dir = join(__dirname, '../../fixtures/formats/brat', folder);
  return readdirSync(dir).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** The labels an annotation.conf declares, section by section. */
function declared(conf: string): Record<string, Set<string>> {
  const sections: Record<string, Set<string>> = {};
  let section = '';
  for (const line of conf.split('\n')) {
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) sections[(section = header[1]!)] = new Set();
    else if (section && line.trim() && !line.startsWith('#')) sections[section]!.add(line.trim().split(/\s+/)[0]!);
  }
  return sections;
}

/** Each label a .ann file uses, with the section of annotation.conf that must declare it. */
function usedLabels(ann: string): [section: string, label: string][] {
  const events = new Set(ann.split('\n').filter((l) => l.startsWith('E')).map((l) => l.split('\t')[1]!.split(' ')[0]!.split(':')[1]!));
  return ann
    .split('\n')
    .filter(Boolean)
    .flatMap((line): [string, string][] => {
      const [id, head] = line.split('\t') as [string, string];
      const label = head.split(/[ :]/)[0]!;
      if (id.startsWith('T')) return events.has(id) ? [] : [['entities', label]];
      if (id.startsWith('E')) return [['events', label]];
      if (id.startsWith('R') || id === '*') return [['relations', label]];
      if (id.startsWith('A')) return [['attributes', label]];
      return [];
    });
}

describe('brat as brat writes it', () => {
  it.each([
    ['tutorial', '000-introduction'],
    ['tutorial', '110-note_annotation'],
    ['council', 'bridge-vote'],
  ])('%s/%s: reads every line (T, E, R, A, N, *, notes on anything) and writes each one back', async (folder, name) => {
    const parsed = parse(folderFiles(folder).filter((f) => f.name === 'annotation.conf' || f.name.startsWith(name)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const written = await exportAnn(parsed.value);
    const original = readFileSync(join(__dirname, '../../fixtures/formats/brat', folder, `${name}.ann`), 'utf8');
    expect(canonicalLines(written.get(`${name}.ann`)!)).toEqual(canonicalLines(original));
  });

  it('keeps a normalization, an equivalence and notes on a relation, an attribute and a normalization as fields Gloss shows', () => {
    const parsed = parse(folderFiles('council'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const byId = new Map(parsed.value.documents[0]!.annotations.map((a) => [a.id, a]));
    expect(byId.get('t1')!.fields).toMatchObject({ 'norm-reference': 'Gazetteer:calloway-ines Ines Calloway', 'norm-reference-note': 'spelling checked against the council website' });
    expect(byId.get('t2')!.fields).toMatchObject({ 'eq-equiv': { ref: 't1' }, 'rel-chairs': { ref: 't4' }, 'rel-chairs-note': 'chair since the spring election' });
    expect(byId.get('e2')!.fields).toMatchObject({ negated: true, 'negated-note': 'regrettable is not a refusal' });
    expect(byId.get('t3')!.note).toBe('not the regional council');
  });

  it('declares in annotation.conf every label the .ann files use, and gives each type its colour in visual.conf', async () => {
    for (const folder of ['tutorial', 'council']) {
      const parsed = parse(folderFiles(folder));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      const written = await exportAnn(parsed.value);
      const conf = declared(written.get('annotation.conf')!);
      for (const [path, ann] of written) if (path.endsWith('.ann')) for (const [section, label] of usedLabels(ann)) expect([path, section, label, conf[section]?.has(label)]).toEqual([path, section, label, true]);
    }
    const sample = await exportAnn(sampleBundle());
    expect(declared(sample.get('annotation.conf')!)['attributes']).toEqual(new Set(['Kind', 'Event_type', 'Stance', 'Check-worthy', 'Verdict']));
    expect(sample.get('annotation.conf')).toMatch(/^Kind\tArg:Quote, Value:direct\|indirect\|partial$/m);
    expect(sample.get('visual.conf')).toMatch(/^Quote\tbgColor:#[0-9a-f]{6}$/m);
  });

  it('writes free-text values as AnnotatorNotes and A lines only for declared values, and reads them back as fields', async () => {
    const bundle = sampleBundle();
    const ferry = bundle.documents[2]!;
    const withText = { ...ferry, annotations: [{ ...ferry.annotations[0]!, fields: { ...ferry.annotations[0]!.fields, kind: 'TASS' } }, ...ferry.annotations.slice(1)] };
    const written = await exportAnn({ ...bundle, documents: [withText] });
    const ann = written.get('ferry_timetable.ann')!;
    expect(ann).not.toMatch(/^A\d+\tKind/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes E\d+\tKind: TASS$/m);
    expect(ann).toMatch(/^#\d+\tAnnotatorNotes E\d+\tSpeaker: Strait Ferry Company$/m);
    expect(ann).toMatch(/^N\d+\tReference T\d+ Gloss:ferry-co\tStrait Ferry Company$/m);
    const parsed = parse([...written].map(([name, text]) => textFile(name, text)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const quote = parsed.value.documents[0]!.annotations.find((a) => a.type === 'quote')!;
    expect(quote.fields).toMatchObject({ kind: 'TASS', speaker: 'Strait Ferry Company' });
    expect(quote.note).toBe('spans a CRLF');
    expect(parsed.value.documents[0]!.annotations.find((a) => a.type === 'actor' && a.entity === 'ferry-co')).toBeDefined();
    expect(parsed.value.entities).toEqual([expect.objectContaining({ id: 'ferry-co', name: 'Strait Ferry Company' })]);
  });

  it('writes two events of one type over the same words with one trigger', async () => {
    const bundle = sampleBundle();
    const lighthouse = bundle.documents[0]!;
    const event = lighthouse.annotations.find((a) => a.id === 'event-1')!;
    const twice = { ...lighthouse, annotations: [...lighthouse.annotations, { ...event, id: 'event-2', fields: { 'event-type': 'other' } }] };
    const ann = (await exportAnn({ ...bundle, documents: [twice] })).get('lighthouse.ann')!;
    expect(ann.match(/^T\d+\tEvent 99 110\t/gm)).toHaveLength(1);
    expect(ann.match(/^E\d+\tEvent:T\d+/gm)).toHaveLength(2);
  });
});

describe('brat export', () => {
  it('names files after the original file name, writes annotation.conf and code-point offsets', async () => {
    const written = await exportAnn(sampleBundle());
    expect([...written.keys()].sort()).toEqual(
      ['annotation.conf', 'visual.conf', 'cafe-combining.ann', 'cafe-combining.txt', 'empty-one.ann', 'empty-one.txt', 'ferry_timetable.ann', 'ferry_timetable.txt', 'lighthouse.ann', 'lighthouse.txt'].sort(),
    );
    const lighthouse = written.get('lighthouse.ann')!;
    expect([...sampleBundle().documents[0]!.text]).toHaveLength(110);
    expect(lighthouse).toMatch(/^T\d+\tEvent 99 110\tone wrote 🌊$/m);
    expect(lighthouse).toMatch(/^E\d+\tQuote:T\d+ Speaker:T\d+$/m);
    expect(lighthouse).toMatch(/^#\d+\tAnnotatorNotes E\d+\tDate: last Sunday \(2026-03-01\)$/m);
    expect(written.get('cafe-combining.ann')).toMatch(/^T\d+\tClaim 0 11;\d+ \d+\tCafé owners prices rose\.$/m);
    expect(written.get('empty-one.ann')).toBe('');
  });

  it('reads its own export back to the same spans, types and notes, CRLF and emoji included', async () => {
    const bundle = sampleBundle();
    const written = await exportAnn(bundle);
    const files = [...written].map(([name, text]) => textFile(name, text));
    const parsed = parse(files);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const spans = (b: Bundle) => b.documents.flatMap((d) => d.annotations.map((a) => `${d.text.length}:${a.type}:${a.fragments.map((f) => `${f.start}-${f.end}`)}:${a.note ?? ''}`)).sort();
    expect(spans(parsed.value)).toEqual(spans(bundle));
  });

  it('keeps its lines through import and export again (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (bundle) => {
        const first = await exportAnn(bundle);
        const parsed = parse([...first].map(([name, text]) => textFile(name, text)));
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
        const second = await exportAnn({ ...parsed.value, types: bundle.types });
        expect(canonicalLines(second.get('doc.ann')!)).toEqual(canonicalLines(first.get('doc.ann')!));
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('brat bad input', () => {
  const txt = textFile('a.txt', 'The port reopened.');
  it.each([
    ['an offset past the end of its text', 'T1\tEvent 4 99\tport', /T1: the span 4–99 runs past the end of the text \(18 characters\)/],
    ['a T line whose text is not at its offsets', 'T1\tEvent 0 3\tport', /T1: its text “port” is not the text at its offsets \(“The”\)/],
    ['a malformed line', 'T1 Event 0 3 The', /not a brat standoff line/],
    ['an event whose argument is missing', 'T1\tEvent 4 8\tport\nE1\tEvent:T1 Actor:T7', /E1: it refers to T7/],
  ])('reports %s with the file and line', (_case, ann, message) => {
    const parsed = parse([txt, textFile('a.ann', ann)]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error[0]!.file).toBe('a.ann');
    expect(parsed.error.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('finds a T by its text in a workspace document of the same name when there is no .txt, if it occurs once', () => {
    const known = [{ id: 'port', text: 'Port news\n\nThe port reopened. The port said so.', fileName: 'a.txt' }];
    const parsed = parse([textFile('a.ann', 'T1\tEvent 4 12\treopened\nT2\tActor 0 8\tThe port')], known);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/T2: its text “The port” is not the text at its offsets .*, and its text “The port” is in 2 places/)]);
    const single = parse([textFile('a.ann', 'T1\tEvent 4 12\treopened')], known);
    expect(single.ok && single.value.documents[0]!.annotations[0]!.fragments[0]).toMatchObject({ start: 20, end: 28, exact: 'reopened' });
  });

  it('stores the fragments of a discontinuous T in text order, whatever order its line gives them', () => {
    const text = 'The port reopened on Monday, the harbour master said.';
    const parsed = parse([textFile('a.txt', text), textFile('a.ann', 'T1\tQuote 29 53;4 17\tthe harbour master said. port reopened')]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents[0]!.annotations[0]!.fragments.map((f) => [f.start, f.end, f.exact])).toEqual([
      [4, 17, 'port reopened'],
      [29, 53, 'the harbour master said.'],
    ]);
  });

  it('reports an .ann with no text beside it and no workspace document of that name', () => {
    const parsed = parse([textFile('lonely.ann', 'T1\tActor 0 3\tThe')], knownDocuments(sampleBundle()));
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/no lonely\.txt beside it/);
  });
});
