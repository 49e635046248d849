import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { dateInput, severity } from "../_shared/options";
import { periodicityIssues } from "./messages";
import { type PeriodicityCheckOptions, periodicity } from "./periodicity";

/** The `quality/periodicity` check, described once: id, dimension, options, wording, aliases and factory. */
export const periodicityCheck = defineCheck({
  id: "quality/periodicity",
  dimension: "timeliness",
  scope: "row",
  aliases: ["quality/overdue-update"],
  options: z
    .object({
      asOf: dateInput,
      accrualPeriodicity: z.string().exactOptional(),
      modified: z.string().exactOptional(),
      grace: z.union([z.string(), z.number()]).exactOptional(),
      reportMetadata: z.boolean().exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: periodicityIssues,
  create: (options) => periodicity(options as PeriodicityCheckOptions),
});
