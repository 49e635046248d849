import { z } from "zod";
import { defineRowCheck } from "../_shared/descriptor";
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
export const duplicateRowCheck = defineRowCheck(
  "duplicate-row",
  "uniqueness",
  duplicateRowIssues,
  duplicateRow,
  z.object({ keyBudget: z.number().int().min(0).optional() }).loose(),
);
