import type { Patterns } from "./patterns";

/** Pairs whose posterior is known (clerical decisions: 1 for a match, 0 for a non-match). */
export interface FixedPosteriors {
  patterns: Patterns;
  /** Posterior per pattern of `patterns`. */
  posterior: Float64Array;
}

/** How {@link expectationMaximisation} runs. */
export interface EmOptions {
  /** Comparisons that take part (the others give no evidence and keep their m). Default: all. */
  active?: readonly boolean[];
  /** Pairs with a known posterior, added to every M-step. */
  fixed?: FixedPosteriors;
  /** Keep m as given and estimate λ only. */
  fixM?: boolean;
  /** Most iterations (default 200). */
  maxIterations?: number;
  /** Stop when no m and not λ moves more than this (default 1e-6). */
  tolerance?: number;
}

/** What EM found. */
export interface EmResult {
  /** m per comparison and level ("else" last). */
  m: number[][];
  /** Share of matches among the pairs EM ran on. */
  lambda: number;
  iterations: number;
}

/** Smallest m a level keeps: a level no match showed still weighs a finite amount against. */
export const M_FLOOR = 1e-6;

/**
 * Fellegi–Sunter EM on agreement-pattern counts with u fixed (fastLink's treatment of nulls: a null
 * comparison gives no evidence in the E-step and is left out of that comparison's M-step). Deterministic:
 * patterns are summed in their canonical order.
 *
 * @example
 * ```ts
 * const { m, lambda } = expectationMaximisation(countPatterns(gammas, 3, n), u, initialM(specs), 0.1);
 * ```
 */
export function expectationMaximisation(
  patterns: Patterns,
  u: readonly (readonly number[])[],
  m0: readonly (readonly number[])[],
  lambda0: number,
  options: EmOptions = {},
): EmResult {
  const width = patterns.width;
  const sizes = u.map((row) => row.length);
  const active = Array.from({ length: width }, (_, c) => options.active?.[c] !== false);
  const logU = u.map((row) => row.map((x) => Math.log(x)));
  let m = m0.map((row) => [...row]);
  let lambda = lambda0;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  const fixed = options.fixed;
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const logM = m.map((row) => row.map((x) => Math.log(x)));
    const matchCounts = sizes.map((n) => new Float64Array(n));
    let matches = 0;
    let total = 0;
    const add = (set: Patterns, p: number, post: number): void => {
      const n = set.counts[p] as number;
      matches += n * post;
      total += n;
      for (let c = 0; c < width; c++) {
        const g = set.gammas[p * width + c] as number;
        if (g < 0 || !active[c]) continue;
        const row = matchCounts[c] as Float64Array;
        const i = (sizes[c] as number) - 1 - g;
        row[i] = (row[i] as number) + n * post;
      }
    };
    const logPrior = Math.log(lambda) - Math.log1p(-lambda);
    for (let p = 0; p < patterns.length; p++) {
      let logBf = logPrior;
      for (let c = 0; c < width; c++) {
        const g = patterns.gammas[p * width + c] as number;
        if (g < 0 || !active[c]) continue;
        const i = (sizes[c] as number) - 1 - g;
        logBf += ((logM[c] as number[])[i] as number) - ((logU[c] as number[])[i] as number);
      }
      add(patterns, p, posteriorOf(logBf));
    }
    if (fixed !== undefined) {
      for (let p = 0; p < fixed.patterns.length; p++) add(fixed.patterns, p, fixed.posterior[p] as number);
    }
    const nextLambda = total > 0 ? clamp(matches / total) : lambda;
    const next = options.fixM
      ? m
      : m.map((row, c) => {
          const counts = matchCounts[c] as Float64Array;
          const sum = counts.reduce((a, b) => a + b, 0);
          if (!active[c] || sum <= 0) return row;
          const floored = Array.from(counts, (x) => Math.max(x / sum, M_FLOOR));
          const norm = floored.reduce((a, b) => a + b, 0);
          return floored.map((x) => x / norm);
        });
    let moved = Math.abs(nextLambda - lambda);
    for (let c = 0; c < width; c++) {
      const a = m[c] as number[];
      const b = next[c] as number[];
      for (let i = 0; i < a.length; i++)
        moved = Math.max(moved, Math.abs((a[i] as number) - (b[i] as number)));
    }
    m = next;
    lambda = nextLambda;
    if (moved < tolerance) break;
  }
  return { m, lambda, iterations };
}

/** Posterior of a match from a natural-log Bayes factor including the prior odds, without overflow. */
function posteriorOf(logOdds: number): number {
  return logOdds >= 0 ? 1 / (1 + Math.exp(-logOdds)) : Math.exp(logOdds) / (1 + Math.exp(logOdds));
}

function clamp(lambda: number): number {
  return Math.min(Math.max(lambda, 1e-9), 1 - 1e-9);
}

/**
 * Starting m for EM: the strongest level 0.9, the rest 0.1 shared so that each weaker level gets half
 * of the one above ("else" the least).
 *
 * @example
 * ```ts
 * initialM([3]); //=> [[0.9, 0.0667, 0.0333]]
 * ```
 */
export function initialM(levelCounts: readonly number[]): number[][] {
  return levelCounts.map((n) => {
    if (n === 1) return [1];
    const rest = Array.from({ length: n - 1 }, (_, i) => 2 ** -i);
    const sum = rest.reduce((a, b) => a + b, 0);
    return [0.9, ...rest.map((x) => (0.1 * x) / sum)];
  });
}
