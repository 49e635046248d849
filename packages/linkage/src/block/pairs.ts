import { CiudataError, createIssue } from "@ciudata/core";
import type { BlockingCount, BlockingRule, Records } from "../types";
import { countWith, takeRecent } from "./count";
import { KeyBuilder } from "./keys";
import { RuleMatrix } from "./matrix";

/** Record pairs found by blocking, as parallel arrays (for one side, `left[p] < right[p]`). */
export interface BlockedPairs {
  /** Index of the left record of each pair. */
  left: Int32Array;
  /** Index of the right record (of the one side when deduplicating). */
  right: Int32Array;
  /** Index of the first rule that finds each pair. */
  rule: Uint8Array;
  /** How many pairs. */
  length: number;
}

/** Options of {@link blockPairs}. */
export interface BlockPairsOptions {
  /** Most pairs the rules may make together; more throws before any pair is built. */
  maxComparisons: number;
}

/**
 * The union of the blocking rules' pairs, without duplicates, each attributed to the first rule that
 * finds it (a pair of rule n is kept only if no earlier rule has equal, non-null keys for it). The union
 * is counted first; over `maxComparisons` it throws `CiudataError` (`linkage/too-many-comparisons`,
 * params `rule`, `count`, `cap`: the first rule that takes the union over the cap and the union up to
 * it) before building anything. `right` is `null` to deduplicate `left`.
 *
 * @example
 * ```ts
 * const pairs = blockPairs([{ on: ["nationalId"] }, { on: ["birthDate"] }], a, b, { maxComparisons: 1e7 });
 * pairs.left[0], pairs.right[0], pairs.rule[0]; // record indexes and the rule that found them
 * ```
 */
export function blockPairs(
  rules: readonly BlockingRule[],
  left: Records,
  right: Records | null,
  options: BlockPairsOptions,
): BlockedPairs {
  return blockPairsOn(new KeyBuilder(left, right), rules, left, right, options);
}

/** {@link blockPairs} on blocking keys the caller keeps across calls (an engine's). */
export function blockPairsOn(
  builder: KeyBuilder,
  rules: readonly BlockingRule[],
  left: Records,
  right: Records | null,
  options: BlockPairsOptions,
): BlockedPairs {
  if (rules.length > 255) throw new RangeError("at most 255 blocking rules");
  let known = takeRecent(rules, left, right);
  if (known === undefined) {
    const matrix = new RuleMatrix(builder, rules);
    known = { matrix, counts: countWith(builder, matrix, rules) };
  }
  const { matrix, counts } = known;
  const over = counts.find((c) => c.cumulative > options.maxComparisons);
  if (over !== undefined) throw tooMany(over, options.maxComparisons);
  const total = counts.length === 0 ? 0 : (counts[counts.length - 1] as BlockingCount).cumulative;
  const out: BlockedPairs = {
    left: new Int32Array(total),
    right: new Int32Array(total),
    rule: new Uint8Array(total),
    length: 0,
  };
  for (let r = 0; r < rules.length; r++)
    matrix.visit(r, (i, j) => {
      const p = out.length++;
      out.left[p] = i;
      out.right[p] = j;
      out.rule[p] = r;
    });
  if (out.length !== total) throw new Error(`blocking built ${out.length} pairs, counted ${total}`);
  return out;
}

function tooMany(over: BlockingCount, cap: number): CiudataError {
  return new CiudataError([
    createIssue("linkage/too-many-comparisons", {
      note: `blocking would compare ${over.cumulative} pairs (cap ${cap})`,
      params: { rule: over.rule, count: over.cumulative, marginal: over.marginal, cap },
    }),
  ]);
}
