import type { Stretch } from './unitizing-alpha';

/** What matching needs of an annotation: its fragments (code points, end exclusive). */
export interface Spanned {
  fragments: readonly Stretch[];
}

/** One set's annotations (of one type, in one document) made ready for matching, in the order given. */
export interface PreparedSet {
  items: readonly Spanned[];
  /** Each item's extent: its first start and last end. */
  starts: Int32Array;
  ends: Int32Array;
  /** The same fragments, exactly, as one key: what exact matching compares. */
  keys: readonly string[];
  /** Indexes into `items` by start, and their starts in that order (what the search for overlaps walks). */
  byStart: Int32Array;
  sortedStarts: Int32Array;
  /** The longest extent: how far before an end a start may lie and still overlap. */
  longest: number;
}

function exactKey(fragments: readonly Stretch[], start: number, end: number): string {
  if (fragments.length === 1) return `${start}-${end}`;
  return [...fragments]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((f) => `${f.start}-${f.end}`)
    .join(',');
}

/** Worked out once per annotation, however many sets it is compared with. */
export function prepare(list: readonly Spanned[]): PreparedSet {
  const count = list.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const keys: string[] = new Array<string>(count);
  let longest = 0;
  for (let i = 0; i < count; i++) {
    const { fragments } = list[i] as Spanned;
    let start = Infinity;
    let end = -Infinity;
    for (let f = 0; f < fragments.length; f++) {
      const fragment = fragments[f] as Stretch;
      if (fragment.start < start) start = fragment.start;
      if (fragment.end > end) end = fragment.end;
    }
    starts[i] = start;
    ends[i] = end;
    keys[i] = exactKey(fragments, start, end);
    if (end - start > longest) longest = end - start;
  }
  const byStart = new Int32Array(count);
  for (let i = 0; i < count; i++) byStart[i] = i;
  byStart.sort((x, y) => (starts[x] as number) - (starts[y] as number) || x - y);
  const sortedStarts = new Int32Array(count);
  for (let k = 0; k < count; k++) sortedStarts[k] = starts[byStart[k] as number] as number;
  return { items: list, starts, ends, keys, byStart, sortedStarts, longest };
}

/** How many annotations of `a` have an exact twin in `b`, each used once. */
export function exactMatches(a: PreparedSet, b: PreparedSet): number {
  const waiting = new Map<string, number>();
  for (const key of b.keys) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  let matched = 0;
  for (const key of a.keys) {
    const left = waiting.get(key) ?? 0;
    if (left > 0) {
      matched++;
      waiting.set(key, left - 1);
    }
  }
  return matched;
}

/** Characters two annotations share, fragment by fragment. */
function sharedCharacters(a: Spanned, b: Spanned): number {
  let shared = 0;
  for (const x of a.fragments) {
    for (const y of b.fragments) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

/** The first position in an ascending array whose value is above `limit`. */
function firstAbove(sorted: Int32Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) > limit) high = mid;
    else low = mid + 1;
  }
  return low;
}

const INITIAL_CAPACITY = 256;

/**
 * Pairs of annotations from two sets that share characters, as columns
 * (one row per pair) rather than an object each: a team's agreement meets
 * millions of them.
 */
export class CandidatePairs {
  /** Which set each side is from (indexes into the sets compared, setA < setB) and which annotation within it. */
  setA = new Int32Array(INITIAL_CAPACITY);
  setB = new Int32Array(INITIAL_CAPACITY);
  indexA = new Int32Array(INITIAL_CAPACITY);
  indexB = new Int32Array(INITIAL_CAPACITY);
  /** Characters shared, and how far apart the boundaries are (it breaks ties between equal overlaps). */
  overlap = new Int32Array(INITIAL_CAPACITY);
  distance = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  add(setA: number, indexA: number, setB: number, indexB: number, overlap: number, distance: number): void {
    if (this.length === this.setA.length) this.grow();
    const row = this.length++;
    this.setA[row] = setA;
    this.indexA[row] = indexA;
    this.setB[row] = setB;
    this.indexB[row] = indexB;
    this.overlap[row] = overlap;
    this.distance[row] = distance;
  }

  /**
   * The rows strongest first: largest overlap, then the closer boundaries,
   * then a fixed order (set and index on each side), so the same input
   * always matches the same way.
   */
  strongestFirst(): Int32Array {
    const order = new Int32Array(this.length);
    for (let row = 0; row < this.length; row++) order[row] = row;
    const { overlap, distance, setA, indexA, setB, indexB } = this;
    return order.sort(
      (x, y) =>
        (overlap[y] as number) - (overlap[x] as number) ||
        (distance[x] as number) - (distance[y] as number) ||
        (setA[x] as number) - (setA[y] as number) ||
        (indexA[x] as number) - (indexA[y] as number) ||
        (setB[x] as number) - (setB[y] as number) ||
        (indexB[x] as number) - (indexB[y] as number),
    );
  }

  private grow(): void {
    const bigger = (column: Int32Array) => {
      const next = new Int32Array(column.length * 2);
      next.set(column);
      return next;
    };
    this.setA = bigger(this.setA);
    this.setB = bigger(this.setB);
    this.indexA = bigger(this.indexA);
    this.indexB = bigger(this.indexB);
    this.overlap = bigger(this.overlap);
    this.distance = bigger(this.distance);
  }
}

/**
 * Adds to `into` every pair of annotations, one from set `setA` and one from
 * `setB`, that share at least one character. Sorted by start, each
 * annotation is compared only with those starting within the longest extent
 * before its end, so a document's sets are compared in about n log n, not n².
 */
export function addCandidates(into: CandidatePairs, a: PreparedSet, b: PreparedSet, setA: number, setB: number): void {
  const { byStart, sortedStarts } = b;
  for (let indexA = 0; indexA < a.items.length; indexA++) {
    const xStart = a.starts[indexA] as number;
    const xEnd = a.ends[indexA] as number;
    const x = a.items[indexA] as Spanned;
    for (let k = firstAbove(sortedStarts, xStart - b.longest); k < byStart.length; k++) {
      const yStart = sortedStarts[k] as number;
      if (yStart >= xEnd) break;
      const indexB = byStart[k] as number;
      const yEnd = b.ends[indexB] as number;
      if (yEnd <= xStart) continue;
      const y = b.items[indexB] as Spanned;
      const overlap =
        x.fragments.length === 1 && y.fragments.length === 1 ? Math.min(xEnd, yEnd) - Math.max(xStart, yStart) : sharedCharacters(x, y);
      if (overlap > 0) into.add(setA, indexA, setB, indexB, overlap, Math.abs(xStart - yStart) + Math.abs(xEnd - yEnd));
    }
  }
}

/**
 * `order` split by pair of sets, each part in the same order: what matchPair
 * walks for one pair, without passing over every other pair's rows. The
 * part for sets a < b is at a × sets + b.
 */
export function ordersByPair(pairs: CandidatePairs, order: Int32Array, sets: number): Int32Array[] {
  const partOf = (row: number) => (pairs.setA[row] as number) * sets + (pairs.setB[row] as number);
  const sizes = new Int32Array(sets * sets);
  for (const row of order) {
    const part = partOf(row);
    sizes[part] = (sizes[part] as number) + 1;
  }
  const parts = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(sets * sets);
  for (const row of order) {
    const part = partOf(row);
    const at = filled[part] as number;
    (parts[part] as Int32Array)[at] = row;
    filled[part] = at + 1;
  }
  return parts;
}

/**
 * The matching rule for two sets (see matchUnits), without groups: the pairs
 * taken, as indexes into each set. `order` holds only this pair of sets'
 * rows, strongest first (ordersByPair).
 */
export function matchPair(pairs: CandidatePairs, order: Int32Array, sizeA: number, sizeB: number): [number, number][] {
  const takenA = new Uint8Array(sizeA);
  const takenB = new Uint8Array(sizeB);
  const matched: [number, number][] = [];
  for (const row of order) {
    const indexA = pairs.indexA[row] as number;
    const indexB = pairs.indexB[row] as number;
    if (takenA[indexA] || takenB[indexB]) continue;
    takenA[indexA] = 1;
    takenB[indexB] = 1;
    matched.push([indexA, indexB]);
  }
  return matched;
}

/** No annotation of this set in a unit. */
const NONE = -1;

/**
 * The matching rule: one-to-one, by largest overlap. Pairs sharing the most
 * characters are taken first; a pair is taken only when neither annotation
 * is taken yet. For more than two sets the same rule groups annotations
 * (at most one from each set) into units: the strongest pair first, and a
 * pair joins two groups only when they have no set in common.
 *
 * Returns each unit as the index of its annotation in each set (undefined
 * where a set has none); every annotation is in exactly one unit. `order`
 * is `pairs.strongestFirst()`.
 */
export function matchUnits(sizes: readonly number[], pairs: CandidatePairs, order: Int32Array): (number | undefined)[][] {
  const sets = sizes.length;
  const offsets = new Int32Array(sets);
  let total = 0;
  sizes.forEach((size, set) => {
    offsets[set] = total;
    total += size;
  });
  // Each annotation starts as a group of its own, named by its node; `members` holds, for the node naming
  // a group, its annotation's index in each set (NONE where the group has none).
  const groupOf = new Int32Array(total);
  const members = new Int32Array(total * sets).fill(NONE);
  sizes.forEach((size, set) => {
    for (let index = 0; index < size; index++) {
      const node = (offsets[set] as number) + index;
      groupOf[node] = node;
      members[node * sets + set] = index;
    }
  });
  for (const row of order) {
    const x = groupOf[(offsets[pairs.setA[row] as number] as number) + (pairs.indexA[row] as number)] as number;
    const y = groupOf[(offsets[pairs.setB[row] as number] as number) + (pairs.indexB[row] as number)] as number;
    if (x === y) continue;
    let clash = false;
    for (let set = 0; set < sets && !clash; set++) clash = members[x * sets + set] !== NONE && members[y * sets + set] !== NONE;
    if (clash) continue;
    for (let set = 0; set < sets; set++) {
      const index = members[y * sets + set] as number;
      if (index === NONE) continue;
      members[x * sets + set] = index;
      members[y * sets + set] = NONE;
      groupOf[(offsets[set] as number) + index] = x;
    }
  }
  const units: (number | undefined)[][] = [];
  for (let node = 0; node < total; node++) {
    if (groupOf[node] !== node) continue;
    const unit = new Array<number | undefined>(sets);
    for (let set = 0; set < sets; set++) {
      const index = members[node * sets + set] as number;
      unit[set] = index === NONE ? undefined : index;
    }
    units.push(unit);
  }
  return units;
}
