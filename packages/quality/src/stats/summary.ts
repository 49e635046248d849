import { valuesAtRanks } from "./sort-floats";
import type { HistogramBin, Quantiles, StatValue, Summary } from "./types";

/**
 * Numbers in any order, each with how many cells it stands for (its count, or the weight of a
 * sampled value).
 */
export interface Weighted {
  values: Float64Array;
  weights: Float64Array;
}

/** Exact totals of the values of a column. */
export interface Totals {
  count: number;
  /** The exact sum (see `ExactSum`). */
  sum: number;
  min: number;
  max: number;
  /** Values of the type that are not finite numbers (`NaN`, `INF`), left out of the rest. */
  nonFinite: number;
  /** Whether the weighted values are every value (else some are a sample standing for the rest). */
  exact: boolean;
}

const QUANTILES = { p05: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95 } as const;
const BINS = 10;
const DAY = 86_400_000;

/** A number as the summary writes it: dates as `YYYY-MM-DD`, date-times in ISO 8601 (UTC). */
function written(kind: Summary["kind"], value: number): StatValue {
  if (kind === "number") return value;
  const iso = new Date(kind === "date" ? Math.round(value / DAY) * DAY : Math.round(value)).toISOString();
  return kind === "date" ? iso.slice(0, 10) : iso;
}

/**
 * The values at the quantiles of weighted values. Exact (every weight a count): linear interpolation
 * between the closest ranks (numpy's default, R's type 7). Estimated: the first value whose cumulative
 * weight reaches `p` of the total. Found by rank ({@link valuesAtRanks}), with no sort of them all.
 */
function quantiles(values: Weighted, total: number, ps: readonly number[], exact: boolean): number[] {
  const ranks: number[] = [];
  const at = ps.map((p) => {
    if (!exact) return [ranks.push(Math.max(0, Math.ceil(p * total) - 1)) - 1, -1, 0] as const;
    const h = (total - 1) * p;
    const lo = Math.floor(h);
    const below = ranks.push(lo) - 1;
    return [below, h > lo ? ranks.push(lo + 1) - 1 : below, h - lo] as const;
  });
  const found = valuesAtRanks(values.values, values.weights, ranks);
  return at.map(([below, above, fraction]) => {
    const a = found[below] as number;
    if (above < 0) return a;
    const b = found[above] as number;
    return a + fraction * (b - a);
  });
}

/** Ten bars of equal width from min to max (the weights rounded when they come from a sample). */
function histogram(
  kind: Summary["kind"],
  weighted: Weighted,
  total: number,
  min: number,
  max: number,
): HistogramBin[] {
  if (min === max) return [{ from: written(kind, min), to: written(kind, max), count: Math.round(total) }];
  const width = (max - min) / BINS;
  const counts = new Float64Array(BINS);
  const { values, weights } = weighted;
  for (let i = 0; i < values.length; i++) {
    const bin = Math.min(BINS - 1, Math.floor(((values[i] as number) - min) / width));
    counts[bin] = (counts[bin] as number) + (weights[i] as number);
  }
  return Array.from(counts, (count, i) => ({
    from: written(kind, min + i * width),
    to: written(kind, i === BINS - 1 ? max : min + (i + 1) * width),
    count: Math.round(count),
  }));
}

/**
 * The summary of a column of numbers or dates: exact min, max and mean from the totals; quantiles and
 * a histogram from the weighted values, in any order (exact when they are every value).
 * @internal
 *
 * @example
 * ```ts
 * const weighted = { values: Float64Array.of(3, 1), weights: Float64Array.of(2, 2) };
 * summarize("number", weighted, { count: 4, sum: 8, min: 1, max: 3, nonFinite: 0, exact: true }).mean;
 * //=> 2
 * ```
 */
export function summarize(kind: Summary["kind"], values: Weighted, totals: Totals): Summary {
  let total = 0;
  for (let i = 0; i < values.weights.length; i++) total += values.weights[i] as number;
  const names = Object.keys(QUANTILES) as (keyof typeof QUANTILES)[];
  const found = quantiles(values, total, Object.values(QUANTILES), totals.exact);
  const quantileValues = Object.fromEntries(
    names.map((name, k) => [name, written(kind, found[k] as number)]),
  ) as unknown as Quantiles;
  return {
    kind,
    count: totals.count,
    nonFinite: totals.nonFinite,
    min: written(kind, totals.min),
    max: written(kind, totals.max),
    mean: written(kind, totals.sum / totals.count),
    quantiles: quantileValues,
    exact: totals.exact,
    histogram: histogram(kind, values, total, totals.min, totals.max),
  };
}
