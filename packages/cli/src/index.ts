export type { ParseOptions, ParseResult } from "./args";
export { parseArgs } from "./args";
export { commands, findCommand, registerCommand } from "./commands";
export { helpCommand } from "./commands/help";
export type { UsageProblem } from "./errors";
export { UsageError } from "./errors";
export { GLOBAL_FLAGS } from "./flags";
export { commandHelp, globalHelp } from "./help-text";
export { isLang, LANGS, langFromEnv } from "./lang";
export type { CrashInfo, Messages } from "./locales";
export { localized, messages } from "./locales";
export { ISSUES_URL, run } from "./main";
export { suggest } from "./suggest";
export type {
  CliIO,
  Command,
  CommandContext,
  FlagSpec,
  FlagSpecs,
  Lang,
  LocalizedText,
  ParsedArgs,
} from "./types";
export { VERSION } from "./version";
