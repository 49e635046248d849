import type { ComparisonSpec } from "../types";
import { levelCounts, levelIndex } from "./levels";

/**
 * u per comparison and level, P(level | non-match), from the gammas of random pairs (all assumed to be
 * non-matches, as in Splink): each level's count over the pairs where the comparison is not null. A level
 * never seen gets half a pair (`0.5 / (n + 0.5)`), never 0, so its weight stays finite.
 *
 * @example
 * ```ts
 * const u = estimateU(specs, sampleGammas, sampleSize);
 * u[0]; //=> [0.002, 0.01, 0.988] for a comparison with two levels and "else"
 * ```
 */
export function estimateU(specs: readonly ComparisonSpec[], gammas: Int8Array, pairs: number): number[][] {
  const width = specs.length;
  const sizes = levelCounts(specs);
  const counts = sizes.map((n) => new Float64Array(n));
  for (let p = 0; p < pairs; p++) {
    for (let c = 0; c < width; c++) {
      const g = gammas[p * width + c] as number;
      if (g < 0) continue;
      const row = counts[c] as Float64Array;
      const i = levelIndex(g, (sizes[c] as number) - 1);
      row[i] = (row[i] as number) + 1;
    }
  }
  return counts.map((row) => {
    const seen = row.reduce((a, b) => a + b, 0);
    const floored = Array.from(row, (n) => (n > 0 ? n : 0.5));
    const total = floored.reduce((a, b) => a + b, 0);
    return seen === 0 ? floored.map(() => 1 / row.length) : floored.map((n) => n / total);
  });
}
