import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { count } from "../_shared/options";
import { integrity } from "./integrity";
import { integrityIssues } from "./messages";

/** The `integrity` check, described once: id, dimension, options, wording, aliases and factory. */
export const integrityCheck = defineCheck({
  id: "integrity",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z
    .object({ hash: z.string().exactOptional(), bytes: count.exactOptional(), rows: count.exactOptional() })
    .loose(),
  messages: integrityIssues,
  create: (options) => integrity(options),
});
