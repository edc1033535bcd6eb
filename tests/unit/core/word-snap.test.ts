import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../core/anchoring/word-snap';
import { CodePointIndex } from '../../../core/text/code-points';

/** The snapped text for a selection given as a substring plus how far into it the drag started and ended. */
function snapped(text: string, start: number, end: number, locale?: string): string {
  const index = new CodePointIndex(text);
  const span = snapToWords(text, { start, end }, locale);
  return index.slice(span.start, span.end);
}

const at = (text: string, part: string) => [...text.slice(0, text.indexOf(part))].length;

describe('snapToWords', () => {
  const cases: { script: string; text: string; from: string; to: string; expected: string; locale?: string }[] = [
    { script: 'Latin, mid-word both ends', text: 'The harbour pilots walked out at dawn.', from: 'rbour', to: 'lk', expected: 'harbour pilots walked' },
    { script: 'Latin, already whole words', text: 'Ferries stayed tied up all week.', from: 'stayed', to: 'up', expected: 'stayed tied up' },
    { script: 'Cyrillic', text: 'Паромы стояли у причала всю неделю.', from: 'ом', to: 'при', expected: 'Паромы стояли у причала' },
    { script: 'Greek', text: 'Τα πλοία έμειναν δεμένα στο λιμάνι.', from: 'λοί', to: 'έμει', expected: 'πλοία έμειναν' },
    { script: 'Arabic', text: 'بقيت العبارات في الميناء طوال الأسبوع.', from: 'عبار', to: 'الم', expected: 'العبارات في الميناء' },
    { script: 'Chinese', text: '渡轮整个星期都停在港口。', from: '轮整', to: '星', expected: '渡轮整个星期', locale: 'zh' },
    { script: 'Japanese', text: 'フェリーは一週間ずっと港に停泊した。', from: 'ェリ', to: 'ェリ', expected: 'フェリー', locale: 'ja' },
    { script: 'Thai', text: 'เรือข้ามฟากจอดอยู่ที่ท่าเรือทั้งสัปดาห์', from: 'ข้า', to: 'ข้า', expected: 'ข้าม', locale: 'th' },
    { script: 'astral characters before the span', text: '𝒜𝒷 The pier 🚢 would reopen soon.', from: 'eop', to: 'eop', expected: 'reopen' },
  ];
  it.each(cases)('snaps in $script', ({ text, from, to, expected, locale }) => {
    const start = at(text, from);
    const end = at(text, to) + [...to].length;
    expect(snapped(text, start, end, locale)).toBe(expected);
  });

  it('leaves edges in white space or punctuation where they are', () => {
    const text = 'Calm, then a storm.';
    expect(snapped(text, at(text, ', then'), at(text, ' a') + 1)).toBe(', then ');
  });

  it('returns an empty span unchanged', () => {
    expect(snapToWords('words here', { start: 3, end: 3 })).toEqual({ start: 3, end: 3 });
  });

  it('only ever widens the span, and stays inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(), (text, a, b) => {
        const length = [...text].length;
        const start = Math.min(a, b) % (length + 1);
        const end = Math.min(length, start + (Math.max(a, b) % (length + 1)));
        const span = snapToWords(text, { start, end });
        if (end <= start) return;
        expect(span.start).toBeLessThanOrEqual(start);
        expect(span.end).toBeGreaterThanOrEqual(end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(length);
      }),
    );
  });
});
