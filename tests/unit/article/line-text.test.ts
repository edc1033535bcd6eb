import { describe, expect, it } from 'vitest';
import { phraseKey, wordCount } from '../../../core/article/line-text';

describe('phraseKey', () => {
  it.each([
    ['Share  on  Facebook!', 'share on facebook'],
    ['— 12 Comments —', '12 comments'],
    ['ПОДЕЛИТЬСЯ: Telegram', 'поделиться telegram'],
    ['Մատչելիության հղումներ', 'մատչելիության հղումներ'],
    // A letter beyond the Basic Multilingual Plane (Mathematical bold A) stays whole, its two UTF-16 units together.
    ['𝐀lpha • beta', '𝐀lpha beta'],
    ['«»…', ''],
  ])('%j → %j', (line, key) => {
    expect(phraseKey(line)).toBe(key);
  });
});

describe('wordCount', () => {
  it.each([
    ["Don't stop the U.S. co-op now.", 6],
    ['ДВА СЛОВА', 2],
    ['Ἀθῆναι και Σπάρτη', 3],
    ['𝐀𝐁 𝐂', 2],
    ['— … —', 0],
    ['', 0],
  ])('%j has %i words', (line, count) => {
    expect(wordCount(line)).toBe(count);
  });
});
