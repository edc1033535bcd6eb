import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bundle, InputFile, KnownDocument } from '../../../core/formats/bundle';
import { labelStudioFormat } from '../../../core/formats/label-studio';
import { decodeUtf8 } from '../../../core/formats/utf8';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { arbitraryBundle, PROPERTY_RUNS, serializeToFiles, textFile } from './helpers';
import { describedAll, toolFixture } from './tool-formats-helpers';

const parse = (files: readonly InputFile[], documents: readonly KnownDocument[] = []) => labelStudioFormat.parse!(files, { documents, now: TIME });

async function roundTrip(bundle: Bundle, documents: readonly KnownDocument[]) {
  const parsed = parse(await serializeToFiles(labelStudioFormat, bundle), documents);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.value;
}

const task = (text: string, result: unknown[], extra: object = {}) => textFile('tasks.json', JSON.stringify([{ data: { text }, annotations: [{ completed_by: 7, result }], ...extra }]));
const span = (id: string, start: number, end: number, label: string) => ({ id, from_name: 'label', to_name: 'text', type: 'labels', value: { start, end, labels: [label] } });

describe('Label Studio JSON', () => {
  it('writes text tasks whose regions count UTF-16 units, with fields, notes and links as per-region results', async () => {
    const bundle = sampleBundle();
    const [file] = await serializeToFiles(labelStudioFormat, bundle);
    const tasks = JSON.parse(decodeUtf8(file!.bytes));
    expect(tasks).toHaveLength(4);
    const result = tasks[0].annotations[0].result;
    // 'The keepers 👩‍🚒' is at code point 37, UTF-16 unit 38 (🚨 before it takes two units).
    expect(result[0]).toMatchObject({ id: 'src-1', type: 'labels', value: { start: 38, end: 55, text: 'The keepers 👩‍🚒', labels: ['Source'] } });
    expect(result).toContainEqual({ type: 'relation', from_id: 'quote-1', to_id: 'src-1', direction: 'right', labels: ['speaker'] });
    expect(result).toContainEqual(expect.objectContaining({ id: 'event-1', from_name: 'date', type: 'datetime', value: expect.objectContaining({ datetime: '2026-03-01' }) }));
    expect(result).toContainEqual(expect.objectContaining({ id: 'event-1', from_name: 'date-wording', type: 'textarea', value: expect.objectContaining({ text: ['last Sunday'] }) }));
    expect(result.find((r: { id: string; type: string }) => r.id === 'quote-1' && r.type === 'labels').meta).toEqual({ text: ['emoji 🌊 in the note'] });
    expect(tasks[0].annotations[0].gloss_set).toBe('default');
  });

  it('reads every annotation back as it was, into the workspace or as new documents', async () => {
    const bundle = sampleBundle();
    for (const documents of [knownDocuments(bundle), []]) {
      const read = await roundTrip(bundle, documents);
      for (const original of bundle.documents.filter((d) => d.annotations.length > 0)) {
        const back = read.documents.find((d) => d.text === original.text);
        expect(back?.annotations).toEqual(original.annotations.map((a) => expect.objectContaining({ ...a, fields: a.fields })));
      }
    }
  });

  it('turns UTF-16 offsets into code points: a region at 3 after "𝐀 " is the word after it', () => {
    const parsed = parse([task('𝐀 Ministry said', [span('r1', 3, 11, 'ORG')])]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value.documents[0]!.annotations[0]!.fragments[0]).toMatchObject({ start: 2, end: 10, exact: 'Ministry' });
  });

  it("reads Label Studio's own NER example (the older completions key) into a new document", () => {
    const parsed = parse([toolFixture('labelstudio/rich_text_plain-completions-1.json')]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const [document] = parsed.value.documents;
    expect(document!.annotations.map((a) => [a.type, a.fragments[0]!.exact])).toEqual([['date', 'February 22']]);
    expect(document!.text.startsWith('Showers continued')).toBe(true);
  });

  it('keeps each annotator and each prediction as its own set, and relations as links', () => {
    const text = 'Mayor Ruiz said the bridge reopens.';
    const file = textFile('tasks.json', JSON.stringify({
      data: { text },
      annotations: [{ completed_by: { email: 'ana@desk' }, result: [span('s', 0, 10, 'Source'), span('q', 11, 35, 'Quote'), { type: 'relation', from_id: 'q', to_id: 's', direction: 'right', labels: ['speaker'] }] }],
      predictions: [{ model_version: 'ner-2', result: [span('s', 6, 10, 'Person')] }],
    }));
    const parsed = parse([file]);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(describedAll(parsed.value.documents[0]!.annotations)).toEqual([
      { type: 'person', spans: [[6, 10, 'Ruiz']], fields: {}, note: undefined, set: 'prediction-ner-2' },
      { type: 'quote', spans: [[11, 35, 'said the bridge reopens.']], fields: { speaker: '→ Mayor Ruiz' }, note: undefined, set: 'ana@desk' },
      { type: 'source', spans: [[0, 10, 'Mayor Ruiz']], fields: {}, note: undefined, set: 'ana@desk' },
    ]);
  });

  it("refuses a task's classification (not a span) with a message, rather than dropping it", () => {
    const parsed = parse([toolFixture('labelstudio/text_with_2_predictions.json')]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error[0]!.message).toMatch(/task 0: a choices result that is not about a text span/);
  });

  it('refuses a region whose text is not what its offsets hold', () => {
    const parsed = parse([task('Harbour fees rise', [{ ...span('r', 0, 7, 'Org'), value: { start: 0, end: 7, text: 'Harbor', labels: ['Org'] } }])]);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/says “Harbor” but its offsets hold “Harbour”/);
  });

  it('refuses a file nested deeper than any task, without recursing into it', () => {
    const parsed = parse([textFile('deep.json', `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`)]);
    expect(!parsed.ok && parsed.error[0]!.message).toMatch(/nested deeper than 64 levels/);
  });

  it('round-trips any text and spans (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (bundle) => {
        const read = await roundTrip(bundle, []);
        expect(describedAll(read.documents[0]?.annotations ?? [])).toEqual(describedAll(bundle.documents[0]!.annotations));
      }),
      PROPERTY_RUNS,
    );
  });
});
