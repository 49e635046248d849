import type { ComparisonSpec } from "../types";

/**
 * Where gamma `g` of a comparison with `levels` levels sits in the model's level list (the spec's levels
 * from the strongest, then "else"): level `i` has gamma `levels - i`, "else" has gamma 0.
 *
 * @example
 * ```ts
 * levelIndex(3, 3); //=> 0 (the strongest level)
 * levelIndex(0, 3); //=> 3 ("else")
 * ```
 */
export function levelIndex(gamma: number, levels: number): number {
  return levels - gamma;
}

/** How many levels each comparison's model has (its spec's levels and "else"). */
export function levelCounts(specs: readonly ComparisonSpec[]): number[] {
  return specs.map((s) => s.levels.length + 1);
}

/** The ids of a comparison's model levels, "else" last. */
export function levelIds(spec: ComparisonSpec): string[] {
  return [...spec.levels.map((l) => l.id), "else"];
}
