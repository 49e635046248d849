import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { count, fieldName, fieldNames, fn, severity } from "../_shared/options";
import { territoryCoverageIssues } from "./messages";
import { type TerritoryCoverageOptions, territoryCoverage } from "./territory-coverage";

/** The `quality/territory-coverage` check, described once: id, dimension, options, wording, aliases and factory. */
export const territoryCoverageCheck = defineCheck({
  id: "quality/territory-coverage",
  dimension: "bias",
  scope: "row",
  aliases: [],
  options: z
    .object({
      field: z.union([fieldName, fieldNames]),
      codeList: z.array(z.unknown()),
      normalise: z.union([z.boolean(), fn<(value: string) => string>()]).exactOptional(),
      maxListed: count.exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: territoryCoverageIssues,
  create: (options) => territoryCoverage(options as unknown as TerritoryCoverageOptions),
});
