import type { BlockingRule, ComparisonSpec, LinkModel } from "../types";
import { type EmResult, expectationMaximisation, initialM } from "./em";
import { levelCounts, levelIds } from "./levels";
import { countPatterns, type Patterns } from "./patterns";
import { activeComparisons } from "./related";

/** Gamma vectors of some pairs, row-major (`gammas[p * specs.length + c]`). */
export interface GammaSet {
  gammas: Int8Array;
  length: number;
}

/** What {@link trainModel} learns from. */
export interface TrainingData {
  /** u per comparison and level ("else" last), from {@link estimateU}. */
  u: readonly (readonly number[])[];
  /** The pairs of each training rule, one EM session each. */
  sessions: readonly { rule: BlockingRule; pairs: GammaSet }[];
  /** Every compared pair (the union of the blocking rules), for λ. */
  compared: GammaSet;
  /** All possible pairs (n × m for linkage, n(n − 1)/2 for dedupe). */
  totalPairs: number;
  /** Pairs decided by people: fixed posteriors (1 match, 0 non-match) in every session. */
  decided?: { pairs: GammaSet; match: readonly boolean[] };
  /** λ when known (then it is not estimated). */
  prior?: number;
}

/** One EM session: which rule, which comparisons it trained, how it converged. */
export interface TrainingSession {
  rule: string;
  pairs: number;
  active: readonly boolean[];
  /** Share of matches EM found among the rule's pairs. */
  lambda: number;
  iterations: number;
}

/**
 * Trains a Fellegi–Sunter model without labels: u as given (random pairs), m by EM with u fixed, one
 * session per training rule with the comparisons the rule blocks on deactivated, each comparison's m
 * the mean over the sessions that trained it (the starting m where none did). λ, unless given, is the
 * expected number of matches among the compared pairs (EM with m and u fixed over all of them) divided
 * by all possible pairs: blocking is assumed to find (nearly) every match.
 *
 * @example
 * ```ts
 * const { model } = trainModel(specs, { u, sessions, compared, totalPairs: 25_000_000 });
 * model.prior; //=> 0.0002
 * ```
 */
export function trainModel(
  specs: readonly ComparisonSpec[],
  data: TrainingData,
): { model: LinkModel; sessions: TrainingSession[] } {
  const width = specs.length;
  const start = initialM(levelCounts(specs));
  const sums = start.map((row) => row.map(() => 0));
  const trained = new Array<number>(width).fill(0);
  const sessions: TrainingSession[] = [];
  const decided = data.decided;
  const fixedFor = (active?: readonly boolean[]) => {
    if (decided === undefined || decided.pairs.length === 0) return undefined;
    const both = [true, false].map((match) =>
      countPatterns(decided.pairs.gammas, width, decided.pairs.length, {
        ...(active === undefined ? {} : { active }),
        keep: (p) => decided.match[p] === match,
      }),
    );
    return {
      patterns: concat(both as [Patterns, Patterns]),
      posterior: posteriors(both as [Patterns, Patterns]),
    };
  };
  for (const { rule, pairs } of data.sessions) {
    const active = activeComparisons(specs, rule);
    const name = rule.name ?? rule.on.join(" + ");
    if (pairs.length === 0 || !active.some(Boolean)) {
      sessions.push({ rule: name, pairs: pairs.length, active, lambda: 0, iterations: 0 });
      continue;
    }
    const patterns = countPatterns(pairs.gammas, width, pairs.length, { active });
    const fixed = fixedFor(active);
    const result: EmResult = expectationMaximisation(patterns, data.u, start, 0.1, {
      active,
      ...(fixed === undefined ? {} : { fixed }),
    });
    sessions.push({
      rule: name,
      pairs: pairs.length,
      active,
      lambda: result.lambda,
      iterations: result.iterations,
    });
    active.forEach((on, c) => {
      if (!on) return;
      trained[c] = (trained[c] as number) + 1;
      (sums[c] as number[]).forEach((_, i, row) => {
        row[i] = (row[i] as number) + ((result.m[c] as number[])[i] as number);
      });
    });
  }
  const m = start.map((row, c) =>
    trained[c] === 0 ? row : (sums[c] as number[]).map((x) => x / (trained[c] as number)),
  );
  const prior = data.prior ?? estimatePrior(data, m);
  return {
    model: {
      prior,
      comparisons: specs.map((spec, c) => ({
        name: spec.name,
        levels: levelIds(spec).map((id, i) => ({
          id,
          m: (m[c] as number[])[i] as number,
          u: ((data.u[c] as number[])[i] as number) ?? 1,
        })),
      })),
    },
    sessions,
  };

  function estimatePrior(d: TrainingData, mm: number[][]): number {
    if (d.compared.length === 0 || d.totalPairs <= 0) return 1e-4;
    const patterns = countPatterns(d.compared.gammas, width, d.compared.length);
    const fixed = fixedFor();
    const { lambda } = expectationMaximisation(patterns, d.u, mm, 0.1, {
      fixM: true,
      ...(fixed === undefined ? {} : { fixed }),
    });
    const matches = lambda * (d.compared.length + (decided?.pairs.length ?? 0));
    return Math.min(Math.max(matches / d.totalPairs, 1e-12), 0.5);
  }
}

function concat([a, b]: [Patterns, Patterns]): Patterns {
  const gammas = new Int8Array(a.gammas.length + b.gammas.length);
  gammas.set(a.gammas);
  gammas.set(b.gammas, a.gammas.length);
  const counts = new Float64Array(a.length + b.length);
  counts.set(a.counts);
  counts.set(b.counts, a.length);
  return { width: a.width, length: a.length + b.length, gammas, counts };
}

function posteriors([matches, nonMatches]: [Patterns, Patterns]): Float64Array {
  const out = new Float64Array(matches.length + nonMatches.length);
  out.fill(1, 0, matches.length);
  return out;
}
