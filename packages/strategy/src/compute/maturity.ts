import type { Assessment, AssessmentFramework } from "../model/people";
import { round1 } from "./progress";

/** A maturity score against a framework. */
export interface MaturityScore {
  frameworkId: string;
  met: number;
  total: number;
  /** Criteria met ÷ criteria × 100. */
  pct: number;
  /** The highest tier whose `minPct` is reached, or `null`. */
  tier: string | null;
  byDimension: { dimensionId: string; met: number; total: number; pct: number }[];
}

/**
 * Scores an assessment: a criterion is met when its answer says `met: true`, or when `itemsMet` reaches
 * the criterion's `minMet` ("m of n" checklists), and all its prerequisites are met. The tier is the highest
 * whose minimum share is reached.
 *
 * @example
 * ```ts
 * maturityScore(CDA, { id: "a", frameworkId: "cda", date: "2024-06-01", answers: [{ criterionId: "governance", met: true, evidence: [] }] }).met; //=> 1
 * ```
 */
export function maturityScore(framework: AssessmentFramework, assessment: Assessment): MaturityScore {
  const answers = new Map(assessment.answers.map((a) => [a.criterionId, a]));
  const criteria = framework.dimensions.flatMap((d) => d.criteria);
  const raw = new Map(
    criteria.map((c) => {
      const a = answers.get(c.id);
      const ok =
        a?.met === true || (c.minMet !== undefined && a?.itemsMet !== undefined && a.itemsMet >= c.minMet);
      return [c.id, ok] as const;
    }),
  );
  const isMet = (id: string): boolean => {
    const c = criteria.find((x) => x.id === id);
    return raw.get(id) === true && (c?.prerequisites ?? []).every((p) => raw.get(p) === true);
  };
  const byDimension = framework.dimensions.map((d) => {
    const met = d.criteria.filter((c) => isMet(c.id)).length;
    const total = d.criteria.length;
    return { dimensionId: d.id, met, total, pct: total ? round1((met / total) * 100) : 0 };
  });
  const met = byDimension.reduce((s, d) => s + d.met, 0);
  const total = criteria.length;
  const pct = total ? round1((met / total) * 100) : 0;
  const tier =
    [...framework.tiers].sort((a, b) => b.minPct - a.minPct).find((t) => pct >= t.minPct)?.id ?? null;
  return { frameworkId: framework.id, met, total, pct, tier, byDimension };
}
