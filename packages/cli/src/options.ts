import { LANGS } from "@ciudata/core";
import { type HelpText, helpText, type OptionSpec, REPORT_FORMATS } from "./declare";
import { cliMessages } from "./messages/cli";
import { ioMessages } from "./messages/io";
import { limitsMessages } from "./messages/limits";
import { sheetMessages } from "./messages/sheet";

// Options shared by many commands, declared once. Reading their values is the handlers' job (`io.ts`,
// `commands/_limits.ts`); declaring them here keeps the declarations free of table code.

/** Options every command accepts, before or after the command name. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", help: helpText(cliMessages, "flagHelp") },
  version: { type: "boolean", short: "v", help: helpText(cliMessages, "flagVersion") },
  lang: { type: "string", choices: LANGS, help: helpText(cliMessages, "flagLang") },
};

/** Options of every command that prints a report (`report` in its declaration). */
export const REPORT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  format: { type: "string", choices: REPORT_FORMATS, help: helpText(ioMessages, "flag.format") },
  json: { type: "boolean", help: helpText(ioMessages, "flag.json") },
};

/** `--out` of a command whose product is the report. */
export const REPORT_OUT: Readonly<Record<string, OptionSpec>> = {
  out: { type: "string", value: "file", help: helpText(ioMessages, "flag.out") },
};

/** `--limit name=value`: the reader limits of `@ciudata/table` (read by `readLimits`). */
export const LIMIT_OPTION: Readonly<Record<"limit", OptionSpec>> = {
  limit: {
    type: "string",
    multiple: true,
    value: "name=value",
    help: helpText(limitsMessages, "flag.limit"),
  },
};

/** `--limit-errors N`: how many errors a report lists (`0`: all); read by `readLimitErrors`. */
export const LIMIT_ERRORS_OPTION: Readonly<Record<"limit-errors", OptionSpec>> = {
  "limit-errors": { type: "string", value: "N", help: helpText(limitsMessages, "flag.limitErrors") },
};

/**
 * `--mask-all` of every command whose report shows cell values (read by `maskingOf`): personal columns
 * are always masked; with it, the values of the other columns are masked too.
 */
export const MASK_ALL_OPTION: Readonly<Record<"mask-all", OptionSpec>> = {
  "mask-all": { type: "boolean", help: helpText(ioMessages, "flag.maskAll") },
};

/** `--no-formula-escape` of every command that writes CSV (read by `escapeFormulas`). */
export const NO_FORMULA_ESCAPE: Readonly<Record<"no-formula-escape", OptionSpec>> = {
  "no-formula-escape": { type: "boolean", help: helpText(ioMessages, "flag.noFormulaEscape") },
};

/**
 * `--sheet <name|number>` of every command that opens its table through `openInput`: the sheet of a
 * spreadsheet to read (it reaches the command through `CommandContext.sheet`).
 */
export const SHEET_OPTION: Readonly<Record<"sheet", OptionSpec>> = {
  sheet: { type: "string", value: "name|n", help: helpText(sheetMessages, "flag.sheet") },
};

/**
 * `--columns a,b` and `--schema schema.json` of a command that reads some columns of a table, typed by a
 * schema (`stats`, `extract`), with that command's help texts.
 */
export function columnsAndSchema(help: {
  columns: HelpText;
  schema: HelpText;
}): Readonly<Record<"columns" | "schema", OptionSpec>> {
  return {
    columns: { type: "string", value: "a,b", help: help.columns },
    schema: { type: "string", value: "schema.json", input: true, help: help.schema },
  };
}
