import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { requiredValueIssues } from "./messages";
import { requiredValue } from "./required-value";

/** The `required-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const requiredValueCheck = defineCheck({
  id: "required-value",
  dimension: "completeness",
  scope: "row",
  aliases: [],
  options: z.object({ fieldName, values: z.array(z.unknown()) }).loose(),
  messages: requiredValueIssues,
  create: (options) => requiredValue(options),
});
