/** Files read at once: enough to overlap disk waits, few enough to stay far from file-handle limits. */
export const CONCURRENT_READS = 16;

/** Files written at once by a batch save: overlaps fsyncs without opening hundreds of files. */
export const CONCURRENT_WRITES = 8;

/**
 * Maps over items with at most `limit` calls in flight, keeping the order of
 * results. Overlaps file waits (reads, fsyncs) without opening every file at once.
 */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Yields fn(item) in order while reading up to `ahead` items in advance. */
export async function* prefetch<T, R>(items: readonly T[], ahead: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < ahead && next < items.length) pending.push(fn(items[next++] as T));
  };
  fill();
  while (pending.length > 0) {
    const value = await (pending.shift() as Promise<R>);
    fill();
    yield value;
  }
}
