export { issueCatalogs } from "./catalogs";
export { commands, findCommand, registerCommand } from "./commands";
export { helpCommand } from "./commands/help/command";
export { defineCommand, helpText, helpTexts, REPORT_FORMATS, type TextKey } from "./declare";
export { type Block, type Doc, docHtml, docMarkdown, docText } from "./doc";
export type { UsageProblem, WordedProblem } from "./errors";
export { USAGE_ISSUE, UsageError } from "./errors";
export { EXIT_CRASH, EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
export { commandHelp, globalHelp, helpString } from "./help-text";
export { isLang, LANGS, langFromEnv } from "./lang";
export { ISSUES_URL, run } from "./main";
export { localized } from "./messages";
export { type CrashInfo, cliMessages } from "./messages/cli";
export { cliIssues } from "./messages/issues";
export { GLOBAL_OPTIONS } from "./options";
export { type OptionSpecs, type ParseResult, parseOptions } from "./parse";
export { suggest } from "./suggest";
export type {
  ArgSpec,
  CliIO,
  Command,
  CommandContext,
  Handler,
  HelpText,
  Lang,
  LocalizedText,
  OptionSpec,
  Outcome,
  ParsedArgs,
  Printable,
  ReportFormat,
} from "./types";
export { VERSION } from "./version";
