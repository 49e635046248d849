import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { dateInput, fieldName, severity } from "../_shared/options";
import { ageConsistency } from "./age-consistency";
import { ageConsistencyIssues } from "./messages";

/** The `quality/age-consistency` check, described once: id, dimension, options, wording, aliases and factory. */
export const ageConsistencyCheck = defineCheck({
  id: "quality/age-consistency",
  dimension: "consistency",
  scope: "row",
  aliases: ["quality/age-mismatch"],
  options: z
    .object({
      age: fieldName,
      birthDate: fieldName,
      asOf: dateInput.exactOptional(),
      asOfField: fieldName.exactOptional(),
      tolerance: z.number().nonnegative().exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: ageConsistencyIssues,
  create: (options) => ageConsistency(options),
});
