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

/** A coder's units: stretches joined, sorted and disjoint, as columns. */
interface Units {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * A coder's stretches joined where they overlap or touch, sorted, and cut to
 * the text. Each stretch is sorted as one number, start × (length + 1) + end
 * (exact below 94 million code points; a document holds at most
 * LIMITS.text), with no comparison function: a team's agreement joins
 * hundreds of thousands of them.
 */
function joined(stretches: readonly Stretch[], length: number): Units {
  const width = length + 1;
  const packed = new Float64Array(stretches.length);
  let count = 0;
  for (const { start, end } of stretches) {
    const from = Math.max(0, start);
    const to = Math.min(length, end);
    if (to > from) packed[count++] = from * width + to;
  }
  const sorted = packed.subarray(0, count).sort();
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  let units = 0;
  for (const key of sorted) {
    const start = Math.floor(key / width);
    const end = key - start * width;
    if (units > 0 && start <= (ends[units - 1] as number)) ends[units - 1] = Math.max(ends[units - 1] as number, end);
    else {
      starts[units] = start;
      ends[units] = end;
      units++;
    }
  }
  return { starts: starts.subarray(0, units), ends: ends.subarray(0, units) };
}

/** Adds the gaps between a coder's units to `gaps`, as lengths (what the coder left unmarked). */
function addGapLengths({ starts, ends }: Units, length: number, gaps: number[]): void {
  let at = 0;
  for (let i = 0; i < starts.length; i++) {
    if ((starts[i] as number) > at) gaps.push((starts[i] as number) - at);
    at = ends[i] as number;
  }
  if (length > at) gaps.push(length - at);
}

/**
 * Observed disagreement's sum over one unordered pair of coders in one text:
 * overlapping units add the squares of their start and end differences; a
 * unit that meets none of the other's units (it lies in the other's gap)
 * adds its length squared. Both lists are sorted and disjoint, so one sweep.
 */
function pairDisagreement(a: Units, b: Units): number {
  let sum = 0;
  const metA = new Uint8Array(a.starts.length);
  const metB = new Uint8Array(b.starts.length);
  let j = 0;
  for (let i = 0; i < a.starts.length; i++) {
    const uStart = a.starts[i] as number;
    const uEnd = a.ends[i] as number;
    while (j < b.starts.length && (b.ends[j] as number) <= uStart) j++;
    for (let k = j; k < b.starts.length && (b.starts[k] as number) < uEnd; k++) {
      sum += (uStart - (b.starts[k] as number)) ** 2 + (uEnd - (b.ends[k] as number)) ** 2;
      metA[i] = 1;
      metB[k] = 1;
    }
  }
  for (let i = 0; i < a.starts.length; i++) if (!metA[i]) sum += ((a.ends[i] as number) - (a.starts[i] as number)) ** 2;
  for (let k = 0; k < b.starts.length; k++) if (!metB[k]) sum += ((b.ends[k] as number) - (b.starts[k] as number)) ** 2;
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
    for (let i = 0; i < coder.starts.length; i++) unitLengths.push((coder.ends[i] as number) - (coder.starts[i] as number));
    addGapLengths(coder, length, gaps);
  }
  // Each unordered pair counts twice: δ is summed over ordered pairs of coders.
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) observedSum += 2 * pairDisagreement(units[i] as Units, units[j] as Units);
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
  const unitLengths = joinedLengths(parts.map((part) => part.unitLengths));
  const gaps = joinedLengths(parts.map((part) => part.gapLengths));
  const observedSum = parts.reduce((sum, part) => sum + part.observedSum, 0);
  const count = unitLengths.length;
  if (coders < 2 || total === 0 || count === 0) return { value: null, units: count };
  const observed = observedSum / (coders * (coders - 1) * total * total);
  const expected = expectedDisagreement(unitLengths, gaps, coders, total);
  return { value: expected > 0 ? 1 - observed / expected : null, units: count };
}

/** Lists of lengths as one column (flatMap copies element by element through a callback: slow on a team's hundreds of thousands). */
function joinedLengths(lists: readonly (readonly number[])[]): Float64Array {
  let size = 0;
  for (const list of lists) size += list.length;
  const all = new Float64Array(size);
  let at = 0;
  for (const list of lists) {
    all.set(list, at);
    at += list.length;
  }
  return all;
}

/**
 * Dₑ: for each unit, the disagreement it would meet placed at random among
 * all units and in all gaps at least as long. Units and gaps are both
 * sorted, so one sweep finds, for each unit, the gaps long enough.
 */
function expectedDisagreement(unitLengths: Float64Array, gaps: Float64Array, coders: number, total: number): number {
  const sortedGaps = gaps.sort();
  // suffix[i]: the sum of the gap lengths from i on, so the gaps at least l long are summed at once.
  const suffix = new Float64Array(sortedGaps.length + 1);
  for (let i = sortedGaps.length - 1; i >= 0; i--) suffix[i] = (suffix[i + 1] as number) + (sortedGaps[i] as number);
  const count = unitLengths.length;
  let numerator = 0;
  let selfPairs = 0;
  let from = 0;
  for (const l of unitLengths.sort()) {
    while (from < sortedGaps.length && (sortedGaps[from] as number) < l) from++;
    const longEnough = sortedGaps.length - from;
    // Σ over gaps h with l_h ≥ l of (l_h − l + 1): the places the unit fits in them.
    const places = (suffix[from] as number) - longEnough * (l - 1);
    numerator += ((count - 1) / 3) * (2 * l * l * l - 3 * l * l + l) + l * l * places;
    selfPairs += l * (l - 1);
  }
  const denominator = coders * total * (coders * total - 1) - selfPairs;
  return denominator > 0 ? ((2 / total) * numerator) / denominator : 0;
}
