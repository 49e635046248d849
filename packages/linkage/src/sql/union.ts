import type { BlockingCount, BlockingRule } from "../types";

/** What {@link planBlockingCounts} asks to be counted, and how to turn the counts into per-rule figures. */
export interface BlockingCountPlan {
  /** Distinct field sets to count pairs for (each a sorted list; `[]` means every pair). */
  fieldSets: readonly (readonly string[])[];
  /** Marginal and cumulative counts per rule from the counts of `fieldSets`, in the same order. */
  combine(counts: readonly number[]): BlockingCount[];
}

/**
 * How to count the pairs of blocking rules exactly without building them. A rule's marginal count is its
 * own field set; the union of rules 0…k is counted by inclusion–exclusion, because the pairs two rules
 * share are exactly the pairs equal on the union of their fields. So every count is one
 * `GROUP BY` count (Σ count_l · count_r) over some field set; `2^rules − 1` subsets, deduplicated by field set.
 *
 * @example
 * ```ts
 * const plan = planBlockingCounts([{ on: ["a"] }, { on: ["b"] }]);
 * plan.fieldSets; //=> [["a"], ["b"], ["a", "b"]]
 * plan.combine([10, 20, 3]); // a: 10 / 10, b: 20 / 27
 * ```
 */
export function planBlockingCounts(rules: readonly BlockingRule[]): BlockingCountPlan {
  if (rules.length > 20) throw new RangeError(`too many blocking rules to count exactly: ${rules.length}`);
  const fieldSets: string[][] = [];
  const position = new Map<string, number>();
  const setOf = (fields: Iterable<string>): number => {
    const sorted = [...new Set(fields)].sort();
    const key = sorted.join("\u0000");
    let at = position.get(key);
    if (at === undefined) {
      at = fieldSets.length;
      position.set(key, at);
      fieldSets.push(sorted);
    }
    return at;
  };
  // Subsets in order of their highest rule, so each rule's new terms follow the earlier ones.
  const terms: { highest: number; sign: number; set: number }[] = [];
  const own = rules.map((rule) => setOf(rule.on));
  for (let k = 0; k < rules.length; k++) {
    for (let mask = 0; mask < 1 << k; mask++) {
      const members = [k];
      for (let j = 0; j < k; j++) if (mask & (1 << j)) members.push(j);
      const set = setOf(members.flatMap((j) => (rules[j] as BlockingRule).on));
      terms.push({ highest: k, sign: members.length % 2 === 1 ? 1 : -1, set });
    }
  }
  return {
    fieldSets,
    combine(counts) {
      let cumulative = 0;
      let t = 0;
      return rules.map((rule, k) => {
        for (; t < terms.length && (terms[t] as (typeof terms)[number]).highest === k; t++) {
          const term = terms[t] as (typeof terms)[number];
          cumulative += term.sign * (counts[term.set] ?? 0);
        }
        return {
          rule: ruleName(rule),
          marginal: counts[own[k] as number] ?? 0,
          cumulative,
        };
      });
    },
  };
}

/**
 * The pairs rule `k` adds to the rules before it, by inclusion–exclusion over the earlier rules, asking
 * `count` for the pairs equal on a set of fields (sorted, distinct). Subsets that cannot change the sum
 * are skipped: those under an empty intersection, and those where a later earlier rule's fields are
 * already all in (each subset with it cancels the same subset without it).
 *
 * @example
 * ```ts
 * await freshPairs([["a"], ["b"]], 1, async (fields) => counts[fields.join()]); // |B| − |A ∩ B|
 * ```
 */
export async function freshPairs(
  fieldsOf: readonly (readonly string[])[],
  k: number,
  count: (fields: readonly string[]) => Promise<number>,
): Promise<number> {
  const walk = async (
    from: number,
    fields: readonly string[],
    sign: number,
    pairs: number,
  ): Promise<number> => {
    if (pairs === 0) return 0;
    for (let i = from; i < k; i++)
      if ((fieldsOf[i] as readonly string[]).every((f) => fields.includes(f))) return 0;
    let total = sign * pairs;
    for (let i = from; i < k; i++) {
      const merged = [...new Set([...fields, ...(fieldsOf[i] as readonly string[])])].sort();
      total += await walk(i + 1, merged, -sign, await count(merged));
    }
    return total;
  };
  const own = fieldsOf[k] as readonly string[];
  return walk(0, own, 1, await count(own));
}

/** The name people read for a rule: its `name`, else its fields joined with " + ". */
export function ruleName(rule: BlockingRule): string {
  return rule.name ?? rule.on.join(" + ");
}
