import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { dateInput, fieldName, severity } from "../_shared/options";
import { freshness } from "./freshness";
import { freshnessIssues } from "./messages";

/** The `quality/freshness` check, described once: id, dimension, options, wording, aliases and factory. */
export const freshnessCheck = defineCheck({
  id: "quality/freshness",
  dimension: "timeliness",
  scope: "row",
  aliases: ["quality/stale-data"],
  options: z
    .object({
      field: fieldName,
      asOf: dateInput,
      maxAge: z.union([z.string(), z.number()]),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: freshnessIssues,
  create: (options) => freshness(options),
});
