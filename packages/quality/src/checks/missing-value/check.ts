import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { columnOptions } from "../_shared/options";
import { missingValueIssues } from "./messages";
import { missingValue } from "./missing-value";

/** The `quality/missing-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const missingValueCheck = defineCheck({
  id: "quality/missing-value",
  dimension: "completeness",
  scope: "row",
  aliases: ["missing-value"],
  options: z.object(columnOptions).loose(),
  messages: missingValueIssues,
  create: (options) => missingValue(options),
});
