import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glossFormat } from '../../../core/formats/gloss';
import { sampleBundle } from '../../fixtures/formats/samples';
import { arbitraryBundle, PROPERTY_RUNS, serializeToFiles, serializeToText, textFile } from './helpers';

const parse = (files: Parameters<NonNullable<typeof glossFormat.parse>>[0]) => glossFormat.parse!(files, { documents: [], now: '2026-01-01T00:00:00.000Z' });

describe('gloss exchange format', () => {
  it('reads back exactly what it wrote, and writes it again byte for byte', async () => {
    const bundle = sampleBundle();
    const files = await serializeToFiles(glossFormat, bundle);
    const parsed = parse(files);
    expect(parsed).toEqual({ ok: true, value: bundle });
    if (!parsed.ok) return;
    expect(await serializeToText(glossFormat, parsed.value)).toBe(new TextDecoder().decode(files[0]!.bytes));
  });

  it('carries format and version', async () => {
    const text = await serializeToText(glossFormat, sampleBundle());
    expect(JSON.parse(text)).toMatchObject({ format: 'gloss.exchange', version: 1, set: 'default' });
  });

  const template = (documents: unknown[]) => JSON.stringify({ format: 'gloss.exchange', version: 1, set: null, types: [], documents });
  const annotation = { id: 'a1', type: 'quote', set: 'default', fields: {}, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
  it.each([
    ['malformed JSON', '{"format": "gloss.exchange",', /export\.gloss: .*not valid JSON/],
    ['another format', JSON.stringify({ format: 'gloss.document', version: 1 }), /not a Gloss exchange file: format/],
    ['a newer version', JSON.stringify({ format: 'gloss.exchange', version: 9, set: null, types: [], documents: [] }), /version/],
    [
      'an offset past the end of its text',
      template([{ id: 'd1', metadata: { title: 't' }, text: 'short', annotations: [{ ...annotation, fragments: [{ start: 2, end: 40, exact: 'ort', prefix: 'sh', suffix: '' }] }] }]),
      /annotation a1 does not fit the text at 2–40/,
    ],
    [
      'a quote that is not at its offsets',
      template([{ id: 'd1', metadata: { title: 't' }, text: 'short text', annotations: [{ ...annotation, fragments: [{ start: 0, end: 5, exact: 'other', prefix: '', suffix: '' }] }] }]),
      /d1: annotation a1 does not fit/,
    ],
  ])('refuses %s, naming the file and the problem', (_case, content, message) => {
    const parsed = parse([textFile('export.gloss', content)]);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error[0]!.file).toBe('export.gloss');
    expect(`${parsed.error[0]!.file}: ${parsed.error[0]!.message}`).toMatch(message);
  });

  it('round-trips any bundle unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (bundle) => {
        const files = await serializeToFiles(glossFormat, bundle);
        expect(parse(files)).toEqual({ ok: true, value: bundle });
      }),
      PROPERTY_RUNS,
    );
  });
});
