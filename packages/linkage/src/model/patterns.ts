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
  options: { active?: readonly boolean[]; keep?: (pair: number) => boolean; text?: boolean } = {},
): Patterns {
  const active = options.active;
  const keep = options.keep;
  const on = Array.from({ length: width }, (_, c) => active === undefined || active[c] !== false);
  // A pattern as a number: 4 bits per comparison (gamma + 1, levels up to 14) while that fits in 53 bits,
  // else as text.
  const numeric = width <= 13 && options.text !== true;
  const counts = new Map<number | string, number>();
  const row: number[] = new Array<number>(width).fill(0);
  for (let p = 0; p < pairs; p++) {
    if (keep !== undefined && !keep(p)) continue;
    let key: number | string = numeric ? 0 : "";
    for (let c = 0; c < width; c++) {
      const g = on[c] ? (gammas[p * width + c] as number) : -1;
      if (numeric && g < 15) key = (key as number) * 16 + g + 1;
      else {
        if (numeric) return countPatterns(gammas, width, pairs, { ...options, text: true });
        row[c] = g;
      }
    }
    if (!numeric) key = String.fromCharCode(...row.map((g) => g + 66));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const out: Patterns = {
    width,
    length: keys.length,
    gammas: new Int8Array(keys.length * width),
    counts: new Float64Array(keys.length),
  };
  keys.forEach((key, p) => {
    let rest = typeof key === "number" ? key : 0;
    for (let c = width - 1; c >= 0; c--) {
      if (typeof key === "number") {
        out.gammas[p * width + c] = (rest % 16) - 1;
        rest = Math.floor(rest / 16);
      } else out.gammas[p * width + c] = key.charCodeAt(c) - 66;
    }
    out.counts[p] = counts.get(key) as number;
  });
  return out;
}
