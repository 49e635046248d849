import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fn, severity } from "../_shared/options";
import { requiredDimensionsIssues } from "./messages";
import { type DimensionDetector, requiredDimensions } from "./required-dimensions";

/** The `quality/required-dimensions` check, described once: id, dimension, options, wording, aliases and factory. */
export const requiredDimensionsCheck = defineCheck({
  id: "quality/required-dimensions",
  dimension: "bias",
  scope: "row",
  aliases: ["quality/missing-dimension"],
  options: z
    .object({
      required: z.array(z.string()).exactOptional(),
      synonyms: z.record(z.string(), z.array(z.string())).exactOptional(),
      delegate: z.union([z.boolean(), fn<DimensionDetector>()]).exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: requiredDimensionsIssues,
  create: (options) => requiredDimensions(options),
});
