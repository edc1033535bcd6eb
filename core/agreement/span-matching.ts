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

const extentOf = (item: Spanned): Stretch => ({
  start: Math.min(...item.fragments.map((f) => f.start)),
  end: Math.max(...item.fragments.map((f) => f.end)),
});

/** The same fragments, exactly: what exact matching compares. */
function exactKey(item: Spanned): string {
  return [...item.fragments]
    .sort((x, y) => x.start - y.start || x.end - y.end)
    .map((f) => `${f.start}-${f.end}`)
    .join(',');
}

/** How many annotations of `a` have an exact twin in `b`, each used once. */
export function exactMatches(a: readonly Spanned[], b: readonly Spanned[]): number {
  const waiting = new Map<string, number>();
  for (const item of b) waiting.set(exactKey(item), (waiting.get(exactKey(item)) ?? 0) + 1);
  let matched = 0;
  for (const item of a) {
    const key = exactKey(item);
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
 * document's sets are compared in about n log n, not n².
 */
export function candidates(a: readonly Spanned[], b: readonly Spanned[], setA: number, setB: number): Candidate[] {
  const extentsB = b.map((item, index) => ({ index, ...extentOf(item) })).sort((x, y) => x.start - y.start);
  const longest = Math.max(0, ...extentsB.map((e) => e.end - e.start));
  const found: Candidate[] = [];
  a.forEach((item, indexA) => {
    const extent = extentOf(item);
    const from = firstWhere(extentsB.length, (i) => (extentsB[i] as Stretch).start > extent.start - longest);
    for (let i = from; i < extentsB.length && (extentsB[i] as Stretch).start < extent.end; i++) {
      const other = extentsB[i] as Stretch & { index: number };
      if (other.end <= extent.start) continue;
      const overlap = sharedCharacters(item, b[other.index] as Spanned);
      if (overlap === 0) continue;
      const distance = Math.abs(extent.start - other.start) + Math.abs(extent.end - other.end);
      found.push({ setA, setB, indexA, indexB: other.index, overlap, distance });
    }
  });
  return found;
}

/** Largest overlap first; then the closer boundaries; then a fixed order, so the same input always matches the same way. */
const byStrength = (x: Candidate, y: Candidate) =>
  y.overlap - x.overlap || x.distance - y.distance || x.setA - y.setA || x.indexA - y.indexA || x.setB - y.setB || x.indexB - y.indexB;

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
  const groupOf = Array.from({ length: total }, (_, i) => i);
  const members = new Map<number, (number | undefined)[]>();
  sizes.forEach((size, set) => {
    for (let index = 0; index < size; index++) {
      const unit = new Array<number | undefined>(sizes.length).fill(undefined);
      unit[set] = index;
      members.set(node(set, index), unit);
    }
  });
  for (const pair of [...found].sort(byStrength)) {
    const x = groupOf[node(pair.setA, pair.indexA)] as number;
    const y = groupOf[node(pair.setB, pair.indexB)] as number;
    if (x === y) continue;
    const unitX = members.get(x) as (number | undefined)[];
    const unitY = members.get(y) as (number | undefined)[];
    if (unitX.some((index, set) => index !== undefined && unitY[set] !== undefined)) continue;
    unitY.forEach((index, set) => {
      if (index === undefined) return;
      unitX[set] = index;
      groupOf[node(set, index)] = x;
    });
    members.delete(y);
  }
  return [...members.values()];
}
