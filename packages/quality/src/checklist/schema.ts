import { z } from "zod";

const name = z.string().min(1);
const count = z.number().int().nonnegative();

/** One check of a frictionless Checklist descriptor, by `type`. */
export const CheckDescriptorSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("baseline") }).loose(),
  z.object({ type: z.literal("duplicate-row"), keyBudget: count.optional() }).loose(),
  z.object({ type: z.literal("truncated-value") }).loose(),
  z.object({ type: z.literal("ascii-value") }).loose(),
  z
    .object({
      type: z.literal("deviated-value"),
      fieldName: name,
      interval: z.number().positive().optional(),
      average: z.enum(["mean", "median", "mode"]).optional(),
    })
    .loose(),
  z
    .object({
      type: z.literal("deviated-cell"),
      interval: z.number().positive().optional(),
      ignoreFields: z.array(z.string()).optional(),
    })
    .loose(),
  z.object({ type: z.literal("forbidden-value"), fieldName: name, values: z.array(z.unknown()) }).loose(),
  z.object({ type: z.literal("required-value"), fieldName: name, values: z.array(z.unknown()) }).loose(),
  z.object({ type: z.literal("sequential-value"), fieldName: name }).loose(),
  z.object({ type: z.literal("row-constraint"), formula: z.string().min(1) }).loose(),
  z
    .object({
      type: z.literal("table-dimensions"),
      numRows: count.optional(),
      minRows: count.optional(),
      maxRows: count.optional(),
      numFields: count.optional(),
      minFields: count.optional(),
      maxFields: count.optional(),
    })
    .loose(),
]);

/** A check descriptor as parsed. */
export type CheckDescriptor = z.output<typeof CheckDescriptorSchema>;

/**
 * A frictionless Checklist descriptor: optional checks plus `pickErrors`/`skipErrors` (error types or tags).
 *
 * @example
 * ```ts
 * ChecklistSchema.parse({ checks: [{ type: "duplicate-row" }], skipErrors: ["#header"] });
 * ```
 */
export const ChecklistSchema = z
  .object({
    checks: z.array(CheckDescriptorSchema).optional(),
    pickErrors: z.array(z.string()).optional(),
    skipErrors: z.array(z.string()).optional(),
  })
  .loose();

/** A Checklist as parsed. */
export type Checklist = z.output<typeof ChecklistSchema>;
