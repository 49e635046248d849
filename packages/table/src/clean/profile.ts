import { fromZodIssues, type Issue } from "@ciudata/core";
import { z } from "zod";

/**
 * The named steps of `clean`, in the order they run on each row: `blank-rows` and `duplicate-rows` drop
 * whole rows; the others rewrite cells.
 */
export const CLEAN_STEPS = [
  "trim",
  "blank-rows",
  "decimal-comma",
  "iso-dates",
  "variants",
  "disaggregation",
  "duplicate-rows",
] as const;

/** One named step of `clean`. */
export type CleanStep = (typeof CLEAN_STEPS)[number];

const on = z.boolean();

/**
 * A spelling-variant mapping (`variants.json` of `ciudata clean --variants`, as `--suggest-variants`
 * writes it): column → (spelling → the spelling to write). The CLI ignores a top-level `$schema` key.
 *
 * @example
 * ```ts
 * CleanVariantsSchema.parse({ provincia: { CABA: "Ciudad Autónoma de Buenos Aires" } });
 * ```
 */
export const CleanVariantsSchema = z.record(z.string().min(1), z.record(z.string(), z.string()));
const columns = z.array(z.string().min(1)).optional();

/**
 * A clean profile (`clean.json`) as a zod schema: which steps run and their options, and how the file is
 * written. A step is on with `true` or an options object, off when absent or `false`.
 */
export const CleanProfileSchema = z
  .object({
    $schema: z.string().optional(),
    steps: z
      .object({
        trim: z.union([on, z.object({ collapse: z.boolean().optional(), columns }).strict()]).optional(),
        "blank-rows": on.optional(),
        "duplicate-rows": on.optional(),
        "decimal-comma": z.union([on, z.object({ columns }).strict()]).optional(),
        "iso-dates": z
          .union([
            on,
            z
              .object({ columns, formats: z.record(z.string().min(1), z.string().min(2)).optional() })
              .strict(),
          ])
          .optional(),
        variants: z.union([on, z.object({ mapping: CleanVariantsSchema }).strict()]).optional(),
        disaggregation: z
          .union([on, z.object({ dimensions: z.array(z.string().min(1)).min(1) }).strict()])
          .optional(),
      })
      .strict()
      .default({}),
    output: z
      .object({ lineTerminator: z.enum(["\n", "\r\n"]).optional() })
      .strict()
      .optional(),
    /** Rows each column's conventions (number style, date format) are decided from (default 1000). */
    sample: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict();

/** A clean profile as users write it. */
export type CleanProfile = z.input<typeof CleanProfileSchema>;

/** A clean profile read and checked by {@link parseCleanProfile}. */
export type ParsedCleanProfile = z.output<typeof CleanProfileSchema>;

/**
 * Reads a clean profile (the parsed JSON of `clean.json`). Problems are `clean/profile` issues (path,
 * what was expected), never thrown.
 *
 * @example
 * ```ts
 * const r = parseCleanProfile({ steps: { trim: true, "iso-dates": { formats: { fecha: "%m/%d/%Y" } } } });
 * if (r.ok) r.profile.steps.trim; //=> true
 * parseCleanProfile({ steps: { trimm: true } }).ok; //=> false
 * ```
 */
export function parseCleanProfile(input: unknown): CleanProfileOutcome {
  const { success, data, error } = CleanProfileSchema.safeParse(input);
  return success
    ? { ok: true, profile: data }
    : { ok: false, errors: fromZodIssues(error.issues, input, { type: "clean/profile" }) };
}

/** What {@link parseCleanProfile} gives: the profile, or `clean/profile` issues with the path of each problem. */
export type CleanProfileOutcome =
  | { readonly ok: true; readonly profile: ParsedCleanProfile }
  | { readonly ok: false; readonly errors: Issue[] };

/**
 * A profile with every step on (the line ending left to the caller).
 *
 * @example
 * ```ts
 * allSteps().steps["duplicate-rows"]; //=> true
 * ```
 */
export function allSteps(): ParsedCleanProfile {
  return { steps: Object.fromEntries(CLEAN_STEPS.map((s) => [s, true])) };
}
