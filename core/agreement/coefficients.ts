/**
 * Chance-corrected agreement on nominal values: Cohen's κ (two coders, every
 * unit coded by both), Fleiss' κ (any fixed number of coders per unit) and
 * Krippendorff's α (any number of coders, missing values allowed). Each gives
 * null where the coefficient is undefined (no units, or no variation to
 * correct for chance), never NaN, so a report can say "not enough data".
 *
 * Written here rather than taken from npm: the one JavaScript package for α
 * (`krippendorff` 0.1) is an unmaintained side project without κ or the
 * unitizing α, and these are a few lines each, tested against the published
 * worked examples (tests/unit/core/agreement/coefficients.test.ts).
 */

/** A coefficient and the number of units it rests on. */
export interface Coefficient {
  value: number | null;
  units: number;
}

function ratio(observedDisagreement: number, expectedDisagreement: number): number | null {
  // With no expected disagreement (every value the same) there is no chance to correct for: undefined.
  if (expectedDisagreement <= 0) return null;
  return 1 - observedDisagreement / expectedDisagreement;
}

/** Cohen's κ for two coders over units both coded: (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own marginals. */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): Coefficient {
  const n = pairs.length;
  if (n === 0) return { value: null, units: 0 };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [value, count] of first) chance += (count / n) * ((second.get(value) ?? 0) / n);
  return { value: ratio(1 - agreed / n, 1 - chance), units: n };
}

/**
 * Fleiss' κ (1971): every unit is coded by the same number of coders (at
 * least two); `units` holds each unit's values, one per coder. Units with
 * another number of values are not counted.
 */
export function fleissKappa(units: readonly (readonly string[])[]): Coefficient {
  const raters = units[0]?.length ?? 0;
  const counted = units.filter((values) => values.length === raters);
  if (raters < 2 || counted.length === 0) return { value: null, units: 0 };
  const totals = new Map<string, number>();
  let observed = 0;
  for (const values of counted) {
    const perCategory = tally(values);
    let agreeingPairs = 0;
    for (const [value, count] of perCategory) {
      agreeingPairs += count * (count - 1);
      totals.set(value, (totals.get(value) ?? 0) + count);
    }
    observed += agreeingPairs / (raters * (raters - 1));
  }
  const meanObserved = observed / counted.length;
  const all = counted.length * raters;
  let chance = 0;
  for (const count of totals.values()) chance += (count / all) ** 2;
  return { value: ratio(1 - meanObserved, 1 - chance), units: counted.length };
}

/**
 * Krippendorff's α for nominal values, from the coincidence matrix
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011): each
 * unit lists what each coder gave it, `undefined` where a coder gave nothing.
 * Units with fewer than two values cannot be paired and do not count.
 */
export function krippendorffAlpha(units: readonly (readonly (string | undefined)[])[]): Coefficient {
  // o[c][k] summed over units: pairs of values (c, k) from different coders, each weighted 1/(mᵤ − 1).
  const coincidences = new Map<string, Map<string, number>>();
  let pairable = 0;
  for (const unit of units) {
    const values = unit.filter((value): value is string => value !== undefined);
    if (values.length < 2) continue;
    pairable++;
    const perValue = tally(values);
    for (const [c, countC] of perValue) {
      const row = coincidences.get(c) ?? new Map<string, number>();
      coincidences.set(c, row);
      for (const [k, countK] of perValue) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        row.set(k, (row.get(k) ?? 0) + pairs / (values.length - 1));
      }
    }
  }
  let n = 0;
  let agreeing = 0;
  const marginals = new Map<string, number>();
  for (const [c, row] of coincidences) {
    let total = 0;
    for (const count of row.values()) total += count;
    marginals.set(c, total);
    n += total;
    agreeing += row.get(c) ?? 0;
  }
  if (n <= 1) return { value: null, units: pairable };
  // Nominal: Dₒ = disagreeing coincidences / n; Dₑ = Σ_{c≠k} n_c·n_k / (n(n − 1)).
  let sumSquares = 0;
  for (const total of marginals.values()) sumSquares += total * total;
  const observed = (n - agreeing) / n;
  const expected = (n * n - sumSquares) / (n * (n - 1));
  return { value: ratio(observed, expected), units: pairable };
}

function tally(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
