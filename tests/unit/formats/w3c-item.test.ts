import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isW3cAnnotation, parseW3cItem, W3cAnnotationSchema } from '../../../core/formats/w3c-item';
import { itRefusesPastEveryRestriction, itRefusesWithZodsMessage, type Refusal } from '../zod-twin';

/** An item as Gloss writes it, with the keys the importer does not read (`@context`, `motivation`). */
const selectors = [
  { type: 'TextQuoteSelector', exact: 'bridge', prefix: 'the ', suffix: ' will' },
  { type: 'TextPositionSelector', start: 19, end: 25 },
];
const body = { type: 'TextualBody', purpose: 'describing', value: 'the mayor', 'gloss:field': 'speaker', 'gloss:value': { date: '2026-04-03', wording: 'Friday' } };
const valid = {
  '@context': ['http://www.w3.org/ns/anno.jsonld', { gloss: 'urn:gloss:vocab#' }],
  id: 'urn:gloss:annotation:bridge:q-1',
  type: 'Annotation',
  motivation: 'tagging',
  'gloss:set': 'default',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-02T10:00:00+02:00',
  body: [{ type: 'TextualBody', purpose: 'tagging', value: 'quote' }, body],
  target: [{ type: 'SpecificResource', source: 'urn:gloss:document:bridge', selector: selectors }],
};
const target = valid.target[0]!;
const withTarget = (change: Record<string, unknown>) => ({ ...valid, target: [{ ...target, ...change }] });
const withSelector = (change: Record<string, unknown>) => withTarget({ selector: [{ ...selectors[1], ...change }] });
const withBody = (change: Record<string, unknown>) => ({ ...valid, body: [{ ...body, ...change }] });

/** Every way an item can break the W3C shape; each must still be refused, with zod's message. */
const refused: Refusal[] = [
  ['no id', { ...valid, id: undefined }, /^id: /],
  ['an empty id', { ...valid, id: '' }, /^id: /],
  ['another type', { ...valid, type: 'Note' }, /^type: /],
  ['a list of types without Annotation', { ...valid, type: ['Note'] }, /^type: /],
  ['a list of types that are not all text', { ...valid, type: ['Annotation', 3] }, /^type: /],
  ['no target', { ...valid, target: undefined }, /^target[.:]/],
  ['a target without its source', withTarget({ source: undefined }), /^target[.:]/],
  ['a target without a selector', withTarget({ selector: undefined }), /^target[.:]/],
  ['a selector without its type', withSelector({ type: undefined }), /^target[.:]/],
  ['a negative offset', withSelector({ start: -1 }), /^target[.:]/],
  ['an offset that is not an integer', withSelector({ end: 2.5 }), /^target[.:]/],
  ['an offset given as text', withSelector({ start: '19' }), /^target[.:]/],
  ['a quote that is not text', withTarget({ selector: [{ ...selectors[0], exact: 7 }] }), /^target[.:]/],
  ['a sparse list of targets', { ...valid, target: new Array<unknown>(1) }, /^target[.:]/],
  ['a body value that is not text', withBody({ value: 3 }), /^body[.:]/],
  ['a body field name that is not text', withBody({ 'gloss:field': null }), /^body[.:]/],
  ['a body that is not an object', { ...valid, body: ['quote'] }, /^body[.:]/],
  ['a date that is not ISO', { ...valid, created: 'last Friday' }, /^created: /],
  ['a time without its offset', { ...valid, modified: '2026-01-02T10:00:00' }, /^modified: /],
  ['an empty set name', { ...valid, 'gloss:set': '' }, /^gloss:set: /],
  ['an array', [valid], /^\(top level\): /],
  ['null', null, /^\(top level\): /],
];

describe('the plain-code check of a W3C item', () => {
  it('passes an item as Gloss writes it, and zod reads the same values from it', () => {
    expect(isW3cAnnotation(valid)).toBe(true);
    const parsed = W3cAnnotationSchema.safeParse(valid);
    expect(parsed.success).toBe(true);
    expect(valid).toMatchObject(parsed.data!);
  });

  it('passes a lone body, target and selector, as the union does', () => {
    const lone = { ...valid, body: body, target: { ...target, selector: selectors[0] } };
    expect(isW3cAnnotation(lone)).toBe(true);
    expect(W3cAnnotationSchema.safeParse(lone).success).toBe(true);
  });

  it('knows every key the schema names (a new one must be checked too: the check lets keys it does not know through)', () => {
    const { shape } = W3cAnnotationSchema;
    const targetShape = shape.target.options[1].shape;
    expect(Object.keys(shape)).toEqual(['id', 'type', 'body', 'target', 'created', 'modified', 'creator', 'gloss:set']);
    expect(Object.keys(targetShape)).toEqual(['source', 'selector']);
    expect(Object.keys(targetShape.selector.options[1].shape)).toEqual(['type', 'exact', 'prefix', 'suffix', 'start', 'end']);
    expect(Object.keys(shape.body.unwrap().options[1].shape)).toEqual(['type', 'purpose', 'value', 'source', 'gloss:field', 'gloss:value', 'gloss:type', 'gloss:entity']);
  });

  itRefusesWithZodsMessage(refused, { check: isW3cAnnotation, read: parseW3cItem, schema: W3cAnnotationSchema });

  describe('past every restriction of the zod schema, read from the schema', () => {
    // Every optional key, and each branch of each one-or-many (a list of types; one body, target or selector, or a list) in turn.
    const fullBody = { ...body, source: 'urn:gloss:entity:e7', 'gloss:type': 'quote', 'gloss:entity': 'e7' };
    const fullSelector = { ...selectors[0], start: 19, end: 25 };
    const valids = [
      valid,
      { ...valid, type: ['Annotation', 'Note'], body: fullBody, target: { ...target, selector: fullSelector } },
      { ...valid, body: [fullBody], target: [{ ...target, selector: fullSelector }] },
      { ...valid, target: { ...target, selector: [fullSelector] } },
    ];
    itRefusesPastEveryRestriction({ check: isW3cAnnotation, read: parseW3cItem, schema: W3cAnnotationSchema }, valids);
  });

  it('never passes what zod refuses, nor a value zod would read differently (property)', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(undefined, '', -1, 2.5, 2 ** 53, 'Annotation', ['Annotation'], [], [{}], new Array<unknown>(1), '2026-01-01T00:00:00Z'),
    );
    const keys = [...Object.keys(valid), 'extra'];
    const mutated = fc
      .record({ where: fc.constantFrom('item', 'target', 'selector', 'body'), key: fc.constantFrom(...keys, 'source', 'selector', 'start', 'exact', 'purpose', 'gloss:field', 'gloss:value', 'gloss:type', 'gloss:entity', 'creator'), value })
      .map(({ where, key, value }) =>
        where === 'item' ? { ...valid, [key]: value } : where === 'target' ? withTarget({ [key]: value }) : where === 'selector' ? withSelector({ [key]: value }) : withBody({ [key]: value }),
      );
    let passed = 0;
    fc.assert(
      fc.property(mutated, (item) => {
        if (!isW3cAnnotation(item)) return;
        passed++;
        const parsed = W3cAnnotationSchema.safeParse(item);
        expect(parsed.success).toBe(true);
        // zod only drops keys it does not name; every value it keeps is the item's own.
        expect(item).toMatchObject(parsed.data!);
      }),
      { seed: 20261201, numRuns: 3000 },
    );
    // Not vacuous: many mutations (an extra key, a lone value for a list) keep the item valid.
    expect(passed).toBeGreaterThan(300);
  });
});
