import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { forbiddenValue } from "./forbidden-value";
import { forbiddenValueIssues } from "./messages";

/** The `forbidden-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const forbiddenValueCheck = defineCheck({
  id: "forbidden-value",
  dimension: "accuracy",
  scope: "row",
  aliases: [],
  options: z.object({ fieldName, values: z.array(z.unknown()) }).loose(),
  messages: forbiddenValueIssues,
  create: (options) => forbiddenValue(options),
});
