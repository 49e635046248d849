import type { ComparisonSpec, LinkModel } from "../types";
import { type TermFrequencies, TF_MINIMUM_U } from "./tf";

/** Scores compared pairs with a model: match weight, its parts and the probability. */
export interface PairScorer {
  /** log2(λ / (1 − λ)). */
  priorWeight: number;
  /** Weight of pair `p` (gammas row-major, `width` = comparisons) between left record `i` and right `j`. */
  weight(gammas: Int8Array, p: number, i: number, j: number): number;
  /** Each comparison's part of the weight of pair `p`, TF adjustment included (0 for null). */
  contributions(gammas: Int8Array, p: number, i: number, j: number): number[];
}

/**
 * The scorer of a model. A level's part is log2(m/u); on a level with `tf` it is adjusted by
 * log2(u) − log2(max(tf_left, tf_right, 0.001)), so a rare exact surname weighs more than a common one
 * (Splink's term-frequency adjustment). The weight is the prior weight plus every part.
 *
 * @example
 * ```ts
 * const s = pairScorer(specs, model, tf);
 * s.weight(gammas, 0, left, right); //=> 14.2
 * ```
 */
export function pairScorer(
  specs: readonly ComparisonSpec[],
  model: LinkModel,
  tf: TermFrequencies,
): PairScorer {
  const width = specs.length;
  const base = model.comparisons.map((c) => c.levels.map((l) => Math.log2(l.m / l.u)));
  const logU = model.comparisons.map((c) => c.levels.map((l) => Math.log2(l.u)));
  const sizes = base.map((row) => row.length);
  const tfLeft = specs.map((s) => s.levels.map((l) => (l.tf === undefined ? undefined : tf.left.get(l.tf))));
  const tfRight = specs.map((s) =>
    s.levels.map((l) => (l.tf === undefined ? undefined : tf.right.get(l.tf))),
  );
  const priorWeight = Math.log2(model.prior) - Math.log2(1 - model.prior);
  const part = (g: number, c: number, i: number, j: number): number => {
    if (g < 0) return 0;
    const level = (sizes[c] as number) - 1 - g;
    const w = (base[c] as number[])[level] as number;
    const sl = (tfLeft[c] as (Float64Array | undefined)[])[level];
    const sr = (tfRight[c] as (Float64Array | undefined)[])[level];
    if (sl === undefined || sr === undefined) return w;
    const share = Math.max(sl[i] as number, sr[j] as number);
    if (Number.isNaN(share)) return w;
    return w + ((logU[c] as number[])[level] as number) - Math.log2(Math.max(share, TF_MINIMUM_U));
  };
  return {
    priorWeight,
    weight(gammas, p, i, j) {
      let w = priorWeight;
      for (let c = 0; c < width; c++) w += part(gammas[p * width + c] as number, c, i, j);
      return w;
    },
    contributions(gammas, p, i, j) {
      return Array.from({ length: width }, (_, c) => part(gammas[p * width + c] as number, c, i, j));
    },
  };
}

/**
 * Match probability of a weight, 1 / (1 + 2^−w), without overflow.
 *
 * @example
 * ```ts
 * probabilityOf(0); //=> 0.5
 * ```
 */
export function probabilityOf(weight: number): number {
  return weight >= 0 ? 1 / (1 + 2 ** -weight) : 2 ** weight / (1 + 2 ** weight);
}

/**
 * The weight at which the probability reaches `p`: log2(p / (1 − p)).
 *
 * @example
 * ```ts
 * weightOf(0.5); //=> 0
 * ```
 */
export function weightOf(probability: number): number {
  return Math.log2(probability) - Math.log2(1 - probability);
}

/**
 * The weight of every pair of a list (left record `left[k]`, right record `right[k]`), gammas row-major.
 *
 * @example
 * ```ts
 * const weights = scorePairs(pairScorer(specs, model, tf), gammas, pairs);
 * ```
 */
export function scorePairs(
  scorer: PairScorer,
  gammas: Int8Array,
  pairs: { left: Int32Array; right: Int32Array; length: number },
): Float64Array {
  const out = new Float64Array(pairs.length);
  for (let p = 0; p < pairs.length; p++) {
    out[p] = scorer.weight(gammas, p, pairs.left[p] as number, pairs.right[p] as number);
  }
  return out;
}
