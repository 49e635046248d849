import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldNames } from "../_shared/options";
import { deviatedCell } from "./deviated-cell";
import { deviatedCellIssues } from "./messages";

/** The `deviated-cell` check, described once: id, dimension, options, wording, aliases and factory. */
export const deviatedCellCheck = defineCheck({
  id: "deviated-cell",
  dimension: "accuracy",
  scope: "row",
  aliases: [],
  options: z
    .object({ interval: z.number().positive().exactOptional(), ignoreFields: fieldNames.exactOptional() })
    .loose(),
  messages: deviatedCellIssues,
  create: (options) => deviatedCell(options),
});
