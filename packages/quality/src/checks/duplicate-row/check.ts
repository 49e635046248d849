import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { duplicateRow } from "./duplicate-row";
import { duplicateRowIssues } from "./messages";

/**
 * The `duplicate-row` check, described once: id, dimension, options, wording, aliases and factory.
 *
 * @example
 * ```ts
 * duplicateRowCheck.create(duplicateRowCheck.options.parse({}));
 * ```
 */
export const duplicateRowCheck = defineCheck({
  id: "duplicate-row",
  dimension: "uniqueness",
  scope: "row",
  aliases: [],
  options: z.object({}).loose(),
  messages: duplicateRowIssues,
  create: () => duplicateRow(),
});
