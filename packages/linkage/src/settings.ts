import { CiudataError, fromZodIssues, type Issue } from "@ciudata/core";
import { z } from "zod";
import type { LevelPredicate, LinkSettings } from "./types";

const field = z.string().min(1);

const LevelPredicateSchema: z.ZodType<LevelPredicate> = z.lazy(() =>
  z.union([
    z.strictObject({ exact: field }),
    z.strictObject({ jaroWinkler: field, min: z.number().min(0).max(1) }),
    z.strictObject({ damerau: field, max: z.number().int().min(0) }),
    z.strictObject({ crossed: z.tuple([field, field]) }),
    z.strictObject({ daySwap: field }),
    z.strictObject({ dateWithin: field, days: z.number().min(0) }),
    z.strictObject({ tokenSubset: field }),
    z.strictObject({ all: z.array(LevelPredicateSchema).min(1) }),
    z.strictObject({ any: z.array(LevelPredicateSchema).min(1) }),
  ]),
);

const ComparisonLevelSchema = z.strictObject({
  id: z.string().min(1),
  when: LevelPredicateSchema,
  tf: field.optional(),
});

const ComparisonSpecSchema = z.strictObject({
  name: z.string().min(1),
  fields: z.array(field).min(1),
  levels: z.array(ComparisonLevelSchema).min(1).max(60),
});

const BlockingRuleSchema = z.strictObject({
  name: z.string().min(1).optional(),
  on: z.array(field).min(1),
});

const probability = z.number().gt(0).lt(1);

/**
 * The JSON form of {@link LinkSettings} (a `link.json` config), every key optional: what is left out
 * keeps the library's default (comparisons and blocking rules chosen from the fields present).
 *
 * @example
 * ```ts
 * LinkSettingsSchema.parse({ threshold: 0.95, blocking: [{ on: ["birthDate"] }] });
 * ```
 */
export const LinkSettingsSchema = z.strictObject({
  comparisons: z.array(ComparisonSpecSchema).min(1).optional(),
  blocking: z.array(BlockingRuleSchema).min(1).optional(),
  training: z.array(BlockingRuleSchema).min(1).optional(),
  maxComparisons: z.number().int().positive().optional(),
  threshold: probability.optional(),
  reviewFrom: probability.optional(),
  oneToOne: z.boolean().optional(),
  uSamplePairs: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  prior: probability.optional(),
});

/**
 * Reads link settings from parsed JSON (a config file), with every problem located by its path
 * (`linkage/config` issues, e.g. `blocking[0].on`); `reviewFrom` above `threshold` is one of them.
 * Throws a `CiudataError` carrying all of them.
 *
 * @example
 * ```ts
 * parseLinkSettings(JSON.parse(text), { file: "link.json" }).threshold; //=> 0.95
 * ```
 */
export function parseLinkSettings(input: unknown, options: { file?: string } = {}): Partial<LinkSettings> {
  const parsed = LinkSettingsSchema.safeParse(input);
  const located = (issue: Issue): Issue =>
    options.file === undefined ? issue : { ...issue, params: { ...issue.params, file: options.file } };
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, input, { type: "linkage/config" }).map(located);
    throw new CiudataError(issues as [Issue, ...Issue[]]);
  }
  const settings = parsed.data;
  if (
    settings.threshold !== undefined &&
    settings.reviewFrom !== undefined &&
    settings.reviewFrom > settings.threshold
  ) {
    const issues = fromZodIssues(
      [{ code: "too_big", origin: "number", maximum: settings.threshold, path: ["reviewFrom"], message: "" }],
      input,
      { type: "linkage/config" },
    ).map(located);
    throw new CiudataError(issues as [Issue, ...Issue[]]);
  }
  return dropUndefined(settings) as Partial<LinkSettings>;
}

function dropUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
