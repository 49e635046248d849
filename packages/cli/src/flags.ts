import { localized } from "./messages";
import { cliMessages } from "./messages/cli";
import type { FlagSpecs } from "./types";

/** Flags every command accepts, before or after the command name. */
export const GLOBAL_FLAGS: FlagSpecs = {
  help: { type: "boolean", short: "h", description: localized(cliMessages, "flagHelp") },
  version: { type: "boolean", short: "v", description: localized(cliMessages, "flagVersion") },
  lang: { type: "string", description: localized(cliMessages, "flagLang") },
};
