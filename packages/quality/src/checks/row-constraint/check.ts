import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { rowConstraintIssues } from "./messages";
import { rowConstraint } from "./row-constraint";

/** The `row-constraint` check, described once: id, dimension, options, wording, aliases and factory. */
export const rowConstraintCheck = defineCheck({
  id: "row-constraint",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z.object({ formula: z.string().min(1) }).loose(),
  messages: rowConstraintIssues,
  create: (options) => rowConstraint(options),
});
