/**
 * Maps items with at most `concurrency` calls in flight, keeping the input order in the result.
 * The first failure rejects (the other calls already started are awaited first, so nothing is left dangling).
 *
 * @example
 * ```ts
 * const datasets = await mapConcurrent(["a", "b", "c"], 2, (id) => portal.dataset(id));
 * ```
 */
export async function mapConcurrent<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  const iterator =
    Symbol.asyncIterator in Object(items)
      ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
      : toAsync((items as Iterable<T>)[Symbol.iterator]());
  let index = 0;
  let failed: { error: unknown } | null = null;
  const worker = async () => {
    for (;;) {
      if (failed) return;
      const next = await iterator.next();
      if (next.done) return;
      const i = index++;
      try {
        out[i] = await fn(next.value, i);
      } catch (error) {
        failed ??= { error };
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failed) throw (failed as { error: unknown }).error;
  return out;
}

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next() };
}

/**
 * Walks offset-paged pages until one says there is no more, yielding each item.
 * @internal
 */
export async function* pageByOffset<T>(
  start: number,
  fetchPage: (offset: number) => Promise<{ items: readonly T[]; hasMore: boolean }>,
): AsyncGenerator<T> {
  let offset = start;
  for (;;) {
    const page = await fetchPage(offset);
    yield* page.items;
    if (!page.hasMore || page.items.length === 0) return;
    offset += page.items.length;
  }
}
