import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../../../core/text/code-points';

describe('CodePointIndex', () => {
  it.each([
    { text: 'plain', utf16: 3, codePoint: 3 },
    { text: '🚢 ship', utf16: 3, codePoint: 2 },
    { text: 'a𝔐b𝔐c', utf16: 6, codePoint: 4 },
    { text: 'e\u0301 combining', utf16: 2, codePoint: 2 },
  ])('converts $utf16 UTF-16 units of "$text" to $codePoint code points and back', ({ text, utf16, codePoint }) => {
    const index = new CodePointIndex(text);
    expect(index.toCodePoint(utf16)).toBe(codePoint);
    expect(index.toUtf16(codePoint)).toBe(utf16);
  });

  it('moves an offset inside a surrogate pair to the start of its character', () => {
    const index = new CodePointIndex('x🚢y');
    expect(index.toCodePoint(2)).toBe(1);
  });

  it('counts lengths and slices by code points', () => {
    const index = new CodePointIndex('🚢 and 𝔐 here');
    expect(index.codePointLength).toBe(codePointLength('🚢 and 𝔐 here'));
    expect(index.codePointLength).toBe([...'🚢 and 𝔐 here'].length);
    expect(index.slice(2, 5)).toBe('and');
    expect(index.slice(6, 7)).toBe('𝔐');
  });

  it('agrees with the string iterator on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (text, seed) => {
        const index = new CodePointIndex(text);
        const points = [...text];
        const cp = points.length === 0 ? 0 : seed % (points.length + 1);
        const utf16 = points.slice(0, cp).join('').length;
        expect(index.toUtf16(cp)).toBe(utf16);
        expect(index.toCodePoint(utf16)).toBe(cp);
        expect(index.slice(0, cp)).toBe(points.slice(0, cp).join(''));
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });
});
