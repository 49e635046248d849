/**
 * Greedy one-to-one: visits the candidate links from the best (`order` lists them best first, ties
 * already broken deterministically) and keeps a link only when neither of its records has one yet.
 * Returns which candidates are kept.
 *
 * @example
 * ```ts
 * oneToOne(Int32Array.of(0, 0), Int32Array.of(0, 1), [0, 1]); //=> Uint8Array [1, 0]
 * ```
 */
export function oneToOne(left: Int32Array, right: Int32Array, order: readonly number[]): Uint8Array {
  const kept = new Uint8Array(left.length);
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  for (const k of order) {
    const a = left[k] as number;
    const b = right[k] as number;
    if (usedLeft.has(a) || usedRight.has(b)) continue;
    usedLeft.add(a);
    usedRight.add(b);
    kept[k] = 1;
  }
  return kept;
}
