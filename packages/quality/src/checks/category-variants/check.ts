import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldNames, severity } from "../_shared/options";
import { categoryVariants } from "./category-variants";
import { categoryVariantsIssues } from "./messages";

/** The `quality/category-variants` check, described once: id, dimension, options, wording, aliases and factory. */
export const categoryVariantsCheck = defineCheck({
  id: "quality/category-variants",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z
    .object({
      fields: fieldNames.exactOptional(),
      minClusterSize: z.number().int().positive().exactOptional(),
      ngram: z.union([z.number().int().positive(), z.literal(false)]).exactOptional(),
      synonyms: z.array(z.array(z.string())).exactOptional(),
      maxDistinct: z.number().int().positive().exactOptional(),
      maxClusters: z.number().int().positive().exactOptional(),
      severity: severity.exactOptional(),
    })
    .loose(),
  messages: categoryVariantsIssues,
  create: (options) => categoryVariants(options),
});
