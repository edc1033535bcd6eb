import { describe, expect, it } from 'vitest';
import { trimSpan } from '../../../core/anchoring/trim-span';
import { describeFragment, fragmentFits } from '../../../core/anchoring/fragment';
import { layoutBlocks } from '../../../core/text/blocks';
import { CodePointIndex } from '../../../core/text/code-points';
import { normalizeText } from '../../../core/text/normalize';

describe('normalizeText', () => {
  it.each([
    { name: 'CRLF and CR line endings', raw: 'a\r\nb\rc', expected: 'a\nb\nc' },
    { name: 'decomposed accents (NFC)', raw: 'Valbru\u0308ck', expected: 'Valbrück' },
    { name: 'no-break and thin spaces', raw: 'a\u00a0b\u2009c', expected: 'a b c' },
    { name: 'zero-width spaces and BOM', raw: '\ufeffa\u200bb', expected: 'ab' },
    { name: 'emoji joiners kept', raw: '👩\u200d💻', expected: '👩\u200d💻' },
  ])('normalises $name', ({ raw, expected }) => {
    expect(normalizeText(raw)).toBe(expected);
  });
});

describe('layoutBlocks', () => {
  it('joins blocks with a blank line and records code-point ranges', () => {
    const { text, blocks } = layoutBlocks([
      { kind: 'heading', text: 'Title 🚢' },
      { kind: 'paragraph', text: '   ' },
      { kind: 'paragraph', text: 'Body' },
    ]);
    expect(text).toBe('Title 🚢\n\nBody');
    expect(blocks).toEqual([
      { kind: 'heading', start: 0, end: 7 },
      { kind: 'paragraph', start: 9, end: 13 },
    ]);
    const index = new CodePointIndex(text);
    expect(index.slice(9, 13)).toBe('Body');
  });
});

describe('trimSpan', () => {
  const index = new CodePointIndex('🚢  said the minister  ');
  it('drops white space at both ends', () => {
    expect(trimSpan(index, { start: 1, end: 22 })).toEqual({ start: 3, end: 20 });
  });
  it('refuses a selection of only white space', () => {
    expect(trimSpan(index, { start: 1, end: 3 })).toBeNull();
  });
});

describe('describeFragment', () => {
  it('records the exact text with context either side, in code points', () => {
    const index = new CodePointIndex('𝔐 before the quoted words after');
    const fragment = describeFragment(index, 13, 19);
    expect(fragment).toMatchObject({ start: 13, end: 19, exact: 'quoted', prefix: '𝔐 before the ', suffix: ' words after' });
    expect(fragmentFits(index, fragment)).toBe(true);
    expect(fragmentFits(new CodePointIndex('changed text entirely'), fragment)).toBe(false);
  });
});
