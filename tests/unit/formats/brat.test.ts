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
  return lines.map(([id, ...rest]) => `${id!.replace(/\d+$/, '')}\t${rename(rest.join('\t'))}`).sort();
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

describe('brat export', () => {
  it('names files after the original file name, writes annotation.conf and code-point offsets', async () => {
    const written = await exportAnn(sampleBundle());
    expect([...written.keys()].sort()).toEqual(
      ['annotation.conf', 'cafe-combining.ann', 'cafe-combining.txt', 'empty-one.ann', 'empty-one.txt', 'ferry_timetable.ann', 'ferry_timetable.txt', 'lighthouse.ann', 'lighthouse.txt'].sort(),
    );
    const lighthouse = written.get('lighthouse.ann')!;
    expect([...sampleBundle().documents[0]!.text]).toHaveLength(110);
    expect(lighthouse).toMatch(/^T\d+\tEvent 99 110\tone wrote 🌊$/m);
    expect(lighthouse).toMatch(/^E\d+\tQuote:T\d+ Speaker:T\d+$/m);
    expect(lighthouse).toMatch(/^#\d+\tDate E\d+\t2026-03-01 last Sunday$/m);
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
    ['normalization lines', 'T1\tActor 4 8\tport\nN1\tReference T1 Wikipedia:1\tport', /normalization \(N\) lines are not supported/],
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
