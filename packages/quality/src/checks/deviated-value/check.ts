import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldName } from "../_shared/options";
import { deviatedValue } from "./deviated-value";
import { deviatedValueIssues } from "./messages";

/** The `deviated-value` check, described once: id, dimension, options, wording, aliases and factory. */
export const deviatedValueCheck = defineCheck({
  id: "deviated-value",
  dimension: "accuracy",
  scope: "row",
  aliases: [],
  options: z
    .object({
      fieldName,
      interval: z.number().positive().exactOptional(),
      average: z.enum(["mean", "median", "mode"]).exactOptional(),
    })
    .loose(),
  messages: deviatedValueIssues,
  create: (options) => deviatedValue(options),
});
