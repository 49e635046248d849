import type { Lang } from "@ciudata/core";
import type { Check, TableError } from "@ciudata/table";
import type { z } from "zod";
import { defineCheck } from "../checks/_shared/descriptor";
import { ruleIssues } from "./messages";
import { type FileRule, type RuleOptions, RuleOptionsSchema, type TableRule } from "./rule";

/** What a file rule reads: the task's `detected` (encoding, dialect, header rows). */
export type DetectedTask = { readonly detected: Readonly<Record<string, unknown>> };

/** What every guide rule's descriptor says the same way: id, alias, dimension and wording. */
const ruleIdentity = (rule: string) =>
  ({
    id: `quality/profile/${rule}`,
    dimension: "validity",
    aliases: [rule],
    messages: ruleIssues(rule),
  }) as const;

/**
 * Declares a guide rule checked while the table is read: id `quality/profile/<rule>`, alias
 * `<rule>`, dimension validity, wording `ruleIssues(rule)`; options default to `RuleOptionsSchema`.
 *
 * @example
 * ```ts
 * export const isoDateRule = defineTableRule("iso-date", (options) => isoDate(options));
 * ```
 */
export function defineTableRule<O extends RuleOptions = RuleOptions>(
  rule: string,
  create: (options: O) => Check,
  options: z.ZodType<object> = RuleOptionsSchema,
): TableRule {
  return defineCheck({
    ...ruleIdentity(rule),
    scope: "row",
    options,
    create: (parsed) => create(parsed as O),
  });
}

/**
 * Declares a guide rule checked once the read is over, on what the reader detected: id
 * `quality/profile/<rule>`, alias `<rule>`, dimension validity, options `RuleOptionsSchema`.
 *
 * @example
 * ```ts
 * export const delimiterRule = defineFileRule("delimiter", delimiterFindings);
 * ```
 */
export function defineFileRule(
  rule: string,
  findings: (task: DetectedTask, options: RuleOptions, lang: Lang) => TableError[],
): FileRule {
  return defineCheck({
    ...ruleIdentity(rule),
    scope: "file",
    options: RuleOptionsSchema,
    create: (options) => (detected, lang) => findings({ detected }, options as RuleOptions, lang),
  });
}
