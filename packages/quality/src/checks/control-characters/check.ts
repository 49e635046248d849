import { z } from "zod";
import { defineCheck } from "../_shared/descriptor";
import { columnOptions } from "../_shared/options";
import { controlCharacters } from "./control-characters";
import { controlCharactersIssues } from "./messages";

/** The `quality/control-characters` check, described once: id, dimension, options, wording, aliases and factory. */
export const controlCharactersCheck = defineCheck({
  id: "quality/control-characters",
  dimension: "validity",
  scope: "row",
  aliases: ["control-characters"],
  options: z.object(columnOptions).loose(),
  messages: controlCharactersIssues,
  create: (options) => controlCharacters(options),
});
