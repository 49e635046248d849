import { z } from "zod";

/** What happens when a threshold is exceeded. */
export type ThresholdLevel = "warn" | "fail";

/**
 * How much of a check or a dimension may fail: `tolerance` is a fraction (0.01 = 1% of the rows may
 * fail), `level` what exceeding it means.
 */
export interface Threshold {
  tolerance: number;
  level: ThresholdLevel;
}

/** Thresholds keyed by error type (`type-error`, `quality/stale-data`) or dimension (`completeness`). */
export type Thresholds = Readonly<Record<string, Threshold>>;

/** One threshold: a fraction between 0 and 1 and a level (default `"fail"`). */
export const ThresholdSchema = z
  .object({
    tolerance: z.number().min(0).max(1),
    level: z.enum(["warn", "fail"]).default("fail"),
  })
  .strict();

/**
 * Thresholds as a city writes them in JSON:
 * `{ "missing-cell": { "tolerance": 0.05, "level": "warn" }, "validity": { "tolerance": 0.01 } }`.
 */
export const ThresholdsSchema = z.record(z.string().min(1), ThresholdSchema);

/**
 * Validates thresholds, throwing zod's error on a bad value (profiles give located errors instead).
 *
 * @example
 * ```ts
 * parseThresholds({ completeness: { tolerance: 0.05 } }); //=> { completeness: { tolerance: 0.05, level: "fail" } }
 * ```
 */
export function parseThresholds(input: unknown): Thresholds {
  return ThresholdsSchema.parse(input);
}
