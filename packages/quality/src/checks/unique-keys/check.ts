import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { uniqueErrorIssues } from "../unique-error/messages";
import { uniqueKeys } from "./unique-keys";

/** The `unique-keys` check, described once: id, dimension, options, wording, aliases and factory. */
export const uniqueKeysCheck = defineCheck({
  id: "unique-keys",
  dimension: "uniqueness",
  scope: "row",
  aliases: [],
  options: z.object({ keys: z.array(fieldNames).exactOptional() }).loose(),
  messages: uniqueErrorIssues,
  create: (options) => uniqueKeys(options),
});
