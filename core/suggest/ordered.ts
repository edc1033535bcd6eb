/**
 * In a list sorted so that `before(i)` holds for a first stretch of indexes
 * and not after it, the first index where it does not (the list's length when
 * it holds throughout), by binary search.
 */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
