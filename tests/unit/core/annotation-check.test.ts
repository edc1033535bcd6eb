import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStoredAnnotation } from '../../../core/model/annotation-check';
import {
  ANNOTATIONS_FORMAT,
  ANNOTATIONS_VERSION,
  AnnotationsFileSchema,
  parseAnnotationsFile,
  parseStoredAnnotation,
  StoredAnnotationSchema,
  type StoredAnnotation,
} from '../../../core/model/annotation';
import { parseUnknown } from '../../../core/validation/parse-unknown';
import { itRefusesPastEveryRestriction, itRefusesWithZodsMessage, type Refusal } from '../zod-twin';
import { VALID_ANNOTATION } from './stored-annotation-fixture';

const valid = VALID_ANNOTATION;
const fragment = valid.fragments[0] as StoredAnnotation['fragments'][number];
const withFragment = (change: Record<string, unknown>) => ({ ...valid, fragments: [{ ...fragment, ...change }] });

/** Every way an annotation can break its schema; each must still be refused, with zod's message. */
const refused: Refusal[] = [
  ['an id that could be a path', { ...valid, id: '../x' }, /^id: must be 1-64 lowercase letters/],
  ['a type with capitals', { ...valid, type: 'Quote' }, /^type: /],
  ['an empty set', { ...valid, set: '' }, /^set: /],
  ['a set name over the limit', { ...valid, set: 's'.repeat(201) }, /^set: /],
  ['no fragments', { ...valid, fragments: [] }, /^fragments: /],
  ['over a thousand fragments', { ...valid, fragments: Array.from({ length: 1001 }, () => fragment) }, /^fragments: /],
  ['an empty fragment', withFragment({ end: 4 }), /^fragments\.0: a fragment must not be empty$/],
  ['a reversed fragment', withFragment({ start: 10, end: 4 }), /^fragments\.0: a fragment must not be empty$/],
  ['a negative offset', withFragment({ start: -1 }), /^fragments\.0\.start: /],
  ['an offset that is not an integer', withFragment({ end: 10.5 }), /^fragments\.0\.end: /],
  ['an offset beyond safe integers', withFragment({ start: 1e300, end: 1e301 }), /^fragments\.0\.start: /],
  ['an offset given as text', withFragment({ start: '4' }), /^fragments\.0\.start: /],
  ['an empty quote', withFragment({ exact: '' }), /^fragments\.0\.exact: /],
  ['a context over the limit', withFragment({ suffix: 'x'.repeat(257) }), /^fragments\.0\.suffix: /],
  ['a fragment without its prefix', { ...valid, fragments: [{ start: 4, end: 10, exact: 'harbour', suffix: '' }] }, /^fragments\.0\.prefix: /],
  ['a field name over the limit', { ...valid, fields: { ['f'.repeat(201)]: 'x' } }, /^fields\./],
  ['a field value of the wrong kind', { ...valid, fields: { speaker: ['a'] } }, /^fields\.speaker: /],
  ['a field text over the limit', { ...valid, fields: { speaker: 'x'.repeat(20_001) } }, /^fields\.speaker: /],
  ['a link to an unsafe id', { ...valid, fields: { about: { ref: 'A B' } } }, /^fields\.about/],
  ['an entity link to an unsafe id', { ...valid, fields: { addressee: { entity: 'E 7' } } }, /^fields\.addressee/],
  ['a mention of an unsafe entity id', { ...valid, entity: '../e' }, /^entity: /],
  ['a note over the limit', { ...valid, note: 'x'.repeat(200_001) }, /^note: /],
  ['a note that is not text', { ...valid, note: 7 }, /^note: /],
  ['a date that is not ISO', { ...valid, created: 'last Friday' }, /^created: /],
  ['a time without its offset', { ...valid, modified: '2026-01-02T10:00:00' }, /^modified: /],
  ['a missing key', { ...valid, modified: undefined }, /^modified: /],
  ['an array', [valid], /^\(top level\): /],
  ['null', null, /^\(top level\): /],
];

describe('the plain-code check of a stored annotation', () => {
  it('passes a valid annotation, as zod does, unchanged', () => {
    expect(isStoredAnnotation(valid)).toBe(true);
    expect(parseStoredAnnotation(valid)).toEqual({ ok: true, value: valid });
    expect(parseUnknown(StoredAnnotationSchema, valid)).toEqual({ ok: true, value: valid });
  });

  itRefusesWithZodsMessage(refused, { check: isStoredAnnotation, read: parseStoredAnnotation, schema: StoredAnnotationSchema });

  describe('past every restriction of the zod schema, read from the schema', () => {
    itRefusesPastEveryRestriction({ check: isStoredAnnotation, read: parseStoredAnnotation, schema: StoredAnnotationSchema }, [valid]);
  });

  it('leaves a key zod would strip to zod, which strips it', () => {
    const extra = { ...valid, colour: 'red' };
    expect(isStoredAnnotation(extra)).toBe(false);
    expect(parseStoredAnnotation(extra)).toEqual({ ok: true, value: valid });
  });

  it('never passes what zod refuses or would change (property)', () => {
    const json = fc.jsonValue({ maxDepth: 2 });
    const mutated = fc.record({ key: fc.constantFrom(...Object.keys(valid), 'extra'), inFragment: fc.boolean(), value: json }).map(({ key, inFragment, value }) =>
      inFragment ? withFragment({ [key]: value }) : { ...valid, [key]: value },
    );
    fc.assert(
      fc.property(mutated, (value) => {
        if (!isStoredAnnotation(value)) return;
        expect(StoredAnnotationSchema.safeParse(value)).toEqual({ success: true, data: value });
      }),
      { seed: 20261201, numRuns: 2000 },
    );
  });
});

describe('reading an annotations file', () => {
  const file = (annotations: unknown[]) => ({
    format: ANNOTATIONS_FORMAT,
    version: ANNOTATIONS_VERSION,
    documentId: 'doc-1',
    textSha256: 'a'.repeat(64),
    annotations,
    unplaced: [],
  });

  it('gives what the schema gives for a valid file', () => {
    const data = file([valid, { ...valid, id: 'a2', note: undefined }]);
    expect(parseAnnotationsFile(data)).toEqual(parseUnknown(AnnotationsFileSchema, data));
  });

  it.each(refused)('refuses a file holding %s with the message the schema gives', (_name, value) => {
    const data = file([valid, value]);
    const parsed = parseAnnotationsFile(data);
    expect(parsed.ok).toBe(false);
    expect(parsed).toEqual(parseUnknown(AnnotationsFileSchema, data));
    expect(!parsed.ok && parsed.error).toMatch(/^annotations\.1/);
  });

  it('refuses a damaged envelope with the message the schema gives', () => {
    const data = { ...file([valid]), textSha256: 'not a hash', unplaced: 'none' };
    expect(parseAnnotationsFile(data)).toEqual(parseUnknown(AnnotationsFileSchema, data));
    expect(parseAnnotationsFile(data).ok).toBe(false);
  });
});
