import { createIssue, fromZodIssues, type Issue } from "@ciudata/core";
import { z } from "zod";
import { ID_DEFINITIONS } from "../ids/registry";
import type { IdType } from "../ids/types";

const idTypes = Object.keys(ID_DEFINITIONS) as [IdType, ...IdType[]];

const Drop = z.object({ action: z.literal("drop") });
const Keep = z.object({ action: z.literal("keep") });
const Mask = z.object({
  action: z.literal("mask"),
  keepStart: z.number().int().min(0).max(20).default(0),
  keepEnd: z.number().int().min(0).max(20).default(0),
  char: z.string().length(1).default("*"),
});
const Pseudonymize = z.object({
  action: z.literal("pseudonymize"),
  /** Each purpose derives its own key, so pseudonyms of two purposes cannot be joined. */
  purpose: z.string().min(1).max(100),
  /** Hex characters kept (default 20 = 80 bits). */
  length: z.number().int().min(8).max(64).default(20),
  prefix: z.string().max(20).default(""),
});
const Surrogate = z.object({
  action: z.literal("surrogate"),
  type: z.enum(idTypes),
  purpose: z.string().min(1).max(100).default("surrogate"),
});
const AgeBand = z.object({
  action: z.literal("generalize"),
  method: z.literal("age-band"),
  width: z.number().int().min(1).max(50).default(5),
  /** Ages from here up become `top+` (top coding). */
  top: z.number().int().min(1).max(150).optional(),
  preset: z.enum(["five-year", "un-broad", "children", "older-60", "older-65"]).optional(),
});
const DateTo = z.object({
  action: z.literal("generalize"),
  method: z.literal("date"),
  to: z.enum(["year", "month"]),
});
const Round = z.object({
  action: z.literal("generalize"),
  method: z.literal("round"),
  decimals: z.number().int().min(0).max(10),
});
const Grid = z.object({
  action: z.literal("generalize"),
  method: z.literal("grid"),
  metres: z.number().positive().max(1_000_000),
});
const TopBottom = z.object({
  action: z.literal("generalize"),
  method: z.literal("top-bottom"),
  top: z.number().optional(),
  bottom: z.number().optional(),
});
const Recode = z.object({
  action: z.literal("generalize"),
  method: z.literal("recode"),
  map: z.record(z.string(), z.string()),
  /** What unmapped values become (default: kept as they are). */
  otherwise: z.string().optional(),
});

/** One column's transform. */
export const ColumnTransformSchema = z.union([
  Drop,
  Keep,
  Mask,
  Pseudonymize,
  Surrogate,
  z.discriminatedUnion("method", [AgeBand, DateTo, Round, Grid, TopBottom, Recode]),
]);

/** An anonymisation plan: what to do with each column, where the key is, and the k to reach. */
export const PlanSchema = z.object({
  version: z.literal(1).default(1),
  columns: z.record(z.string(), ColumnTransformSchema),
  /** Where the pseudonymisation key lives: an environment variable or a file. Never the key itself. */
  key: z.union([z.object({ env: z.string().min(1) }), z.object({ file: z.string().min(1) })]).optional(),
  kAnonymity: z
    .object({
      k: z.number().int().min(2).max(1000),
      qi: z.array(z.string()).min(1),
      /** QIs from MOST to LEAST important; the least important are suppressed first (default: `qi` order). */
      importance: z.array(z.string()).optional(),
      /** What a suppressed cell becomes (default empty). */
      suppressed: z.string().default(""),
    })
    .optional(),
  /** Sensitive columns whose l-diversity the before/after report measures. */
  sensitive: z.array(z.string()).optional(),
});

/** A validated plan. */
export type Plan = z.infer<typeof PlanSchema>;
/** One column's validated transform. */
export type ColumnTransform = z.infer<typeof ColumnTransformSchema>;

/**
 * Validates a plan (parsed JSON). Problems come back as `privacy/invalid-plan` errors with the path.
 *
 * @example
 * ```ts
 * const r = parsePlan({ columns: { nombre: { action: "drop" } } });
 * r.ok && r.plan.columns.nombre; //=> { action: "drop" }
 * ```
 */
export function parsePlan(input: unknown): { ok: true; plan: Plan } | { ok: false; errors: Issue[] } {
  const r = PlanSchema.safeParse(input);
  if (r.success) {
    const plan = r.data;
    const errors: Issue[] = [];
    const needsKey = Object.values(plan.columns).some((c) => c.action === "pseudonymize");
    if (needsKey && !plan.key)
      errors.push(
        createIssue("privacy/invalid-plan", {
          tags: ["#schema"],
          params: { path: "key", expected: "key-source" },
          note: "key: pseudonymize needs a key source: { env } or { file }",
        }),
      );
    return errors.length ? { ok: false, errors } : { ok: true, plan };
  }
  return {
    ok: false,
    errors: fromZodIssues(r.error.issues, input, { type: "privacy/invalid-plan" }).map((e) => ({
      ...e,
      tags: ["#schema"],
    })),
  };
}
