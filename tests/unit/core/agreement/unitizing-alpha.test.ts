import { describe, expect, it } from 'vitest';
import { unitizingAlpha } from '../../../../core/agreement/unitizing-alpha';

describe("Krippendorff's unitizing alpha", () => {
  it('matches a hand computation: a text of 10 positions, A marks [2,5), B marks [3,5)', () => {
    // Segments: A gaps 2 and 5, unit 3 at 2; B gaps 3 and 5, unit 2 at 3.
    // Do: the two units overlap: (2−3)² + (5−5)² = 1, once per ordered pair of coders → 2;
    //     Do = 2 / (m(m−1)L²) = 2 / (2·1·100) = 0.01.
    // De: Nc = 2 units. Unit 3: (Nc−1)/3·(2·27 − 27 + 3) = 10, plus 3²·Σ over gaps ≥ 3 (5, 3, 5)
    //     of (lₕ − 3 + 1) = 9·(3 + 1 + 3) = 63 → 73. Unit 2: (1/3)(16 − 12 + 2) = 2, plus
    //     2²·Σ over gaps ≥ 2 (2, 5, 3, 5) of (lₕ − 1) = 4·11 = 44 → 46.
    //     Numerator (2/L)(73 + 46) = 23.8; denominator mL(mL − 1) − Σ l(l − 1) = 380 − 8 = 372.
    // αu = 1 − 0.01 / (23.8/372) = 0.843697…
    const alpha = unitizingAlpha([{ length: 10, coders: [[{ start: 2, end: 5 }], [{ start: 3, end: 5 }]] }]);
    expect(alpha.value).toBeCloseTo(1 - 0.01 / (23.8 / 372), 10);
    expect(alpha.units).toBe(2);
  });

  it('counts a unit the other coder did not mark at all by its length squared', () => {
    // A marks [0,4) and [6,8); B marks [0,4) only. Do = 2·2² / (2·1·10²) = 0.04.
    // De: Nc = 3 (lengths 4, 2, 4); gaps: A 2 and 2, B 6.
    //   unit 4: (2/3)(128 − 48 + 4) = 56, plus 16·(6 − 4 + 1) = 48 → 104 (twice: 208);
    //   unit 2: (2/3)(16 − 12 + 2) = 4, plus 4·((2−1) + (2−1) + (6−1)) = 28 → 32.
    //   Numerator (2/10)·240 = 48; denominator 20·19 − (12 + 2 + 12) = 354.
    const alpha = unitizingAlpha([{ length: 10, coders: [[{ start: 0, end: 4 }, { start: 6, end: 8 }], [{ start: 0, end: 4 }]] }]);
    expect(alpha.value).toBeCloseTo(1 - 0.04 / (48 / 354), 10);
  });

  it('is 1 when the coders mark the same units, whatever their number', () => {
    const same = [{ start: 1, end: 4 }, { start: 7, end: 9 }];
    expect(unitizingAlpha([{ length: 12, coders: [same, same, same] }]).value).toBe(1);
  });

  it('joins a coder’s overlapping spans and lays documents end to end', () => {
    const split = unitizingAlpha([{ length: 10, coders: [[{ start: 2, end: 4 }, { start: 3, end: 5 }], [{ start: 2, end: 5 }]] }]);
    expect(split.value).toBe(1);
    const two = unitizingAlpha([
      { length: 10, coders: [[{ start: 2, end: 5 }], [{ start: 3, end: 5 }]] },
      { length: 10, coders: [[], []] },
    ]);
    expect(two.value).not.toBeNull();
    expect(two.value).toBeGreaterThan(0);
  });

  it('is undefined with no units, no text or one coder', () => {
    expect(unitizingAlpha([{ length: 10, coders: [[], []] }]).value).toBeNull();
    expect(unitizingAlpha([]).value).toBeNull();
    expect(unitizingAlpha([{ length: 10, coders: [[{ start: 1, end: 3 }]] }]).value).toBeNull();
  });
});
