import { describe, expect, it } from 'vitest';
import type { InputFile } from '../../../core/formats/bundle';
import { w3cFormat } from '../../../core/formats/w3c';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { serializeToText, textFile } from './helpers';

/**
 * The W3C import reads a collection's items one at a time from the file's
 * bytes (core/formats/json-items.ts). These are the shapes a file may take
 * around them, and what a broken item says.
 */
const bundle = sampleBundle();
const parse = (file: InputFile) => w3cFormat.parse!([file], { documents: knownDocuments(bundle), now: TIME });
const count = (result: ReturnType<typeof parse>) => (result.ok ? result.value.documents.reduce((n, d) => n + d.annotations.length, 0) : result.error);

describe('W3C import, item by item', () => {
  it('reads a collection whatever the order of its keys, with a byte-order mark, as a page and as a bare array', async () => {
    const collection = JSON.parse(await serializeToText(w3cFormat, bundle)) as { first: { items: unknown[] } } & Record<string, unknown>;
    const { first, ...rest } = collection;
    const shapes = {
      'first last, pretty': JSON.stringify({ ...rest, first }, null, 2),
      'with a byte-order mark': `\uFEFF${JSON.stringify(collection)}`,
      page: JSON.stringify({ ...first, type: 'AnnotationPage' }),
      array: JSON.stringify(first.items),
    };
    for (const [shape, text] of Object.entries(shapes)) expect([shape, count(parse(textFile('c.jsonld', text)))]).toEqual([shape, 11]);
  });

  it('names the item that is not JSON, and the file whose envelope is not', async () => {
    const text = await serializeToText(w3cFormat, bundle);
    const items = JSON.parse(text).first.items as unknown[];
    const broken = `[${items.slice(0, 3).map((item) => JSON.stringify(item)).join(',')},{"id": "urn:x", "type": tru}]`;
    const refused = parse(textFile('broken.jsonld', broken));
    expect(!refused.ok && refused.error[0]!.message).toMatch(/^item 3 is not valid JSON/);
    const unclosed = parse(textFile('unclosed.jsonld', text.slice(0, -3)));
    expect(!unclosed.ok && unclosed.error[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('refuses an item nested deeper than 64 levels without recursing into it', () => {
    const deep = `[{"id": "urn:x", "type": "Annotation", "body": ${'['.repeat(200_000)}${']'.repeat(200_000)}}]`;
    const refused = parse(textFile('deep.jsonld', deep));
    expect(!refused.ok && refused.error[0]!.message).toMatch(/nested deeper than 64 levels/);
  });

  it('reads an item whose strings hold brackets, quotes and backslashes as one item', () => {
    const text = JSON.stringify([{ id: 'urn:gloss:annotation:x:a1', type: 'Annotation', body: { purpose: 'tagging', value: 'quote' }, target: { source: 'urn:none', selector: { type: 'TextQuoteSelector', exact: 'a "]}\\[{" b' } } }]);
    const refused = parse(textFile('odd.jsonld', text));
    // Read whole as one annotation, it is refused only for its target, which no document has.
    expect(!refused.ok && refused.error.map((p) => p.message)).toEqual([expect.stringMatching(/^annotation urn:gloss:annotation:x:a1: .*urn:none/)]);
  });
});
