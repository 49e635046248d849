import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { sequentialValueIssues } from "./messages";
import { sequentialValue } from "./sequential-value";

/** The `sequential-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const sequentialValueCheck = defineCheck({
  id: "sequential-value",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z.object({ fieldName }).loose(),
  messages: sequentialValueIssues,
  create: (options) => sequentialValue(options),
});
