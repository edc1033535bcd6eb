import { describe, expect, it } from 'vitest';
import { cleanPastedText } from '../../../core/article/clean-pasted-text';
import { readPastedPages, textSimilarity } from '../../fixtures/pasted/pages';

const PAGES = readPastedPages();

describe('pasted pages written in the style of real sites', () => {
  it('cover at least four languages and two scripts', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(16);
    expect(new Set(PAGES.map((page) => page.language)).size).toBeGreaterThanOrEqual(4);
    expect(PAGES.some((page) => /\p{Script=Cyrillic}/u.test(page.pasted))).toBe(true);
    expect(PAGES.some((page) => /\p{Script=Armenian}/u.test(page.pasted))).toBe(true);
  });

  it.each(PAGES.map((page) => [page.name, page] as const))('%s: keeps what a careful reader keeps, in order', (_, page) => {
    const cleaned = cleanPastedText(page.pasted);
    expect(cleaned.blocks.map((block) => block.text)).toEqual(page.kept);
  });

  it.each(PAGES.map((page) => [page.name, page] as const))('%s: finds the headline, or derives one and says so', (_, page) => {
    const { metadata } = cleanPastedText(page.pasted);
    if (page.headline === null) {
      expect(metadata.titleDerived).toBe(true);
      expect(page.kept[0]?.startsWith(metadata.title.replace(/…$/, ''))).toBe(true);
    } else {
      expect(metadata.title).toBe(page.headline);
      expect(metadata.titleDerived).toBeUndefined();
    }
  });

  it('keeps every removed line, each with where it goes back', () => {
    for (const page of PAGES) {
      const cleaned = cleanPastedText(page.pasted);
      const lines = page.pasted.split('\n').map((line) => line.trim()).filter(Boolean);
      expect(cleaned.blocks.length + cleaned.removed.length).toBe(lines.length);
      for (const line of cleaned.removed) expect(line.at).toBeLessThanOrEqual(cleaned.blocks.length);
    }
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same words, lower for lost or added words, 0 for nothing in common', () => {
    expect(textSimilarity('One two three.', 'one two three')).toBe(1);
    expect(textSimilarity('one two three four', 'one two three')).toBeCloseTo(6 / 7);
    expect(textSimilarity('alpha beta', 'gamma delta')).toBe(0);
  });
});
