import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../core/text/json-pieces';

// Lists and objects of every depth, with values that have no JSON (undefined), numbers that have none (NaN, -0), dates (toJSON), holes in lists and any UTF-16 text.
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.date({ noInvalidDate: true }),
    fc.string({ unit: 'binary' }),
    fc.array(tie('value')),
    fc.sparseArray(tie('value')),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value')),
  ),
}));
const container = fc.oneof(fc.dictionary(fc.string({ unit: 'binary' }), value), fc.array(value));

describe('jsonPieces', () => {
  it('joins to exactly what JSON.stringify writes, on one line or indented, opened to any depth', () => {
    fc.assert(
      fc.property(container, fc.nat(4), fc.constantFrom('', '  ', '\t'), (input, depth, indent) => {
        expect(jsonPieces(input, { depth, indent }).join('')).toBe(JSON.stringify(input, null, indent));
      }),
      { numRuns: 1000 },
    );
  });

  it('cuts a list of annotations into one piece per annotation, each stringified whole with the comma before it', () => {
    const file = { format: 'f', annotations: [{ id: 'a', fields: { who: 'x' } }, { id: 'b', fields: {} }] };
    expect(jsonPieces(file, { depth: 2 })).toEqual(['{"format":"f"', ',"annotations":[{"id":"a","fields":{"who":"x"}}', ',{"id":"b","fields":{}}', ']', '}']);
  });
});
