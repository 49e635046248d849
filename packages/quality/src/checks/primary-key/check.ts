import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { primaryKeyIssues } from "./messages";
import { primaryKey } from "./primary-key";

/** The `primary-key` check, described once: id, dimension, options, wording, aliases and factory. */
export const primaryKeyCheck = defineCheck({
  id: "primary-key",
  dimension: "uniqueness",
  scope: "row",
  aliases: [],
  options: z.object({ fieldNames: fieldNames.exactOptional() }).loose(),
  messages: primaryKeyIssues,
  create: (options) => primaryKey(options),
});
