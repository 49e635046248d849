import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { uniqueErrorIssues } from "./messages";
import { uniqueValues } from "./unique-error";

/** The `unique-error` check, described once: id, dimension, options, wording, aliases and factory. */
export const uniqueErrorCheck = defineCheck({
  id: "unique-error",
  dimension: "uniqueness",
  scope: "row",
  aliases: [],
  options: z.object({ fieldNames: fieldNames.exactOptional() }).loose(),
  messages: uniqueErrorIssues,
  create: (options) => uniqueValues(options),
});
