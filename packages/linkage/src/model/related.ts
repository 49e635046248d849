import type { BlockingRule, ComparisonSpec } from "../types";

/** Fields derived from another (a phonetic key, a part of a date or of a name) count as that field. */
const FAMILY: Readonly<Record<string, readonly string[]>> = {
  given: ["given"],
  given1: ["given"],
  given1Phon: ["given"],
  surname1: ["surname1", "surnames"],
  surname1Phon: ["surname1", "surnames"],
  surname2: ["surname2", "surnames"],
  surname2Phon: ["surname2", "surnames"],
  surnames: ["surname1", "surname2", "surnames"],
  fullName: ["given", "surname1", "surname2", "surnames"],
  birthDate: ["birthDate"],
  birthYear: ["birthDate"],
  birthMonthDay: ["birthDate"],
  nationalId: ["nationalId"],
  nationalIdType: ["nationalId"],
  nationalIdValid: ["nationalId"],
};

function family(field: string): readonly string[] {
  return FAMILY[field] ?? [field];
}

/**
 * Which comparisons a training rule leaves active: a comparison is deactivated when it reads a field the
 * rule blocks on (or one derived from the same attribute: `surname1Phon` blocks `surname1`,
 * `birthYear` blocks `birthDate`), since every pair of the rule agrees on it by construction.
 *
 * @example
 * ```ts
 * activeComparisons(specs, { on: ["surname1Phon", "birthYear"] }); //=> [false, true, false, true]
 * ```
 */
export function activeComparisons(specs: readonly ComparisonSpec[], rule: BlockingRule): boolean[] {
  const blocked = new Set(rule.on.flatMap(family));
  return specs.map((spec) => !spec.fields.some((f) => family(f).some((x) => blocked.has(x))));
}
