/**
 * The first index in [0, count) for which `test` holds, given that it then
 * holds for every later index too (a binary search), in O(log count) tests;
 * `count` when it holds for none.
 */
export function firstWhere(count: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * How many values of an ascending array are below `limit`: the index where
 * `limit` would be inserted to keep it sorted (a lower bound).
 */
export function countBelow(sorted: readonly number[], limit: number): number {
  return firstWhere(sorted.length, (i) => (sorted[i] as number) >= limit);
}
