import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doccanoFormat } from '../../../core/formats/doccano';
import type { Bundle, InputFile, KnownDocument } from '../../../core/formats/bundle';
import { decodeUtf8 } from '../../../core/formats/utf8';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { arbitraryBundle, PROPERTY_RUNS, serializeToFiles, textFile } from './helpers';
import { describedAll, toolFixture } from './tool-formats-helpers';

const parse = (files: readonly InputFile[], documents: readonly KnownDocument[] = []) => doccanoFormat.parse!(files, { documents, now: TIME });

async function roundTrip(bundle: Bundle, documents: readonly KnownDocument[]) {
  const parsed = parse(await serializeToFiles(doccanoFormat, bundle), documents);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

describe('doccano JSONL', () => {
  it('writes one line per document with entities and relations in code points, and reads every annotation back as it was', async () => {
    const bundle = sampleBundle();
    const [file] = await serializeToFiles(doccanoFormat, bundle);
    const lines = decodeUtf8(file!.bytes).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    // 'The keepers 👩‍🚒' starts after "Lighthouse keepers 🚨 warn of storms\n\n": 37 code points (38 UTF-16 units).
    expect(lines[0].entities[0]).toEqual({ id: 1, label: 'Source', start_offset: 37, end_offset: 52 });
    expect(lines[0].relations).toContainEqual({ id: 1, from_id: 2, to_id: 1, type: 'speaker' });
    expect(lines[0].title).toBe('Lighthouse keepers warn of storms');
    for (const documents of [knownDocuments(bundle), []]) {
      const read = await roundTrip(bundle, documents);
      for (const original of bundle.documents.filter((d) => d.annotations.length > 0)) {
        const back = read.documents.find((d) => d.text === original.text);
        expect(back?.annotations.map((a) => ({ ...a, fields: { ...a.fields } }))).toEqual(original.annotations.map((a) => expect.objectContaining({ ...a, fields: a.fields })));
      }
    }
  });

  it('counts offsets in code points: a span after 𝐀 starts at 2', async () => {
    const text = '𝐀 Ministry said';
    const parsed = parse([textFile('one.jsonl', JSON.stringify({ text, label: [[2, 10, 'ORG']] }))]);
    expect(parsed.ok && parsed.value.documents[0]!.annotations[0]!.fragments[0]!.exact).toBe('Ministry');
  });

  it("reads doccano's own sequence-labelling example: three new documents with their spans", () => {
    const parsed = parse([toolFixture('doccano/sequence_labeling.jsonl')]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents.map((d) => d.annotations.map((a) => `${a.type}:${a.fragments[0]!.exact}`))).toEqual([
      ['org:EU', 'misc:German'],
      ['person:Peter Blackburn'],
      ['person:Obama'],
    ]);
    expect(parsed.value.types.map((t) => t.name)).toEqual(['ORG', 'MISC', 'PERSON']);
  });

  it("reads doccano's relation-extraction example, keeping both foundedBy links of Google", () => {
    const parsed = parse([toolFixture('doccano/relation_extraction.jsonl')]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const annotations = parsed.value.documents[0]!.annotations;
    expect(describedAll(annotations).find((a) => a.type === 'org')).toMatchObject({
      spans: [[0, 6, 'Google']],
      fields: { foundedat: '→ September 4, 1998', foundedby: '→ Larry Page', 'foundedby-2': '→ Sergey Brin' },
    });
  });

  it('refuses a text classification label, saying Gloss keeps spans only', () => {
    const parsed = parse([textFile('class.jsonl', '{"text": "Terrible customer service.", "label": ["negative"]}\n')]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]!.message).toMatch(/line 1: label 0 .*"negative".*spans only/);
  });

  it('names the line that is not JSON', () => {
    const parsed = parse([textFile('bad.jsonl', '{"text": "a", "label": []}\n{"text": \n')]);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/^line 2 is not valid JSON/);
  });

  it('round-trips any text and spans (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (bundle) => {
        const read = await roundTrip(bundle, []);
        const [original] = bundle.documents;
        expect(describedAll(read.documents[0]?.annotations ?? [])).toEqual(describedAll(original!.annotations));
      }),
      PROPERTY_RUNS,
    );
  });
});
