import { localized } from "./locales";
import type { FlagSpecs } from "./types";

/** Flags every command accepts, before or after the command name. */
export const GLOBAL_FLAGS: FlagSpecs = {
  help: { type: "boolean", short: "h", description: localized((m) => m.flagHelp) },
  version: { type: "boolean", short: "v", description: localized((m) => m.flagVersion) },
  lang: { type: "string", description: localized((m) => m.flagLang) },
};
