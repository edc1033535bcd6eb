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
  /** Indexes into `items` by start, and their starts in that order (what the search for overlaps walks). */
  byStart: Int32Array;
  sortedStarts: Int32Array;
  /** The longest extent: how far before an end a start may lie and still overlap. */
  longest: number;
  /** 1 where an item has several fragments (its extent alone does not tell what it shares). */
  pieces: Uint8Array;
}

/** Worked out once per annotation, however many sets it is compared with. */
export function prepare(list: readonly Spanned[]): PreparedSet {
  const count = list.length;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const pieces = new Uint8Array(count);
  let longest = 0;
  let inOrder = true;
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
    if (fragments.length > 1) pieces[i] = 1;
    if (end - start > longest) longest = end - start;
    if (i > 0 && start < (starts[i - 1] as number)) inOrder = false;
  }
  const byStart = new Int32Array(count);
  for (let i = 0; i < count; i++) byStart[i] = i;
  // The store keeps annotations in reading order, so most lists come sorted by start already.
  if (inOrder) return { items: list, starts, ends, byStart, sortedStarts: starts, longest, pieces };
  byStart.sort((x, y) => (starts[x] as number) - (starts[y] as number) || x - y);
  const sortedStarts = new Int32Array(count);
  for (let k = 0; k < count; k++) sortedStarts[k] = starts[byStart[k] as number] as number;
  return { items: list, starts, ends, byStart, sortedStarts, longest, pieces };
}

const fragmentsKey = (item: Spanned) =>
  [...item.fragments]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((f) => `${f.start}-${f.end}`)
    .join(',');

/** Two annotations of the same extent are exact twins when they mark the same characters in the same pieces. */
function sameFragments(x: Spanned, y: Spanned): boolean {
  if (x.fragments.length !== y.fragments.length) return false;
  return x.fragments.length === 1 || fragmentsKey(x) === fragmentsKey(y);
}

/** Characters two annotations share, fragment by fragment. */
function sharedCharacters(a: Spanned, b: Spanned): number {
  let shared = 0;
  for (const x of a.fragments) {
    for (const y of b.fragments) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
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

  /** Empties the table for the next document, keeping the room it grew to. */
  clear(): void {
    this.length = 0;
  }

  /**
   * The rows strongest first: largest overlap, then the closer boundaries,
   * then the order they were found in (by pair of sets, then by annotation),
   * so the same input always matches the same way. A team's agreement sorts
   * millions of rows: where overlap, distance and row fit in one exact
   * number (almost always), each row is that number and the numbers are
   * sorted as numbers, with no comparison function called per step.
   */
  strongestFirst(): Int32Array {
    const { overlap, distance, length } = this;
    const order = new Int32Array(length);
    let mostOverlap = 0;
    let mostDistance = 0;
    for (let row = 0; row < length; row++) {
      if ((overlap[row] as number) > mostOverlap) mostOverlap = overlap[row] as number;
      if ((distance[row] as number) > mostDistance) mostDistance = distance[row] as number;
    }
    const distances = mostDistance + 1;
    if ((mostOverlap + 1) * distances * length <= Number.MAX_SAFE_INTEGER) {
      const ranked = new Float64Array(length);
      for (let row = 0; row < length; row++) ranked[row] = ((mostOverlap - (overlap[row] as number)) * distances + (distance[row] as number)) * length + row;
      ranked.sort();
      // The row is the remainder, taken by division: % on numbers this large is a slow library call.
      for (let k = 0; k < length; k++) {
        const value = ranked[k] as number;
        order[k] = value - Math.floor(value / length) * length;
      }
      return order;
    }
    for (let row = 0; row < length; row++) order[row] = row;
    return order.sort((x, y) => (overlap[y] as number) - (overlap[x] as number) || (distance[x] as number) - (distance[y] as number) || x - y);
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
 * `setB`, that share at least one character. Both walked by start, each
 * annotation of `a` is compared only with those of `b` starting within the
 * longest extent before its end, so a document's sets are compared in about
 * n + pairs, not n².
 */
export function addCandidates(into: CandidatePairs, a: PreparedSet, b: PreparedSet, setA: number, setB: number): void {
  const { byStart, sortedStarts } = b;
  // The first of b's annotations that may still overlap: it only moves on, as a's starts only grow.
  let first = 0;
  for (let m = 0; m < a.byStart.length; m++) {
    const indexA = a.byStart[m] as number;
    const xStart = a.starts[indexA] as number;
    const xEnd = a.ends[indexA] as number;
    while (first < byStart.length && (sortedStarts[first] as number) < xStart - b.longest) first++;
    for (let k = first; k < byStart.length; k++) {
      const yStart = sortedStarts[k] as number;
      if (yStart >= xEnd) break;
      const indexB = byStart[k] as number;
      const yEnd = b.ends[indexB] as number;
      if (yEnd <= xStart) continue;
      // The annotations themselves are read only for several fragments: reading each one costs more than the rest of the loop.
      const overlap =
        a.pieces[indexA] || b.pieces[indexB]
          ? sharedCharacters(a.items[indexA] as Spanned, b.items[indexB] as Spanned)
          : Math.min(xEnd, yEnd) - Math.max(xStart, yStart);
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

/** Two sets matched: the pairs taken (flat: a's index, then b's), and how many spans are exact twins, each used once. */
export interface PairMatch {
  pairs: Int32Array;
  exact: number;
}

/**
 * The matching rule for two sets (see matchUnits), without groups, and the
 * exact twins among the same rows (same fragments: same extent, distance 0).
 * `rows` holds only this pair of sets' rows, strongest first (ordersByPair).
 */
export function matchPair(pairs: CandidatePairs, rows: Int32Array, a: PreparedSet, b: PreparedSet): PairMatch {
  const takenA = new Uint8Array(a.items.length);
  const takenB = new Uint8Array(b.items.length);
  const twinA = new Uint8Array(a.items.length);
  const twinB = new Uint8Array(b.items.length);
  const matched = new Int32Array(2 * Math.min(a.items.length, b.items.length));
  let count = 0;
  let exact = 0;
  for (const row of rows) {
    const indexA = pairs.indexA[row] as number;
    const indexB = pairs.indexB[row] as number;
    if (pairs.distance[row] === 0 && !twinA[indexA] && !twinB[indexB] && sameFragments(a.items[indexA] as Spanned, b.items[indexB] as Spanned)) {
      twinA[indexA] = 1;
      twinB[indexB] = 1;
      exact++;
    }
    if (takenA[indexA] || takenB[indexB]) continue;
    takenA[indexA] = 1;
    takenB[indexB] = 1;
    matched[count++] = indexA;
    matched[count++] = indexB;
  }
  return { pairs: matched.subarray(0, count), exact };
}

/** No annotation of this set in a unit. */
export const NO_MEMBER = -1;

/** Units of matched annotations: for unit u and set s, `members[u × sets + s]` is the annotation's index in the set, or NO_MEMBER. */
export interface MatchedUnits {
  count: number;
  sets: number;
  members: Int32Array;
}

/**
 * The matching rule: one-to-one, by largest overlap. Pairs sharing the most
 * characters are taken first; a pair is taken only when neither annotation
 * is taken yet. For more than two sets the same rule groups annotations
 * (at most one from each set) into units: the strongest pair first, and a
 * pair joins two groups only when they have no set in common.
 *
 * Every annotation is in exactly one unit. `order` is `pairs.strongestFirst()`.
 */
export function matchUnits(sizes: readonly number[], pairs: CandidatePairs, order: Int32Array): MatchedUnits {
  const sets = sizes.length;
  const offsets = new Int32Array(sets);
  let total = 0;
  sizes.forEach((size, set) => {
    offsets[set] = total;
    total += size;
  });
  // Each annotation starts as a group of its own, named by its node; `members` holds, for the node naming
  // a group, its annotation's index in each set (NO_MEMBER where the group has none).
  const groupOf = new Int32Array(total);
  const members = new Int32Array(total * sets).fill(NO_MEMBER);
  sizes.forEach((size, set) => {
    for (let index = 0; index < size; index++) {
      const node = (offsets[set] as number) + index;
      groupOf[node] = node;
      members[node * sets + set] = index;
    }
  });
  let count = total;
  for (const row of order) {
    const x = groupOf[(offsets[pairs.setA[row] as number] as number) + (pairs.indexA[row] as number)] as number;
    const y = groupOf[(offsets[pairs.setB[row] as number] as number) + (pairs.indexB[row] as number)] as number;
    if (x === y) continue;
    let clash = false;
    for (let set = 0; set < sets && !clash; set++) clash = members[x * sets + set] !== NO_MEMBER && members[y * sets + set] !== NO_MEMBER;
    if (clash) continue;
    for (let set = 0; set < sets; set++) {
      const index = members[y * sets + set] as number;
      if (index === NO_MEMBER) continue;
      members[x * sets + set] = index;
      members[y * sets + set] = NO_MEMBER;
      groupOf[(offsets[set] as number) + index] = x;
    }
    count--;
  }
  const units = new Int32Array(count * sets);
  let unit = 0;
  for (let node = 0; node < total; node++) {
    if (groupOf[node] !== node) continue;
    units.set(members.subarray(node * sets, node * sets + sets), unit * sets);
    unit++;
  }
  return { count, sets, members: units };
}
