import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Bundle, InputFile, ParseContext } from '../../../core/formats/bundle';
import { w3cFormat } from '../../../core/formats/w3c';
import { knownDocuments, sampleBundle, TIME } from '../../fixtures/formats/samples';
import { arbitraryBundle, PROPERTY_RUNS, serializeToText, textFile } from './helpers';
import { failedMusts } from './w3c-musts';

const context = (bundle: Bundle): ParseContext => ({ documents: knownDocuments(bundle), now: TIME });
const parse = (files: InputFile[], bundle: Bundle) => w3cFormat.parse!(files, context(bundle));

type Json = Record<string, unknown> & { first: { items: Record<string, unknown>[] } };

/** The same documents and annotations, keyed so order and document metadata do not matter. */
function byAnnotation(bundle: Bundle) {
  return Object.fromEntries(bundle.documents.flatMap((d) => d.annotations.map((a) => [`${d.id}/${a.id}`, a])));
}

describe('W3C Web Annotation export', () => {
  it('every exported annotation passes the W3C test suite\'s MUST assertions (annotationMusts), and so do the collection\'s own keys', async () => {
    const json = JSON.parse(await serializeToText(w3cFormat, sampleBundle())) as Json;
    expect(json['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json).toMatchObject({ type: 'AnnotationCollection', id: expect.stringMatching(/^urn:/), total: 11 });
    expect(json.first).toMatchObject({ type: 'AnnotationPage', id: expect.stringMatching(/^urn:/) });
    expect(json.first.items).toHaveLength(11);
    for (const item of json.first.items) expect([item['id'], failedMusts(item)]).toEqual([item['id'], []]);
  });

  it.each([
    ['no target', (a: Record<string, unknown>) => Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'target')), '3.1-targetKeyFound'],
    ['a body with both value and source', (a: Record<string, unknown>) => ({ ...a, body: [{ type: 'TextualBody', value: 'x', source: 'urn:x', purpose: 'linking' }] }), '3.2-bodyObjectsRecognized'],
    ['a target source that is not a URI', (a: Record<string, unknown>) => ({ ...a, target: [{ type: 'SpecificResource', source: 'not a uri', selector: [] }] }), '3.2-targetObjectsRecognized'],
    ['a created time without its zone', (a: Record<string, unknown>) => ({ ...a, created: '2026-03-04T05:06:07' }), '3.3.1-annotationCreatedValidated'],
  ])('the MUST checks catch %s', async (_case, spoil, must) => {
    const json = JSON.parse(await serializeToText(w3cFormat, sampleBundle())) as Json;
    expect(failedMusts(spoil(json.first.items[0]!))).toContain(must);
  });

  it('names each type in its tagging body and each set as the creator', async () => {
    const json = JSON.parse(await serializeToText(w3cFormat, sampleBundle())) as Json;
    const item = json.first.items.find((i) => i['id'] === 'urn:gloss:annotation:lighthouse-emoji:quote-1')!;
    expect(item['body']).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'Quote', 'gloss:type': 'quote' });
    expect(item['creator']).toEqual({ id: 'urn:gloss:set:default', type: 'Person', name: 'default' });
    const ferry = json.first.items.find((i) => i['id'] === 'urn:gloss:annotation:ferry-crlf:q-1')!;
    expect(ferry['body']).toContainEqual(expect.objectContaining({ purpose: 'describing', value: 'Strait Ferry Company', 'gloss:field': 'speaker' }));
  });

  it('gives one target per fragment, with code-point positions', async () => {
    const json = JSON.parse(await serializeToText(w3cFormat, sampleBundle())) as Json;
    const twoFragments = json.first.items.find((i) => i['id'] === 'urn:gloss:annotation:cafe-combining:claim-1')!;
    expect(twoFragments['target']).toHaveLength(2);
    const atEnd = json.first.items.find((i) => i['id'] === 'urn:gloss:annotation:lighthouse-emoji:event-1')!;
    const [target] = atEnd['target'] as { selector: { start?: number; end?: number; exact?: string }[] }[];
    expect(target!.selector[0]!.exact).toBe('one wrote 🌊');
    expect(target!.selector[1]!.end).toBe([...sampleBundle().documents[0]!.text].length);
  });

  it('reads back every annotation with its type, fields, note and spans', async () => {
    const bundle = sampleBundle();
    const parsed = parse([textFile('a.jsonld', await serializeToText(w3cFormat, bundle))], bundle);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(byAnnotation(parsed.value)).toEqual(byAnnotation(bundle));
  });
});

describe('W3C import', () => {
  const text = 'The mayor said the bridge will close. The mayor said it twice.';
  const bundle: Bundle = { set: null, types: [], documents: [{ id: 'bridge', text, metadata: { title: 'Bridge' }, annotations: [] }] };
  const item = (selector: object[], id = 'urn:x:1') => ({
    id,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Claim' }],
    target: { source: 'urn:gloss:document:bridge', selector },
  });
  const file = (...items: object[]) => textFile('in.jsonld', JSON.stringify({ type: 'AnnotationPage', items }));

  it('anchors by the quote when the positions disagree with the text', () => {
    const parsed = parse([file(item([{ type: 'TextQuoteSelector', exact: 'bridge', prefix: 'the ', suffix: ' will' }, { type: 'TextPositionSelector', start: 0, end: 6 }]))], bundle);
    expect(parsed.ok && parsed.value.documents[0]!.annotations[0]!.fragments[0]).toMatchObject({ start: 19, end: 25, exact: 'bridge' });
    expect(parsed.ok && parsed.value.documents[0]!.annotations[0]!.type).toBe('claim');
  });

  it.each([
    ['matches nowhere', [{ type: 'TextQuoteSelector', exact: 'tunnel' }], /“tunnel” is nowhere in the document/],
    ['matches several places', [{ type: 'TextQuoteSelector', exact: 'The mayor said' }], /in 2 places/],
    ['runs past the end', [{ type: 'TextPositionSelector', start: 60, end: 90 }], /runs past the end of the text \(62 characters\)/],
  ])('reports a selector that %s, per annotation, and guesses nothing', (_case, selector, message) => {
    const parsed = parse([file(item([{ type: 'TextQuoteSelector', exact: 'bridge' }]), item(selector, 'urn:x:bad'))], bundle);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toHaveLength(1);
    expect(parsed.error[0]).toMatchObject({ file: 'in.jsonld', annotation: 'urn:x:bad' });
    expect(parsed.error[0]!.message).toMatch(message);
  });

  it.each([
    ['malformed JSON', '{"type":', /not valid JSON/],
    ['an annotation without target', JSON.stringify({ type: 'AnnotationPage', items: [{ id: 'urn:x', type: 'Annotation' }] }), /item 0 is not a valid Web Annotation: target/],
    ['a document not in the workspace', JSON.stringify([{ ...item([{ type: 'TextQuoteSelector', exact: 'x' }]), target: { source: 'urn:gloss:document:gone', selector: { type: 'TextQuoteSelector', exact: 'x' } } }]), /not a document of this workspace/],
  ])('reports %s', (_case, content, message) => {
    const parsed = parse([textFile('in.jsonld', content)], bundle);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('says an item with an empty target list has no target', () => {
    const parsed = parse([file({ ...item([]), target: [] })], bundle);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/it has no target$/)]);
  });

  it('refuses a field named __proto__ with a message, instead of dropping it without a word', () => {
    const proto = { ...item([{ type: 'TextQuoteSelector', exact: 'bridge' }]), body: [{ type: 'TextualBody', purpose: 'tagging', value: 'claim' }, { type: 'TextualBody', value: 'x', 'gloss:field': '__proto__' }] };
    const parsed = parse([textFile('in.jsonld', JSON.stringify({ type: 'AnnotationPage', items: [proto] }))], bundle);
    expect(!parsed.ok && parsed.error.map((p) => p.message)).toEqual([expect.stringMatching(/field "__proto__" is a name Gloss cannot keep/)]);
  });

  it('resolves a link to an annotation the workspace already has, and reports one that is nowhere', () => {
    const linking = (target: string) => ({
      ...item([{ type: 'TextQuoteSelector', exact: 'bridge' }]),
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
        { type: 'SpecificResource', purpose: 'linking', source: `urn:gloss:annotation:bridge:${target}`, 'gloss:field': 'claimant' },
      ],
    });
    const known = { documents: [{ id: 'bridge', text, annotationIds: ['mayor-1'] }], now: TIME };
    const parsed = w3cFormat.parse!([file(linking('mayor-1'))], known);
    expect(parsed.ok && parsed.value.documents[0]!.annotations[0]!.fields).toEqual({ claimant: { ref: 'mayor-1' } });
    const dangling = w3cFormat.parse!([file(linking('gone'))], known);
    expect(!dangling.ok && dangling.error[0]!.message).toMatch(/links to urn:gloss:annotation:bridge:gone, which is neither in the file nor in the workspace/);
  });

  it('keeps every selector through export and import (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryBundle, async (generated) => {
        const parsed = parse([textFile('p.jsonld', await serializeToText(w3cFormat, generated))], generated);
        const fragments = (b: Bundle) => b.documents.flatMap((d) => d.annotations.map((a) => a.fragments));
        expect(parsed.ok && fragments(parsed.value)).toEqual(fragments(generated));
      }),
      PROPERTY_RUNS,
    );
  });
});
