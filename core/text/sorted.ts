/**
 * How many values of an ascending array are below `limit`: the index where
 * `limit` would be inserted to keep it sorted (a lower bound), in O(log n).
 */
export function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}
