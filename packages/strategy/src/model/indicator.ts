import { z } from "zod";
import { IsoDateSchema, LabelSchema, PeriodSchema, SlugSchema } from "./common";
import { entity } from "./shape";

/** Which way is good: up, down, or staying within a band. */
export const DIRECTIONS = ["increase", "decrease", "band"] as const;
/** `increase`, `decrease` or `band`. */
export type Direction = (typeof DIRECTIONS)[number];

/**
 * A traffic light. With `basis: "progress"`, `green` and `yellow` are the minimum progress to target (%)
 * for each colour; with `basis: "value"`, they are the values to reach (at least for `increase`, at most
 * for `decrease`); for `band`, the value must lie in `[min, max]` for green.
 */
export const ThresholdsSchema = z.strictObject({
  basis: z.enum(["progress", "value"]).default("progress"),
  green: z.number().optional(),
  yellow: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
/** Traffic-light thresholds. */
export type Thresholds = z.infer<typeof ThresholdsSchema>;

/** A reference value with its date (a day, month or year; optional when the source gives none). */
export const ReferenceValueSchema = z.object({ value: z.number(), date: PeriodSchema.optional() }).strict();

/** A measure the strategy follows. */
export const IndicatorSchema = entity({
  code: z.string().optional(),
  name: LabelSchema,
  unit: LabelSchema,
  direction: z.enum(DIRECTIONS),
  baseline: ReferenceValueSchema,
  target: ReferenceValueSchema.optional(),
  /** ISO 8601 repeating duration (`R/P1Y`, `R/P3M`, `R/P1M`) or `eventual`. */
  periodicity: z
    .string()
    .regex(/^(?:R\/P(?:\d+(?:\.\d+)?[YMWD]|T\d+[HMS])|eventual|irregular)$/, { message: "periodicity" })
    .default("eventual"),
  thresholds: ThresholdsSchema.optional(),
  /** Tolerance in progress points for "on track" (default 10). */
  tolerance: z.number().nonnegative().optional(),
  disaggregations: z.array(z.string()).default([]),
  pillarId: SlugSchema.optional(),
  sourceDatasetId: SlugSchema.optional(),
  formula: z.string().optional(),
});
/** An indicator. */
export type Indicator = z.infer<typeof IndicatorSchema>;

/** One measured value of an indicator. */
export const ObservationSchema = z.strictObject({
  indicatorId: SlugSchema,
  /** The period it refers to; undated values (a before/after report) count as later than the baseline, in order. */
  date: PeriodSchema.optional(),
  value: z.number(),
  status: z.enum(["provisional", "final"]).default("final"),
  disaggregation: z.record(z.string(), z.string()).optional(),
  source: z.string().optional(),
  note: z.string().optional(),
  recordedAt: IsoDateSchema.optional(),
});
/** An observation. */
export type Observation = z.infer<typeof ObservationSchema>;
