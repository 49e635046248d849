import type { BlockingCount, BlockingRule, Records } from "../types";
import { countPairs, KeyBuilder, ruleName } from "./keys";
import { RuleMatrix } from "./matrix";

/** Up to this many pairs, a rule's new pairs are counted by visiting them; above, by inclusion–exclusion. */
const VISIT_LIMIT = 50_000_000;

/**
 * How many pairs each blocking rule makes, counted exactly without building them: `marginal` is the
 * rule on its own (Σ count_l · count_r over equal keys; nulls never match; for one side, unordered pairs
 * i < j), `cumulative` the union of this rule and all before it (pairs a rule shares with earlier rules
 * are found by visiting the rule's pairs, or for very large rules by inclusion–exclusion over the rules'
 * combined keys). `right` is `null` to deduplicate `left`.
 *
 * @example
 * ```ts
 * countBlocking([{ on: ["nationalId"] }, { on: ["birthDate", "surname1"] }], a, b);
 * //=> [{ rule: "nationalId", marginal: 812, cumulative: 812 },
 * //    { rule: "birthDate + surname1", marginal: 640, cumulative: 1021 }]
 * ```
 */
export function countBlocking(
  rules: readonly BlockingRule[],
  left: Records,
  right: Records | null,
): BlockingCount[] {
  return countBlockingOn(new KeyBuilder(left, right), rules, left, right);
}

/** {@link countBlocking} on blocking keys the caller keeps across calls (an engine's). */
export function countBlockingOn(
  builder: KeyBuilder,
  rules: readonly BlockingRule[],
  left: Records,
  right: Records | null,
): BlockingCount[] {
  const matrix = new RuleMatrix(builder, rules);
  const counts = countWith(builder, matrix, rules);
  recent.set(left, { right, rules: rulesKey(rules), matrix, counts });
  return counts.map((c) => ({ ...c }));
}

/**
 * The last count of each left side, so that `blockPairs` right after `countBlocking` (what a run does:
 * show the counts, then build) does not count again. Held weakly by the records, taken once.
 */
const recent = new WeakMap<
  Records,
  { right: Records | null; rules: string; matrix: RuleMatrix; counts: BlockingCount[] }
>();

function rulesKey(rules: readonly BlockingRule[]): string {
  return JSON.stringify(rules.map((r) => [ruleName(r), [...new Set(r.on)].sort()]));
}

/** The keys and counts {@link countBlocking} just made for these sides and rules, if any (taken once). */
export function takeRecent(
  rules: readonly BlockingRule[],
  left: Records,
  right: Records | null,
): { matrix: RuleMatrix; counts: BlockingCount[] } | undefined {
  const known = recent.get(left);
  if (known === undefined) return undefined;
  recent.delete(left);
  return known.right === right && known.rules === rulesKey(rules) ? known : undefined;
}

/**
 * {@link countBlocking} on keys the caller keeps (so `blockPairs` reuses them); rules with more than
 * `visitLimit` pairs are counted by inclusion–exclusion.
 */
export function countWith(
  builder: KeyBuilder,
  matrix: RuleMatrix,
  rules: readonly BlockingRule[],
  visitLimit = VISIT_LIMIT,
): BlockingCount[] {
  const fieldsOf = rules.map((r) => [...new Set(r.on)].sort());
  const counts = new Map<string, number>();
  const count = (fields: readonly string[], rule: string): number => {
    const id = fields.join("\u0000");
    let n = counts.get(id);
    if (n === undefined) {
      n = countPairs(builder.keys(fields, rule, false));
      counts.set(id, n);
    }
    return n;
  };
  const out: BlockingCount[] = [];
  let union = 0;
  rules.forEach((rule, n) => {
    const name = ruleName(rule);
    const own = fieldsOf[n] as string[];
    const marginal = matrix.count(n);
    counts.set(own.join("\u0000"), marginal);
    // |A_n ∖ (A_0 ∪ … ∪ A_{n-1})| = Σ over T ⊆ {0…n-1} of (-1)^|T| · |A_n ∩ ⋂_T A_i|, where an
    // intersection of rules is the pairs equal on the union of their fields.
    const fresh = (from: number, fields: string[], sign: number, pairs: number): number => {
      let total = sign * pairs;
      if (pairs === 0) return 0;
      for (let i = from; i < n; i++) {
        const extra = fieldsOf[i] as string[];
        // A rule whose fields are already all in: every subset with it cancels the same subset without.
        if (extra.every((f) => fields.includes(f))) return 0;
      }
      for (let i = from; i < n; i++) {
        const merged = [...new Set([...fields, ...(fieldsOf[i] as string[])])].sort();
        total += fresh(i + 1, merged, -sign, count(merged, name));
      }
      return total;
    };
    // The first rule's pairs are all new: nothing to visit.
    union += n === 0 ? marginal : marginal <= visitLimit ? matrix.visit(n, null) : fresh(0, own, 1, marginal);
    out.push({ rule: name, marginal, cumulative: union });
  });
  return out;
}
