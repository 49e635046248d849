import type { Check } from "@ciudata/table";
import { ageConsistency } from "../checks/age-consistency";
import { categoryVariants } from "../checks/category-variants";
import { crossField } from "../checks/cross-field";
import { freshness } from "../checks/freshness";
import { letterCase } from "../checks/letter-case";
import { missingByGroup } from "../checks/missing-by-group";
import { periodicity } from "../checks/periodicity";
import { requiredDimensions } from "../checks/required-dimensions";
import { territoryCoverage } from "../checks/territory-coverage";
import { whitespace } from "../checks/whitespace";

/** Builds a check from the options of a profile or checklist item. */
export type QualityCheckFactory = (options: Record<string, unknown>) => Check;

// The option objects come from JSON profiles, already validated by each factory (which throws a
// RangeError on bad options); the casts only bridge JSON to the factories' option types.
const as =
  <T>(f: (o: T) => Check): QualityCheckFactory =>
  (o) =>
    f(o as T);

/**
 * The quality checks a profile or checklist can name by their error type, built from the item's options.
 * Timeliness checks get the review's `asOf` when the item does not set one.
 *
 * @example
 * ```ts
 * const check = QUALITY_CHECKS["quality/whitespace"]?.({});
 * ```
 */
export const QUALITY_CHECKS: Readonly<Record<string, QualityCheckFactory>> = {
  "quality/stale-data": as(freshness),
  "quality/overdue-update": as(periodicity),
  "quality/category-variants": as(categoryVariants),
  "quality/whitespace": as(whitespace),
  "quality/letter-case": as(letterCase),
  "quality/cross-field": as(crossField),
  "quality/age-mismatch": as(ageConsistency),
  "quality/missing-by-group": as(missingByGroup),
  "quality/territory-coverage": as(territoryCoverage),
  "quality/missing-dimension": as(requiredDimensions),
};

/** Check ids whose options take the review date. */
const DATED = new Set(["quality/stale-data", "quality/overdue-update", "quality/age-mismatch"]);

/**
 * The registry with `asOf` filled in for the timeliness checks that do not set it.
 * @internal
 */
export function withAsOf(asOf: string | undefined): Readonly<Record<string, QualityCheckFactory>> {
  if (asOf === undefined) return QUALITY_CHECKS;
  const out: Record<string, QualityCheckFactory> = {};
  for (const [id, make] of Object.entries(QUALITY_CHECKS))
    out[id] = DATED.has(id) ? (o) => make(o.asOf === undefined ? { ...o, asOf } : o) : make;
  return out;
}
