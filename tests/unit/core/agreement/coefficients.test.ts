import { describe, expect, it } from 'vitest';
import { cohenKappa, fleissKappa, krippendorffAlpha } from '../../../../core/agreement/coefficients';

/** Expands a table of counts into that many copies of each pair. */
const repeat = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

describe("Cohen's kappa", () => {
  it('gives 0.4 on the textbook table (20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no: po 0.7, pe 0.5)', () => {
    const pairs = [...repeat(20, ['yes', 'yes'] as const), ...repeat(5, ['yes', 'no'] as const), ...repeat(10, ['no', 'yes'] as const), ...repeat(15, ['no', 'no'] as const)];
    const kappa = cohenKappa(pairs);
    expect(kappa.value).toBeCloseTo(0.4, 10);
    expect(kappa.units).toBe(50);
  });

  it('is 1 for perfect agreement, and below 0 when the coders disagree more than chance', () => {
    expect(cohenKappa([['a', 'a'], ['b', 'b'], ['c', 'c']]).value).toBe(1);
    expect(cohenKappa([['a', 'b'], ['b', 'a']]).value).toBe(-1);
  });

  it('is undefined (null) with no units, or when both coders gave one value throughout', () => {
    expect(cohenKappa([])).toEqual({ value: null, units: 0 });
    expect(cohenKappa([['a', 'a'], ['a', 'a']])).toEqual({ value: null, units: 2 });
  });
});

describe("Fleiss' kappa", () => {
  // Fleiss (1971) as worked on Wikipedia: 10 subjects, 14 raters, 5 categories; κ = 0.210.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];
  const units = table.map((counts) => counts.flatMap((count, category) => repeat(count, `c${category + 1}`)));

  it('gives 0.210 on the worked example', () => {
    const kappa = fleissKappa(units);
    expect(kappa.value).toBeCloseTo(0.20993, 4);
    expect(kappa.units).toBe(10);
  });

  it('is 1 when every rater agrees on every unit (with more than one category in use)', () => {
    expect(fleissKappa([['x', 'x', 'x'], ['y', 'y', 'y']]).value).toBe(1);
  });

  it('is undefined with no units or one rater', () => {
    expect(fleissKappa([]).value).toBeNull();
    expect(fleissKappa([['x'], ['y']]).value).toBeNull();
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: 4 observers,
  // 12 units, missing values (undefined); nominal α = 0.743.
  const _ = undefined;
  const observers = [
    ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _],
    ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'],
    [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _],
    ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _],
  ];
  const units = observers[0]!.map((_value, unit) => observers.map((row) => row[unit]));

  it('gives 0.743 on the reliability-data example with missing values', () => {
    const alpha = krippendorffAlpha(units);
    expect(alpha.value).toBeCloseTo(0.743, 3);
    // Unit 12 has one value and cannot be paired.
    expect(alpha.units).toBe(11);
  });

  it('is 1 for perfect agreement, and undefined for empty data or a single value throughout', () => {
    expect(krippendorffAlpha([['a', 'a', _], ['b', 'b', 'b']]).value).toBe(1);
    expect(krippendorffAlpha([])).toEqual({ value: null, units: 0 });
    expect(krippendorffAlpha([['a', 'a'], ['a', 'a']]).value).toBeNull();
  });

  it('with two coders and no missing values agrees with the small-sample form of Scott’s pi', () => {
    // 10 units, 2 coders: α = 1 − (n − 1)·D/E for nominal data; hand-computed:
    // values a×8, b×12 (n = 20); disagreeing pairs 2 units × 2 = 4 coincidences;
    // Do = 4/20 = 0.2; De = (400 − 64 − 144)/(20·19) = 192/380; α = 1 − 0.2·380/192 = 0.604166…
    const pairs: [string, string][] = [...repeat(3, ['a', 'a'] as [string, string]), ...repeat(5, ['b', 'b'] as [string, string]), ['a', 'b'], ['b', 'a']];
    expect(krippendorffAlpha(pairs).value).toBeCloseTo(1 - (0.2 * 380) / 192, 10);
  });
});
