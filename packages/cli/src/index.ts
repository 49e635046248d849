export type { ParseOptions, ParseResult } from "./args";
export { parseArgs } from "./args";
export { issueCatalogs } from "./catalogs";
export { commands, findCommand, registerCommand } from "./commands";
export { helpCommand } from "./commands/help";
export type { UsageProblem } from "./errors";
export { USAGE_ISSUE, UsageError } from "./errors";
export { EXIT_CRASH, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
export { GLOBAL_FLAGS } from "./flags";
export { commandHelp, globalHelp } from "./help-text";
export { isLang, LANGS, langFromEnv } from "./lang";
export { ISSUES_URL, run } from "./main";
export { localized } from "./messages";
export { type CrashInfo, cliMessages } from "./messages/cli";
export { cliIssues } from "./messages/issues";
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
