import { ruleName } from "../block/keys";
import type { LinkEngine } from "../engine";
import type { BlockingChange, BlockingCount, BlockingRule } from "../types";

/** Share of the cap (`maxComparisons`) one default blocking rule may take on its own before it is tightened. */
export const DEFAULT_RULE_SHARE = 0.25;

/**
 * Fits the library's default blocking rules to the sizes at hand (never rules a caller declared): a rule
 * whose own pairs pass `DEFAULT_RULE_SHARE` of the cap is tightened with the birth year when it has no
 * birth date (and kept if that brings it under the share and it still finds pairs no other rule finds),
 * else dropped; if the union still passes the cap, the last remaining rules are dropped until it fits. Counts are exact (`countBlocking`). Returns the rules and what was changed, and why.
 */
export async function fitDefaultBlocking(
  engine: LinkEngine,
  rules: readonly BlockingRule[],
  cap: number,
  has: (field: string) => boolean,
): Promise<{ rules: BlockingRule[]; counts: BlockingCount[]; changes: BlockingChange[] }> {
  const changes: BlockingChange[] = [];
  const share = Math.floor(cap * DEFAULT_RULE_SHARE);
  // Each rule on its own first: a rule's own count is cheap, while the union of a rule far over the cap
  // with the ones before it is what costs (at 1M × 1M, 187 s of counting when done on every rule at once).
  const counts: { marginal: number }[] = [];
  for (const rule of rules) counts.push({ marginal: (await engine.countBlocking([rule]))[0]?.marginal ?? 0 });
  if (counts.every((c) => c.marginal <= share)) {
    const all = await engine.countBlocking(rules);
    if ((all.at(-1)?.cumulative ?? 0) <= cap) return { rules: [...rules], counts: all, changes };
  }
  const fieldSet = (r: BlockingRule) => new Set(r.on);
  /** A rule whose fields include all of another kept rule's finds no pair that rule does not. */
  const covered = (on: readonly string[], kept: readonly BlockingRule[]) =>
    kept.some((k) => [...fieldSet(k)].every((f) => on.includes(f)));
  let kept: BlockingRule[] = [];
  for (const [i, rule] of rules.entries()) {
    const marginal = counts[i]?.marginal ?? 0;
    if (marginal <= share) {
      kept.push(rule);
      continue;
    }
    const name = ruleName(rule);
    const why = `${marginal} pairs on its own, over ${DEFAULT_RULE_SHARE * 100}% of the cap of ${cap}`;
    if (has("birthYear") && !rule.on.includes("birthYear") && !rule.on.includes("birthDate")) {
      const on = [...rule.on, "birthYear"];
      const others = [
        ...kept,
        ...rules.slice(i + 1).filter((_, k) => (counts[i + 1 + k]?.marginal ?? 0) <= share),
      ];
      if (covered(on, others)) {
        changes.push({
          rule: name,
          marginal,
          action: "dropped",
          reason: `${why}; with the birth year it finds no pair another rule does not`,
        });
        continue;
      }
      const tightened: BlockingRule = { on };
      const [own] = await engine.countBlocking([tightened]);
      if (own !== undefined && own.marginal <= share) {
        kept.push(tightened);
        changes.push({
          rule: name,
          marginal,
          action: "tightened",
          to: ruleName(tightened),
          toMarginal: own.marginal,
          reason: `${why}; the birth year added`,
        });
        continue;
      }
      changes.push({
        rule: name,
        marginal,
        action: "dropped",
        reason: `${why}, still ${own?.marginal ?? 0} with the birth year`,
      });
      continue;
    }
    changes.push({ rule: name, marginal, action: "dropped", reason: why });
  }
  // The union over the cap: drop the last rules (the defaults come most telling first) until it fits.
  for (;;) {
    const now = await engine.countBlocking(kept);
    const union = now.at(-1)?.cumulative ?? 0;
    if (union <= cap || kept.length <= 1) return { rules: kept, counts: now, changes };
    const rule = kept.at(-1) as BlockingRule;
    changes.push({
      rule: ruleName(rule),
      marginal: now.at(-1)?.marginal ?? 0,
      action: "dropped",
      reason: `the default rules together make ${union} pairs, over the cap of ${cap}; this was the last`,
    });
    kept = kept.slice(0, -1);
  }
}
