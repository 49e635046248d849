import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { count } from "../_shared/options";
import { tableDimensionsIssues } from "./messages";
import { tableDimensions } from "./table-dimensions";

/** The `table-dimensions` check, described once: id, dimension, options, wording, aliases and factory. */
export const tableDimensionsCheck = defineCheck({
  id: "table-dimensions",
  dimension: "completeness",
  scope: "row",
  aliases: [],
  options: z
    .object({
      numRows: count.exactOptional(),
      minRows: count.exactOptional(),
      maxRows: count.exactOptional(),
      numFields: count.exactOptional(),
      minFields: count.exactOptional(),
      maxFields: count.exactOptional(),
    })
    .loose(),
  messages: tableDimensionsIssues,
  create: (options) => tableDimensions(options),
});
