import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { columnOptions } from "../_shared/options";
import { whitespaceIssues } from "./messages";
import { whitespace } from "./whitespace";

/** The `quality/whitespace` check, described once: id, dimension, options, wording, aliases and factory. */
export const whitespaceCheck = defineCheck({
  id: "quality/whitespace",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z.object(columnOptions).loose(),
  messages: whitespaceIssues,
  create: (options) => whitespace(options),
});
