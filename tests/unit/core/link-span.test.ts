import { describe, expect, it } from 'vitest';
import { DEFAULT_LABEL_TYPES, type FieldDefinition } from '../../../core/model/label-types';
import { describeValue, removedFieldValues, withFieldValue } from '../../../core/fields/field-values';
import { CodePointIndex } from '../../../core/text/code-points';
import { linkTargetFor, pickableTypes } from '../../../core/annotations/link-span';
import type { Span } from '../../../core/anchoring/trim-span';
import { describeFragment } from '../../../core/anchoring/fragment';
import { annotationOn } from '../services/workspace-helpers';

const TEXT = 'Tobias Renn said the piers were sound, and Renn added more.';
const index = new CodePointIndex(TEXT);
const speakerField: Extract<FieldDefinition, { kind: 'span' }> = { id: 'speaker', name: 'Speaker', kind: 'span', targetTypes: ['actor', 'source'] };
const renn = { start: 0, end: 11 };

describe('pickableTypes', () => {
  it("offers the field's targets in its order, or every type when it names none", () => {
    expect(pickableTypes(speakerField, DEFAULT_LABEL_TYPES).map((t) => t.id)).toEqual(['actor', 'source']);
    expect(pickableTypes({ ...speakerField, targetTypes: [] }, DEFAULT_LABEL_TYPES)).toHaveLength(DEFAULT_LABEL_TYPES.length);
  });
});

describe('linkTargetFor', () => {
  const allowed = pickableTypes(speakerField, DEFAULT_LABEL_TYPES);
  const create = (span: Span, type: string) => ({
    id: `new-${type}`,
    type,
    set: 'alice',
    fragments: [describeFragment(index, span.start, span.end)],
    fields: {},
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  });

  it('creates an annotation of the chosen type for words not tagged yet', () => {
    const target = linkTargetFor([], renn, allowed, 'actor', create);
    expect(target.created).toMatchObject({ id: target.ref, type: 'actor', set: 'alice', fragments: [{ exact: 'Tobias Renn' }] });
  });

  it('reuses an allowed annotation over exactly those words', () => {
    const source = annotationOn(TEXT, 'Tobias Renn', 'source');
    expect(linkTargetFor([source], renn, allowed, 'actor', create)).toEqual({ ref: source.id });
  });

  it('does not reuse an annotation of a type the field does not allow', () => {
    const location = annotationOn(TEXT, 'Tobias Renn', 'location');
    expect(linkTargetFor([location], renn, allowed, 'actor', create).created?.type).toBe('actor');
  });
});

describe('field values', () => {
  it('keeps values of fields the type no longer has, and clears a value by removing its key', () => {
    const [quote] = DEFAULT_LABEL_TYPES;
    const fields = { speaker: 'Renn', mood: 'calm', when: { date: '2025-03-14', wording: 'last Friday' } };
    expect(removedFieldValues(quote, fields).map(([id]) => id)).toEqual(['mood', 'when']);
    expect(withFieldValue(fields, 'mood', undefined)).toEqual({ speaker: 'Renn', when: fields.when });
    expect(describeValue(fields.when)).toBe('last Friday (2025-03-14)');
  });
});
