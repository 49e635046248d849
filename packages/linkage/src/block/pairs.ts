import { CiudataError, createIssue } from "@ciudata/core";
import type { BlockingCount, BlockingRule, Records } from "../types";
import { countWith } from "./count";
import { KeyBuilder, type Keys, ruleName } from "./keys";

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
  if (rules.length > 255) throw new RangeError("at most 255 blocking rules");
  const builder = new KeyBuilder(left, right);
  const counts = countWith(builder, rules);
  const over = counts.find((c) => c.cumulative > options.maxComparisons);
  if (over !== undefined) throw tooMany(over, options.maxComparisons);
  const total = counts.length === 0 ? 0 : (counts[counts.length - 1] as BlockingCount).cumulative;
  const out: BlockedPairs = {
    left: new Int32Array(total),
    right: new Int32Array(total),
    rule: new Uint8Array(total),
    length: 0,
  };
  const keys: Keys[] = [];
  rules.forEach((rule, r) => {
    const own = builder.keys([...new Set(rule.on)].sort(), ruleName(rule));
    collect(own, keys, r, out);
    keys.push(own);
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

/** Adds rule `r`'s pairs that no earlier rule (`earlier`) finds. */
function collect(keys: Keys, earlier: readonly Keys[], r: number, out: BlockedPairs): void {
  const dedupe = keys.right === keys.left;
  const left = buckets(keys.left, keys.size);
  const right = dedupe ? left : buckets(keys.right, keys.size);
  const found = (i: number, j: number): boolean => {
    for (const e of earlier) {
      const k = e.left[i] as number;
      if (k !== -1 && k === e.right[j]) return true;
    }
    return false;
  };
  for (let k = 0; k < keys.size; k++) {
    const l0 = left.start[k] as number;
    const l1 = left.start[k + 1] as number;
    const r0 = right.start[k] as number;
    const r1 = right.start[k + 1] as number;
    for (let a = l0; a < l1; a++) {
      const i = left.members[a] as number;
      for (let b = dedupe ? a + 1 : r0; b < r1; b++) {
        const j = right.members[b] as number;
        if (found(i, j)) continue;
        const p = out.length++;
        out.left[p] = i;
        out.right[p] = j;
        out.rule[p] = r;
      }
    }
  }
}

/** Records grouped by key, ascending within a key: members[start[k]…start[k+1]). */
function buckets(codes: Int32Array, size: number): { start: Int32Array; members: Int32Array } {
  const start = new Int32Array(size + 1);
  for (const k of codes) if (k !== -1) start[k + 1] = (start[k + 1] as number) + 1;
  for (let k = 0; k < size; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const next = start.slice(0, size);
  const members = new Int32Array(start[size] as number);
  for (let i = 0; i < codes.length; i++) {
    const k = codes[i] as number;
    if (k === -1) continue;
    members[next[k] as number] = i;
    next[k] = (next[k] as number) + 1;
  }
  return { start, members };
}
