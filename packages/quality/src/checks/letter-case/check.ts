import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { count, fieldNames, severity } from "../_shared/options";
import { letterCase } from "./letter-case";
import { letterCaseIssues } from "./messages";

/** The `quality/letter-case` check, described once: id, dimension, options, wording, aliases and factory. */
export const letterCaseCheck = defineCheck({
  id: "quality/letter-case",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z
    .object({
      fields: fieldNames.exactOptional(),
      irregular: z.boolean().exactOptional(),
      examples: count.exactOptional(),
      maxDistinct: z.number().int().positive().exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: letterCaseIssues,
  create: (options) => letterCase(options),
});
