import { firstWhere } from '../text/sorted';
import type { Stretch } from './unitizing-alpha';

/** What matching needs of an annotation: its fragments (code points, end exclusive). */
export interface Spanned {
  fragments: readonly Stretch[];
}

/** Two annotations from two sets that share characters, and how many. */
export interface Candidate {
  /** Which set each side is from (indexes into the sets given), a < b. */
  setA: number;
  setB: number;
  /** Which annotation within its set. */
  indexA: number;
  indexB: number;
  overlap: number;
  /** How far apart their boundaries are: breaks ties between equal overlaps. */
  distance: number;
}

/** Characters two annotations share, fragment by fragment. */
function sharedCharacters(a: Spanned, b: Spanned): number {
  let shared = 0;
  for (const x of a.fragments) {
    for (const y of b.fragments) shared += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  }
  return shared;
}

/** An annotation made ready for matching: its extent and its exact key, computed once however many sets it is compared with. */
interface Prepared {
  start: number;
  end: number;
  /** The same fragments, exactly: what exact matching compares. */
  key: string;
  item: Spanned;
}

/** One set's annotations (of one type, in one document) made ready for matching, in the order given. */
export interface PreparedSet {
  items: Prepared[];
  /** Indexes into `items` by start. */
  byStart: number[];
  /** The longest extent: how far before an end a start may lie and still overlap. */
  longest: number;
}

export function prepare(list: readonly Spanned[]): PreparedSet {
  const items = list.map((item): Prepared => {
    let start = Infinity;
    let end = -Infinity;
    for (const f of item.fragments) {
      start = Math.min(start, f.start);
      end = Math.max(end, f.end);
    }
    const key =
      item.fragments.length === 1
        ? `${start}-${end}`
        : [...item.fragments]
            .sort((x, y) => x.start - y.start || x.end - y.end)
            .map((f) => `${f.start}-${f.end}`)
            .join(',');
    return { start, end, key, item };
  });
  const byStart = items.map((_, i) => i).sort((x, y) => (items[x] as Prepared).start - (items[y] as Prepared).start);
  const longest = items.reduce((most, p) => Math.max(most, p.end - p.start), 0);
  return { items, byStart, longest };
}

/** How many annotations of `a` have an exact twin in `b`, each used once. */
export function exactMatches(a: PreparedSet, b: PreparedSet): number {
  const waiting = new Map<string, number>();
  for (const { key } of b.items) waiting.set(key, (waiting.get(key) ?? 0) + 1);
  let matched = 0;
  for (const { key } of a.items) {
    const left = waiting.get(key) ?? 0;
    if (left > 0) {
      matched++;
      waiting.set(key, left - 1);
    }
  }
  return matched;
}

/**
 * Every pair of annotations, one from set `setA` and one from `setB`, that
 * share at least one character. Sorted by start, each annotation is compared
 * only with those starting within the longest extent before its end, so a
 * document's sets are compared in about n log n, not n². Strongest first
 * (the order matching takes them in).
 */
export function candidates(a: PreparedSet, b: PreparedSet, setA: number, setB: number): Candidate[] {
  const found: Candidate[] = [];
  const starts = b.byStart;
  a.items.forEach((x, indexA) => {
    const from = firstWhere(starts.length, (i) => (b.items[starts[i] as number] as Prepared).start > x.start - b.longest);
    for (let i = from; i < starts.length; i++) {
      const indexB = starts[i] as number;
      const y = b.items[indexB] as Prepared;
      if (y.start >= x.end) break;
      if (y.end <= x.start) continue;
      const overlap = sharedCharacters(x.item, y.item);
      if (overlap === 0) continue;
      found.push({ setA, setB, indexA, indexB, overlap, distance: Math.abs(x.start - y.start) + Math.abs(x.end - y.end) });
    }
  });
  return found.sort(byStrength);
}

/** Largest overlap first; then the closer boundaries; then a fixed order, so the same input always matches the same way. */
const byStrength = (x: Candidate, y: Candidate) =>
  y.overlap - x.overlap || x.distance - y.distance || x.setA - y.setA || x.indexA - y.indexA || x.setB - y.setB || x.indexB - y.indexB;

/** The matching rule for two sets (see matchUnits), without groups: the pairs taken, as indexes into each set; `found` as candidates gives it, strongest first. */
export function matchPair(found: readonly Candidate[]): [number, number][] {
  const takenA = new Set<number>();
  const takenB = new Set<number>();
  const pairs: [number, number][] = [];
  for (const pair of found) {
    if (takenA.has(pair.indexA) || takenB.has(pair.indexB)) continue;
    takenA.add(pair.indexA);
    takenB.add(pair.indexB);
    pairs.push([pair.indexA, pair.indexB]);
  }
  return pairs;
}

/**
 * The matching rule: one-to-one, by largest overlap. Pairs sharing the most
 * characters are taken first; a pair is taken only when neither annotation
 * is taken yet. For more than two sets the same rule groups annotations
 * (at most one from each set) into units: the strongest pair first, and a
 * pair joins two groups only when they have no set in common.
 *
 * Returns each unit as the index of its annotation in each set (undefined
 * where a set has none); every annotation is in exactly one unit.
 */
export function matchUnits(sizes: readonly number[], found: readonly Candidate[]): (number | undefined)[][] {
  const offsets: number[] = [];
  let total = 0;
  for (const size of sizes) {
    offsets.push(total);
    total += size;
  }
  const node = (set: number, index: number) => (offsets[set] as number) + index;
  // Each annotation starts as a group of its own (the group is named by one member, `groupOf`);
  // a group's members are only listed once it has more than one.
  const groupOf = Int32Array.from({ length: total }, (_, i) => i);
  const members = new Map<number, (number | undefined)[]>();
  const unitOf = (group: number, set: number, index: number) => {
    let unit = members.get(group);
    if (!unit) {
      unit = new Array<number | undefined>(sizes.length).fill(undefined);
      unit[set] = index;
      members.set(group, unit);
    }
    return unit;
  };
  for (const pair of [...found].sort(byStrength)) {
    const x = groupOf[node(pair.setA, pair.indexA)] as number;
    const y = groupOf[node(pair.setB, pair.indexB)] as number;
    if (x === y) continue;
    const unitX = unitOf(x, pair.setA, pair.indexA);
    const unitY = unitOf(y, pair.setB, pair.indexB);
    if (unitX.some((index, set) => index !== undefined && unitY[set] !== undefined)) continue;
    unitY.forEach((index, set) => {
      if (index === undefined) return;
      unitX[set] = index;
      groupOf[node(set, index)] = x;
    });
    members.delete(y);
  }
  const units = [...members.values()];
  sizes.forEach((size, set) => {
    for (let index = 0; index < size; index++) {
      const n = node(set, index);
      if (groupOf[n] !== n || members.has(n)) continue;
      const unit = new Array<number | undefined>(sizes.length).fill(undefined);
      unit[set] = index;
      units.push(unit);
    }
  });
  return units;
}
