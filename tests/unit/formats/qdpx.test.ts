import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Bundle, InputFile } from '../../../core/formats/bundle';
import { qdpxFormat } from '../../../core/formats/qdpx';
import { parseQdpx } from '../../../core/formats/qdpx-read';
import { MAX_XML_DEPTH, readXml } from '../../../core/formats/xml-read';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { serializeToFiles } from './helpers';

const XSD = readFileSync(join(__dirname, '../../fixtures/formats/qdpx/Project.xsd'), 'utf8');
const parse = (files: InputFile[], documents = knownDocuments(sampleBundle())) => qdpxFormat.parse!(files, { documents, now: TIME });

async function exported(bundle: Bundle = sampleBundle()) {
  const [file] = await serializeToFiles(qdpxFormat, bundle);
  return { file: { ...file!, name: 'project.qdpx' }, entries: unzipSync(file!.bytes) };
}

describe('REFI-QDA export', () => {
  it('writes a project.qde that validates against the REFI-QDA Project.xsd', async () => {
    const { entries } = await exported();
    const qde = new TextDecoder().decode(entries['project.qde']);
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: XSD }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is refused by the schema when it breaks it, so the validation is real', async () => {
    const { entries } = await exported();
    const broken = new TextDecoder().decode(entries['project.qde']).replace(/startPosition="\d+"/, 'startPosition="here"');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: broken }], schema: [{ fileName: 'Project.xsd', contents: XSD }] });
    expect(result.valid).toBe(false);
  });

  it('holds each text as a source and types as codes, with positions in code points', async () => {
    const { entries } = await exported();
    expect(Object.keys(entries).filter((name) => name.startsWith('sources/'))).toHaveLength(4);
    const qde = new TextDecoder().decode(entries['project.qde']);
    expect(qde).toMatch(/<Code guid="[^"]+" name="Quote" isCodable="true" color="#f2b134"><Description>quote<\/Description>/);
    expect(qde).toMatch(/name="Event: one wrote 🌊" startPosition="99" endPosition="110"/);
  });

  // Keyed by what an annotation is (document, type, words), since the ids of annotations without fields are kept only when they are GUIDs.
  const summary = (b: Bundle) =>
    b.documents
      .flatMap((d) => d.annotations.map((a) => [d.id, a.type, a.fragments.map((f) => `${f.start}-${f.end}`).join('|'), a.note ?? '', JSON.stringify(a.fields), a.entity ?? ''].join(' ')))
      .sort();

  it('reads its own export back: spans, types, every field, the note and the entity the words name', async () => {
    const bundle = sampleBundle();
    const parsed = parse([(await exported(bundle)).file]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(summary(parsed.value)).toEqual(summary(bundle));
    expect(parsed.value.entities).toEqual(bundle.entities);
    expect(parsed.value.documents.find((d) => d.id === 'ferry-crlf')?.metadata.title).toBe('Ferry timetable cut');
  });

  it('reads every field back when the Notes and Links come before the sources, against the schema\'s order', async () => {
    const bundle = sampleBundle();
    const { entries } = await exported(bundle);
    const qde = new TextDecoder().decode(entries['project.qde']);
    const notes = /<Notes>[\s\S]*<\/Notes>/.exec(qde)?.[0] ?? '';
    const links = /<Links>[\s\S]*<\/Links>/.exec(qde)?.[0] ?? '';
    expect(notes).toContain('<Note ');
    const early = qde.replace(notes, '').replace(links, '').replace('<Sources>', `${notes}${links}<Sources>`);
    const parsed = parse([{ name: 'early-notes.qdpx', bytes: zipSync({ ...entries, 'project.qde': strToU8(early) }) }]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(summary(parsed.value)).toEqual(summary(bundle));
  });

  it('keeps the id of an annotation without fields when it is a GUID, as Gloss makes them, and gives another tool\'s selection its GUID as a stable id', async () => {
    const bundle = sampleBundle();
    const GUID = '3f2c9a1e-5b7d-4c8e-9f01-2a3b4c5d6e7f';
    const cafe = bundle.documents.find((d) => d.id === 'cafe-combining')!;
    const renamed = { ...cafe, annotations: cafe.annotations.map((a) => (a.id === 'loc-2' ? { ...a, id: GUID } : a)) };
    const withGuid = { ...bundle, documents: bundle.documents.map((d) => (d.id === cafe.id ? renamed : d)) };
    const { file, entries } = await exported(withGuid);
    const parsed = parse([file]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const ids = (b: Bundle) => b.documents.find((d) => d.id === cafe.id)?.annotations.map((a) => a.id).sort();
    expect(ids(parsed.value)).toContain(GUID);

    // Another tool's project: no Gloss notes, so each selection's own GUID is its id, the same on every import.
    const qde = new TextDecoder().decode(entries['project.qde']).replace(/<Notes>[\s\S]*<\/Notes>/, '').replace(/<NoteRef [^>]*\/>/g, '').replace(/<Links>[\s\S]*<\/Links>/, '');
    const foreign = { name: 'other.qdpx', bytes: zipSync({ ...entries, 'project.qde': strToU8(qde) }) };
    const first = parse([foreign]);
    const again = parse([foreign]);
    if (!first.ok || !again.ok) throw new Error('the project without Gloss notes was refused');
    const selectionGuids = [...qde.matchAll(/<PlainTextSelection guid="([^"]+)"/g)].map((m) => m[1]);
    const foreignIds = first.value.documents.flatMap((d) => d.annotations.map((a) => a.id));
    expect(foreignIds.every((id) => selectionGuids.includes(id))).toBe(true);
    expect(again.value.documents.flatMap((d) => d.annotations.map((a) => a.id))).toEqual(foreignIds);
  });

  it('gives each set its own user, names sources by title (keeping the file name) and selections by type and words, and keeps a two-fragment annotation one', async () => {
    const bundle = sampleBundle();
    const second = { ...bundle.documents[1]!, annotations: bundle.documents[1]!.annotations.map((a) => (a.id === 'loc-2' ? { ...a, set: 'bob' } : a)) };
    const { entries, file } = await exported({ ...bundle, set: null, documents: [bundle.documents[0]!, second, ...bundle.documents.slice(2)] });
    const qde = new TextDecoder().decode(entries['project.qde']);
    expect([...qde.matchAll(/<User guid="[^"]+" name="([^"]+)"\/>/g)].map((m) => m[1])).toEqual(['default', 'bob']);
    expect(qde).toMatch(/<TextSource guid="[^"]+" name="Ferry timetable cut" [^>]*><Description>File: ferry timetable.txt<\/Description>/);
    expect(qde).toMatch(/name="Claim: Café owners \(1\/2\)"/);
    expect(qde).toMatch(/name="Claim: prices rose\. \(2\/2\)"/);
    expect(qde).toMatch(/<Link guid="[^"]+" name="same annotation"/);
    expect(qde).toMatch(/<Link guid="[^"]+" name="Claimant" direction="OneWay"/);
    expect(qde).toMatch(/<PlainTextContent>Speaker: Strait Ferry Company&#10;Kind: indirect<\/PlainTextContent>|<PlainTextContent>Kind: indirect&#10;Speaker: Strait Ferry Company<\/PlainTextContent>/);
    const parsed = parse([file]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const claim = parsed.value.documents.find((d) => d.id === 'cafe-combining')!.annotations.filter((a) => a.type === 'claim');
    expect(claim.map((a) => a.fragments.map((f) => f.exact))).toEqual([['Café owners', 'prices rose.']]);
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: XSD }] });
    expect(result.errors).toEqual([]);
  });

  it('brings in a source that is not in the workspace as a new document', async () => {
    const parsed = parse([(await exported()).file], []);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents.map((d) => d.id).sort()).toEqual(['an-empty-document', 'cafe-owners', 'ferry-timetable', 'lighthouse']);
  });
});

describe('REFI-QDA bad input', () => {
  const zip = (entries: Record<string, string>) => ({ name: 'bad.qdpx', bytes: zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))) });

  it.each([
    ['a file that is not a zip', { name: 'bad.qdpx', bytes: strToU8('not a zip at all') }, /bad\.qdpx is not a readable zip archive/],
    ['a zip with unexpected entries', zip({ 'project.qde': '<Project/>', '../evil.sh': 'rm -rf' }), /unexpected entry "\.\.\/evil\.sh"/],
    ['a zip without project.qde', zip({ 'sources/x.txt': 'text' }), /has no project\.qde/],
    ['malformed XML', zip({ 'project.qde': '<Project xmlns="urn:QDA-XML:project:1.0"><Sources>' }), /not well-formed XML|not a QDA-XML project/],
    ['XML of another kind', zip({ 'project.qde': '<Other/>' }), /not a QDA-XML project/],
    ['entities declared in a DOCTYPE, which are never expanded', zip({ 'project.qde': '<!DOCTYPE p [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>' }), /project\.qde:1:\d+: undefined entity/],
    ['a namespace prefix never bound', zip({ 'project.qde': '<Project xmlns="urn:QDA-XML:project:1.0"><x:Sources/></Project>' }), /unbound namespace prefix/],
  ])('reports %s', (_case, file, message) => {
    const parsed = parse([file]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('reads a project with a namespace prefix and its code book after the sources', () => {
    const qde =
      '<q:Project xmlns:q="urn:QDA-XML:project:1.0"><q:Sources><q:TextSource name="x.txt"><q:PlainTextContent>hello world</q:PlainTextContent>' +
      '<q:PlainTextSelection name="s-1" startPosition="6" endPosition="11"><q:Coding guid="c"><q:CodeRef targetGUID="t"/></q:Coding></q:PlainTextSelection>' +
      '</q:TextSource></q:Sources><q:CodeBook><q:Codes><q:Code guid="t" name="Quote" isCodable="true"><q:Description>quote</q:Description></q:Code></q:Codes></q:CodeBook></q:Project>';
    const parsed = parse([zip({ 'project.qde': qde })], []);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents[0]?.annotations.map((a) => [a.id, a.type, a.fragments[0]?.exact])).toEqual([['s-1', 'quote', 'world']]);
  });

  it('refuses an entry that would unpack past the size limit without unpacking it', () => {
    // 80 MB of zeros compresses to about 80 kB: a small zip bomb.
    const bytes = zipSync({ 'project.qde': new Uint8Array(80 * 2 ** 20) }, { level: 9 });
    expect(bytes.length).toBeLessThan(200_000);
    const parsed = parse([{ name: 'bomb.qdpx', bytes }]);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/"project\.qde" would unpack to 83886080 bytes/);
  });

  // The limits lowered so that a small export stands for Gloss's own export of 100,000 annotations (a 70 MB project.qde).
  const small = { entries: 20_000, entryBytes: 1024, totalBytes: 2 ** 20, projectRatio: 100 };

  it('reads back its own export whose project.qde unpacks past the fixed entry limit, since it may unpack to a bounded multiple of its packed size', async () => {
    const bundle = sampleBundle();
    const { file, entries } = await exported(bundle);
    expect(entries['project.qde']!.length).toBeGreaterThan(small.entryBytes * 4);
    const parsed = parseQdpx([file], { documents: knownDocuments(bundle), now: TIME }, small);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const count = (b: Bundle) => b.documents.reduce((sum, d) => sum + d.annotations.length, 0);
    expect(count(parsed.value)).toBe(count(bundle));
  });

  it('refuses a project.qde that packs far better than XML does (a bomb), at the lowered limits too', () => {
    const bytes = zipSync({ 'project.qde': new Uint8Array(512 * 1024) }, { level: 9 });
    const parsed = parseQdpx([{ name: 'bomb.qdpx', bytes }], { documents: [], now: TIME }, small);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/"project\.qde" would unpack to 524288 bytes \(at most \d+\)/);
  });

  it('stops unpacking a project.qde whose header lies about its size, once it passes the limit', () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0">${'<Notes/>'.repeat(20_000)}</Project>`;
    const bytes = zipSync({ 'project.qde': strToU8(qde) }, { level: 9 });
    // Both headers (local and central directory) claim 100 bytes unpacked.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    view.setUint32(22, 100, true);
    const directory = bytes.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(directory + 24, 100, true);
    const parsed = parseQdpx([{ name: 'liar.qdpx', bytes }], { documents: [], now: TIME }, small);
    // The limit is a hundred times the packed size, far less than the 160,000 bytes it holds.
    expect(100 * bytes.length).toBeLessThan(qde.length);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/^liar\.qdpx: project\.qde unpacks to more than \d+ bytes$/)]);
  });

  it('joins the fragments of one annotation whatever selection each "same annotation" Link starts from, and links a field to the annotation a joined fragment became', () => {
    // "one two three four five": a claim in three selections joined in a chain (c1→c2, c2→c3), and a quote whose Link points at the third.
    const selection = (guid: string, start: number, end: number, code: string) =>
      `<PlainTextSelection guid="${guid}" name="${guid}" startPosition="${start}" endPosition="${end}"><Coding guid="k-${guid}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;
    const link = (name: string, origin: string, target: string) => `<Link guid="l-${origin}-${target}" name="${name}" originGUID="${origin}" targetGUID="${target}"/>`;
    const qde =
      '<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="claim" name="Claim" isCodable="true"/><Code guid="quote" name="Quote" isCodable="true"/></Codes></CodeBook>' +
      `<Sources><TextSource name="x.txt"><PlainTextContent>one two three four five</PlainTextContent>${selection('c1', 0, 3, 'claim')}${selection('c2', 8, 13, 'claim')}${selection('c3', 19, 23, 'claim')}${selection('q', 4, 7, 'quote')}</TextSource></Sources>` +
      `<Links>${link('same annotation', 'c2', 'c3')}${link('same annotation', 'c1', 'c2')}${link('Claimant', 'q', 'c3')}</Links></Project>`;
    const parsed = parse([zip({ 'project.qde': qde })], []);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const annotations = parsed.value.documents[0]!.annotations;
    const claims = annotations.filter((a) => a.type === 'claim');
    expect(claims.map((a) => a.fragments.map((f) => f.exact))).toEqual([['one', 'three', 'five']]);
    expect(annotations.find((a) => a.type === 'quote')?.fields).toEqual({ claimant: { ref: claims[0]!.id } });
  });

  it('reports a selection without any coding instead of skipping it in silence', () => {
    const qde =
      '<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="t" name="Quote" isCodable="true"/></Codes></CodeBook><Sources><TextSource name="x.txt"><PlainTextContent>hello world</PlainTextContent>' +
      '<PlainTextSelection name="s-1" startPosition="6" endPosition="11"/></TextSource></Sources></Project>';
    const parsed = parse([zip({ 'project.qde': qde })], []);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/selection "s-1": it has no coding, so Gloss cannot tell its type/)]);
  });

  it('refuses elements nested 20,000 deep (a 4 kB file) with a message naming the file, instead of running out of memory', () => {
    const depth = 20_000;
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0">${'<Note>x'.repeat(depth)}${'</Note>'.repeat(depth)}</Project>`;
    const parsed = parse([zip({ 'project.qde': qde })]);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/^bad\.qdpx: project\.qde nests elements more than 256 deep/)]);
  });

  it('keeps the text of nested elements whole and in order, at the deepest nesting allowed', () => {
    const depth = MAX_XML_DEPTH - 1;
    const xml = `<Root>${'<Level>a'.repeat(depth)}${'b</Level>'.repeat(depth)}</Root>`;
    const texts: string[] = [];
    const read = readXml(xml, 'deep.xml', { root: () => null, keep: (path) => path.length === 2, take: (element) => texts.push(element.text) });
    expect(read.ok).toBe(true);
    expect(texts).toEqual(['a'.repeat(depth) + 'b'.repeat(depth)]);
  });

  it('reports a selection past the end of its source, per selection', async () => {
    const { entries } = await exported();
    const qde = new TextDecoder().decode(entries['project.qde']).replace('endPosition="110"', 'endPosition="400"');
    const parsed = parse([{ name: 'bad.qdpx', bytes: zipSync({ ...entries, 'project.qde': strToU8(qde) }) }]);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/selection "Event: one wrote 🌊": the span 99–400 runs past the end of the text \(110 characters\)/)]);
  });
});
