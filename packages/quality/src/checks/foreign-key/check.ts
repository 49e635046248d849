import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { fieldName, fieldNames } from "../_shared/options";
import { type ForeignKeyOptions, foreignKey } from "./foreign-key";
import { foreignKeyIssues } from "./messages";

/** The `foreign-key` check, described once: id, dimension, options, wording, aliases and factory. */
export const foreignKeyCheck = defineCheck({
  id: "foreign-key",
  dimension: "consistency",
  scope: "row",
  aliases: [],
  options: z
    .object({
      fields: z.union([fieldName, fieldNames]),
      reference: z
        .object({
          resource: z.string().exactOptional(),
          fields: z.union([fieldName, fieldNames]).exactOptional(),
        })
        .exactOptional(),
      keys: z.custom<ReadonlySet<string>>((v) => v instanceof Set).exactOptional(),
    })
    .loose(),
  messages: foreignKeyIssues,
  create: (options) => foreignKey(options as ForeignKeyOptions),
});
