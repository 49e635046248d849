import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { count, fieldName, fieldNames, severity } from "../_shared/options";
import { missingByGroupIssues } from "./messages";
import { missingByGroup } from "./missing-by-group";

/** The `quality/missing-by-group` check, described once: id, dimension, options, wording, aliases and factory. */
export const missingByGroupCheck = defineCheck({
  id: "quality/missing-by-group",
  dimension: "bias",
  scope: "row",
  aliases: [],
  options: z
    .object({
      groupBy: z.union([fieldName, fieldNames]),
      fields: fieldNames.exactOptional(),
      minGroupSize: count.exactOptional(),
      ratio: z.number().positive().exactOptional(),
      minDifference: z.number().nonnegative().exactOptional(),
      maxGroups: count.exactOptional(),
      maxReports: count.exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: missingByGroupIssues,
  create: (options) => missingByGroup(options),
});
