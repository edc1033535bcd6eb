import { countBelow } from '../text/sorted';
import type { Coefficient } from './coefficients';

/** A stretch of a document's text, in code points, end exclusive. */
export interface Stretch {
  start: number;
  end: number;
}

/** One document as the coders divided it: its length, and for each coder the stretches it marked (of one category). */
export interface Continuum {
  length: number;
  /** One list per coder, the same coders in the same order in every continuum; stretches may overlap (they are joined). */
  coders: readonly (readonly Stretch[])[];
}

/** A coder's stretches joined where they overlap or touch, sorted, and cut to the text. */
function joined(stretches: readonly Stretch[], length: number): Stretch[] {
  const sorted = stretches
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const units: Stretch[] = [];
  for (const stretch of sorted) {
    const last = units.at(-1);
    if (last && stretch.start <= last.end) last.end = Math.max(last.end, stretch.end);
    else units.push({ ...stretch });
  }
  return units;
}

/** The gaps between a coder's units, as lengths (what the coder left unmarked). */
function gapLengths(units: readonly Stretch[], length: number): number[] {
  const gaps: number[] = [];
  let at = 0;
  for (const unit of units) {
    if (unit.start > at) gaps.push(unit.start - at);
    at = unit.end;
  }
  if (length > at) gaps.push(length - at);
  return gaps;
}

/**
 * Observed disagreement's sum over one unordered pair of coders in one text:
 * overlapping units add the squares of their start and end differences; a
 * unit that meets none of the other's units (it lies in the other's gap)
 * adds its length squared. Both lists are sorted and disjoint, so one sweep.
 */
function pairDisagreement(a: readonly Stretch[], b: readonly Stretch[]): number {
  let sum = 0;
  const metA = new Array<boolean>(a.length).fill(false);
  const metB = new Array<boolean>(b.length).fill(false);
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const u = a[i] as Stretch;
    while (j < b.length && (b[j] as Stretch).end <= u.start) j++;
    for (let k = j; k < b.length && (b[k] as Stretch).start < u.end; k++) {
      const v = b[k] as Stretch;
      sum += (u.start - v.start) ** 2 + (u.end - v.end) ** 2;
      metA[i] = true;
      metB[k] = true;
    }
  }
  a.forEach((u, i) => (metA[i] ? undefined : (sum += (u.end - u.start) ** 2)));
  b.forEach((v, k) => (metB[k] ? undefined : (sum += (v.end - v.start) ** 2)));
  return sum;
}

/** What one text contributes to αᵤ; texts laid end to end add up (unitizingAlphaOf). */
export interface UnitizingParts {
  coders: number;
  length: number;
  /** Σ δ² over ordered pairs of coders. */
  observedSum: number;
  unitLengths: number[];
  gapLengths: number[];
}

export function unitizingParts({ length, coders: marked }: Continuum): UnitizingParts {
  const units = marked.map((stretches) => joined(stretches, length));
  const unitLengths: number[] = [];
  const gaps: number[] = [];
  let observedSum = 0;
  for (const coder of units) {
    for (const unit of coder) unitLengths.push(unit.end - unit.start);
    gaps.push(...gapLengths(coder, length));
  }
  // Each unordered pair counts twice: δ is summed over ordered pairs of coders.
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) observedSum += 2 * pairDisagreement(units[i] ?? [], units[j] ?? []);
  }
  return { coders: marked.length, length, observedSum, unitLengths, gapLengths: gaps };
}

/**
 * Krippendorff's unitizing alpha (αᵤ) for one category over character
 * positions (Krippendorff 2004, "Measuring the reliability of qualitative
 * text analysis data", Quality & Quantity 38), for two or more coders: every
 * coder divides each text into units of the category and gaps; Dₒ weighs
 * where their boundaries differ by the squared differences, Dₑ is what
 * boundaries placed by chance, with the same unit and gap lengths, would
 * give. The documents are laid end to end as one continuum of length L.
 * `units` is the number of units all coders marked. Null when undefined:
 * fewer than two coders, an empty text, or no unit at all.
 */
export function unitizingAlpha(continua: readonly Continuum[]): Coefficient {
  return unitizingAlphaOf(continua.map(unitizingParts));
}

/** αᵤ of texts whose parts are already worked out (a document's own figure and the whole's share them). */
export function unitizingAlphaOf(parts: readonly UnitizingParts[]): Coefficient {
  const coders = parts[0]?.coders ?? 0;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const unitLengths = parts.flatMap((part) => part.unitLengths);
  const gaps = parts.flatMap((part) => part.gapLengths);
  const observedSum = parts.reduce((sum, part) => sum + part.observedSum, 0);
  const count = unitLengths.length;
  if (coders < 2 || total === 0 || count === 0) return { value: null, units: count };
  const observed = observedSum / (coders * (coders - 1) * total * total);
  const expected = expectedDisagreement(unitLengths, gaps, coders, total);
  return { value: expected > 0 ? 1 - observed / expected : null, units: count };
}

/** Dₑ: for each unit, the disagreement it would meet placed at random among all units and in all gaps at least as long. */
function expectedDisagreement(unitLengths: readonly number[], gaps: readonly number[], coders: number, total: number): number {
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  // suffix[i]: the sum of the gap lengths from i on, so the gaps at least l long are summed in O(log n).
  const suffix = new Array<number>(sortedGaps.length + 1).fill(0);
  for (let i = sortedGaps.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] as number) + (sortedGaps[i] as number);
  const count = unitLengths.length;
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    const from = countBelow(sortedGaps, l);
    const longEnough = sortedGaps.length - from;
    // Σ over gaps h with l_h ≥ l of (l_h − l + 1): the places the unit fits in them.
    const places = (suffix[from] as number) - longEnough * (l - 1);
    numerator += ((count - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l * l * places;
    selfPairs += l * (l - 1);
  }
  const denominator = coders * total * (coders * total - 1) - selfPairs;
  return denominator > 0 ? ((2 / total) * numerator) / denominator : 0;
}
