import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { severity } from "../_shared/options";
import { type CrossFieldOptions, crossField } from "./cross-field";
import { crossFieldIssues } from "./messages";

/**
 * The `quality/cross-field` check, described once: id, dimension, options, wording, aliases and factory.
 *
 * @example
 * ```ts
 * crossFieldCheck.create(crossFieldCheck.options.parse({}));
 * ```
 */
export const crossFieldCheck = defineCheck({
  id: "quality/cross-field",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z.object({ rules: z.array(z.object({}).loose()), severity: severity.exactOptional() }).loose(),
  messages: crossFieldIssues,
  create: (options) => crossField(options as unknown as CrossFieldOptions),
});
