import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bundle, InputFile, KnownDocument } from '../../../core/formats/bundle';
import { valueContexts } from '../../../core/formats/field-text';
import { decodeUtf8 } from '../../../core/formats/utf8';
import { webannoFormat } from '../../../core/formats/webanno';
import { featureText } from '../../../core/formats/webanno-write';
import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';
import type { Entity } from '../../../core/model/entity';
import { CodePointIndex } from '../../../core/text/code-points';
import { describeFragment } from '../../../core/anchoring/fragment';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { arbitraryBundle, PROPERTY_RUNS, serializeToFiles, textFile } from './helpers';
import { describedAll, toolFixture } from './tool-formats-helpers';

const parse = (files: readonly InputFile[], documents: readonly KnownDocument[] = []) => webannoFormat.parse!(files, { documents, now: TIME });

async function roundTrip(bundle: Bundle, documents: readonly KnownDocument[]) {
  const parsed = parse(await serializeToFiles(webannoFormat, bundle), documents);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

/**
 * What TSV can hold of an annotation: each fragment narrowed to the tokens it
 * covers (a fragment of white space alone has none), values as text, no
 * empty note, no link to an annotation that had no token.
 */
function asTsvKeepsIt(text: string, annotations: readonly StoredAnnotation[], entities: readonly Entity[] = []): StoredAnnotation[] {
  const index = new CodePointIndex(text);
  const chars = Array.from(text);
  const narrowed = annotations.map((a) => ({
    ...a,
    fragments: a.fragments.flatMap(({ start, end }) => {
      while (start < end && /\s/u.test(chars[start]!)) start++;
      while (end > start && /\s/u.test(chars[end - 1]!)) end--;
      return end > start ? [describeFragment(index, start, end)] : [];
    }).sort((x, y) => x.start - y.start || x.end - y.end),
  }));
  const kept = narrowed.filter((a) => a.fragments.length > 0);
  return kept.map(({ note, ...a }) => ({
    ...a,
    ...(note ? { note } : {}),
    fields: Object.fromEntries(
      Object.entries(a.fields).flatMap(([k, v]): [string, FieldValue][] => (typeof v === 'object' && 'ref' in v ? (kept.some((o) => o.id === v.ref) ? [[k, v]] : []) : [[k, featureText(v, valueContexts(entities)({ annotations }))]])),
    ),
  }));
}

describe('WebAnno TSV 3.3', () => {
  it('writes a layer per type, its fields as features, links as a slot feature, and offsets in UTF-16 units', async () => {
    const files = await serializeToFiles(webannoFormat, sampleBundle());
    expect(files.map((f) => f.name)).toEqual(['lighthouse.tsv', 'cafe-combining.tsv', 'ferry_timetable.tsv', 'empty-one.tsv']);
    const tsv = decodeUtf8(files[0]!.bytes);
    expect(tsv.split('\n')[0]).toBe('#FORMAT=WebAnno TSV 3.3');
    expect(tsv).toContain('#T_SP=webanno.custom.Quote|kind|Note|ROLE_webanno.custom.Quote:links_webanno.custom.QuoteLinksLink|uima.tcas.Annotation\n');
    expect(tsv).toContain('#T_SP=webanno.custom.Claim|stance|check_worthy|verdict|Note|');
    // "The" follows "…storms\n\n" and 🚨, which takes two UTF-16 units: 38, not 37.
    expect(tsv).toMatch(/^2-1\t38-41\tThe\t/m);
    // quote-1 ("“fix it now,”") links its speaker, src-1, by the address and id of its first token.
    expect(tsv).toMatch(/^2-10\t89-93\t“fix\tdirect\[2\]\temoji 🌊 in the note\[2\]\tspeaker\t2-1\[1\]\t/m);
  });

  it('reads every annotation back with its type, spans, fields, note and links', async () => {
    const bundle = sampleBundle();
    const read = await roundTrip(bundle, knownDocuments(bundle));
    for (const original of bundle.documents.filter((d) => d.annotations.length > 0)) {
      const back = read.documents.find((d) => d.id === original.id);
      expect(describedAll(back?.annotations ?? [])).toEqual(describedAll(asTsvKeepsIt(original.text, original.annotations, bundle.entities)));
    }
  });

  it('brings the text in from the sentences when the workspace does not have it', async () => {
    const bundle = sampleBundle();
    const read = await roundTrip(bundle, []);
    const ferry = read.documents.find((d) => d.id === 'ferry-timetable')!;
    // The text between sentences is not in the file: as many line breaks stand in for it ("\r\n\r\n" is four).
    expect(ferry.text).toBe('Ferry timetable cut\n\n\n\nThe operator said on Friday it would drop two crossings.\n\nPassengers said they were not told.');
    expect(ferry.annotations.map((a) => a.fragments[0]!.exact)).toContain('The operator');
  });

  it("keeps each annotator's file for one document as its own set, named by its folder, every id once and each set's links within it", async () => {
    const bundle = sampleBundle();
    const [lighthouse] = await serializeToFiles(webannoFormat, bundle);
    const files = ['alice', 'bob'].map((folder) => ({ ...lighthouse!, name: `${folder}/${lighthouse!.name}` }));
    const read = parse(files, knownDocuments(bundle));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.documents).toHaveLength(1);
    const { annotations } = read.value.documents[0]!;
    const inSet = (set: string) => annotations.filter((a) => a.set === set);
    expect(inSet('alice').length).toBeGreaterThan(0);
    expect(inSet('bob').map((a) => a.fragments[0]!.exact)).toEqual(inSet('alice').map((a) => a.fragments[0]!.exact));
    expect(inSet('default')).toEqual([]);
    // Both files number their annotations alike; the second's were given ids of their own (they came back shared, and the store renumbered them on load).
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
    for (const set of ['alice', 'bob']) {
      const ids = new Set(inSet(set).map((a) => a.id));
      const links = inSet(set).flatMap((a) => Object.values(a.fields).flatMap((value) => (typeof value === 'object' && 'ref' in value ? [value.ref] : [])));
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((ref) => ids.has(ref))).toBe(true);
    }
  });

  it('counts UTF-16 units as the format does: the token after 😊 in the spec example', () => {
    // The example of the format's documentation ("Encoding and Offsets"), with a header line for its one layer.
    const tsv = '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Mood|\n\n\n#Text=I like it 😊 .\n1-1\t0-1\tI\t_\n1-2\t2-6\tlike\t_\n1-3\t7-9\tit\t_\n1-4\t10-12\t😊\t*\n1-5\t13-14\t.\t*\n';
    const parsed = parse([textFile('spec.tsv', tsv)]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents[0]!.annotations.map((a) => [a.type, a.fragments[0]!.start, a.fragments[0]!.exact])).toEqual([
      ['mood', 10, '😊'],
      ['mood', 12, '.'],
    ]);
  });

  it("reads INCEpTION's example with POS, named entities (multi-token, stacked) and dependency relations", () => {
    const parsed = parse([toolFixture('webanno/example2.tsv')]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const described = describedAll(parsed.value.documents[0]!.annotations);
    expect(described.filter((a) => a.type === 'namedentity').map((a) => `${a.fields['value']}:${a.spans[0]![2]}`).sort()).toEqual(
      ['LOC:Los Angeles', 'LOC:U.S.', 'LOC:U.S.', 'ORG:BELL INDUSTRIES Inc.', 'ORG:Bell', 'ORG:Rolls-Royce Motor', 'OTH:Elianti', 'PER:BELL', 'PER:Ms. Haag'],
    );
    const plays = described.find((a) => a.type === 'pos' && a.spans[0]![2] === 'plays');
    expect(plays?.fields).toEqual({ obj: '→ Elianti', posvalue: 'VBD', root: '→ plays', sbj: '→ Haag', subj: '→ Ms.' });
    expect(described.filter((a) => a.type === 'pos')).toHaveLength(5 + 20 + 12 + 15 + 9 + 8 + 17);
  });

  it("reads INCEpTION's slot features (one role twice; multi-token targets by id), chains and token relations", () => {
    const read = (name: string) => {
      const parsed = parse([toolFixture(`webanno/${name}.tsv`)]);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
      return describedAll(parsed.value.documents[0]!.annotations);
    };
    expect(read('testSimpleSameRoleSlotFeature').find((a) => a.type === 'simplelinkhost')?.fields).toEqual({ p1: '→ is', 'p1-2': '→ a' });
    expect(read('testMultiTokenSlotFeature').find((a) => a.type === 'simplelinkhost')?.fields).toEqual({ p1: '→ is a', p2: '→ test .' });
    expect(read('testSimpleChain').map((a) => [a.spans[0]![2], a.fields])).toEqual([
      ['This', { next: '→ is' }],
      ['is', { next: '→ a' }],
      ['a', {}],
    ]);
    expect(read('testMultiTokenStackedSpanWithFeatureValue').map((a) => `${a.fields['value']}:${a.spans[0]![2]}`)).toEqual(['LOCATION:This is a test .', 'PERSON:This is a test .']);
    expect(read('testSingleTokenRelationWithoutFeatureValue')).toEqual([
      { type: 'token', spans: [[0, 4, 'This']], fields: { relation: '→ .' }, note: undefined, set: 'default' },
      { type: 'token', spans: [[15, 16, '.']], fields: {}, note: undefined, set: 'default' },
    ]);
  });

  it('reads a relation layer that names no governor (no BT_ feature) as holding no relations, not the column before it', () => {
    const tsv = '#FORMAT=WebAnno TSV 3.3\n#T_SP=webanno.custom.Ent|value\n#T_RL=webanno.custom.Rel|label\n\n\n#Text=Ann met Bob\n1-1\t0-3\tAnn\tPER[1]\t_\t\n1-2\t4-7\tmet\t_\t_\t\n1-3\t8-11\tBob\tPER[2]\tsaw\t\n';
    const parsed = parse([textFile('no-governor.tsv', tsv)]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(describedAll(parsed.value.documents[0]!.annotations).map((a) => `${a.type}:${a.spans[0]![2]}`)).toEqual(['ent:Ann', 'ent:Bob']);
  });

  it('names the line that is not a token line', () => {
    const parsed = parse([textFile('bad.tsv', '#FORMAT=WebAnno TSV 3.3\n\n\n#Text=a\nnot a token\n')]);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/line 5 is not a token line/);
  });

  it('round-trips any text and spans, each narrowed to its tokens (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (bundle) => {
        const read = await roundTrip(bundle, knownDocuments(bundle));
        const [original] = bundle.documents;
        expect(describedAll(read.documents[0]?.annotations ?? [])).toEqual(describedAll(asTsvKeepsIt(original!.text, original!.annotations, bundle.entities)));
      }),
      PROPERTY_RUNS,
    );
  });
});
