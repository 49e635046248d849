// Agreement patterns: the distinct gamma vectors of a set of pairs with how many pairs share each one.
// EM runs on these counts (Splink's no-TF mode, fastLink), so millions of pairs become a few thousand rows.

/** Distinct gamma vectors (row-major, `gammas[p * width + c]`) with their counts, in a canonical order. */
export interface Patterns {
  /** Comparisons per pattern. */
  width: number;
  /** Number of patterns. */
  length: number;
  gammas: Int8Array;
  counts: Float64Array;
}

/**
 * Counts the agreement patterns of some pairs. `active[c] === false` turns comparison `c` into null (-1)
 * everywhere (a comparison deactivated in a training session). `keep(p)` chooses the pairs (all when
 * absent). Patterns come out sorted by their gammas, so the order of the pairs never changes a sum.
 *
 * @example
 * ```ts
 * const p = countPatterns(new Int8Array([1, 0, 1, 0, 0, -1]), 2, 3);
 * p.length; //=> 2 (the pattern [1, 0] twice, [0, -1] once)
 * ```
 */
export function countPatterns(
  gammas: Int8Array,
  width: number,
  pairs: number,
  options: { active?: readonly boolean[]; keep?: (pair: number) => boolean } = {},
): Patterns {
  const active = options.active;
  const keep = options.keep;
  const counts = new Map<string, number>();
  const row: number[] = new Array<number>(width).fill(0);
  for (let p = 0; p < pairs; p++) {
    if (keep !== undefined && !keep(p)) continue;
    for (let c = 0; c < width; c++) {
      row[c] = active === undefined || active[c] !== false ? (gammas[p * width + c] as number) : -1;
    }
    const key = String.fromCharCode(...row.map((g) => g + 66));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const out: Patterns = {
    width,
    length: keys.length,
    gammas: new Int8Array(keys.length * width),
    counts: new Float64Array(keys.length),
  };
  keys.forEach((key, p) => {
    for (let c = 0; c < width; c++) out.gammas[p * width + c] = key.charCodeAt(c) - 66;
    out.counts[p] = counts.get(key) as number;
  });
  return out;
}
