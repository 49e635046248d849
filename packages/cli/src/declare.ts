import type { Catalog, Lang, PerLang } from "@ciudata/core";
import type { Doc } from "./doc";

// What a command declares: its name, arguments, options and help, and where its code lives. The
// declaration is cheap to load (text catalogs only); the handler is imported only when the command runs,
// so `ciudata --version` and `ciudata help` never load a table reader.

/** A text in every language the CLI speaks. */
export type LocalizedText = Record<Lang, string>;

/** Where the CLI writes and what it reads from its environment; injectable for tests. */
export interface CliIO {
  /** Writes a chunk to standard output, as is (add your own `\n`). */
  stdout: (s: string) => void;
  /** Writes a chunk to standard error, as is (add your own `\n`). */
  stderr: (s: string) => void;
  /** The environment (`LANG`, `LC_ALL`, `CIUDATA_DEBUG`…). */
  env: Record<string, string | undefined>;
  /** The working directory relative paths are resolved against. */
  cwd: string;
  /** True when standard error is a terminal: progress bars are drawn only there. */
  stderrIsTTY?: boolean;
}

/**
 * The formats every command that prints a report accepts with `--format` (`--json` is `--format json`);
 * `github` (GitHub Actions annotations) only where the report has that rendering (`validate`).
 */
export const REPORT_FORMATS = ["text", "json", "md", "html", "github"] as const;

/** A report format: plain text, JSON, Markdown, one self-contained HTML page, or GitHub annotations. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The keys of a catalog whose message is a plain string (usable as help text). */
export type TextKey<C extends Catalog> = {
  [K in keyof C & string]: C[K] extends string ? K : never;
}[keyof C & string];

/** A help text: a key of a catalog whose message takes no parameters, rendered in the user's language. */
export interface HelpText {
  readonly catalog: PerLang<Catalog>;
  readonly key: string;
}

/**
 * A help text from a catalog key (checked at compile time).
 *
 * @example
 * ```ts
 * const help = helpText(validateMessages, "flag.schema");
 * ```
 */
export function helpText<C extends Catalog>(catalog: PerLang<C>, key: TextKey<C>): HelpText {
  return { catalog: catalog as unknown as PerLang<Catalog>, key };
}

/**
 * The help texts of one catalog: a function from a key (checked at compile time) to its `HelpText`.
 *
 * @example
 * ```ts
 * const help = helpTexts(validateMessages);
 * const options = { schema: { type: "string", help: help("flag.schema") } };
 * ```
 */
export function helpTexts<C extends Catalog>(catalog: PerLang<C>): (key: TextKey<C>) => HelpText {
  return (key) => helpText(catalog, key);
}

/** One option a command accepts (`--name`), declared. */
export interface OptionSpec {
  /** A switch (`--json`) or an option that takes a value (`--schema esquema.json`). */
  readonly type: "boolean" | "string";
  /** One-letter alias without the dash (`h` for `-h`). */
  readonly short?: string;
  /** May be given more than once; the values are kept in order, joined by commas. */
  readonly multiple?: boolean;
  /** The only values accepted; anything else is a usage error with "did you mean". */
  readonly choices?: readonly string[];
  /** The value's name in the help (`<file>`); defaults to the option's name. */
  readonly value?: string;
  /** Names a file the command reads: `--out` may never be it. */
  readonly input?: boolean;
  /** What it does, for `ciudata help <command>`. */
  readonly help: HelpText;
}

/** One positional argument a command takes, declared. */
export interface ArgSpec {
  /** Its name in messages and help (`file`). */
  readonly name: string;
  /** Missing is a usage error (default: required). */
  readonly optional?: boolean;
  /** The last argument may take every remaining positional. */
  readonly variadic?: boolean;
  /** The only values accepted (a subcommand); anything else gets "did you mean". */
  readonly choices?: readonly string[];
  /** Names a file the command reads: `--out` may never be it. */
  readonly input?: boolean;
}

/** The command line once read against a declaration: positionals in order, options by long name. */
export interface ParsedArgs {
  /** Arguments that are not options, in order; everything after `--` lands here too. */
  positionals: string[];
  /** Options by long name: `true` for switches, the text for options with a value. */
  flags: Record<string, string | boolean>;
}

/** What a handler gets besides its arguments. */
export interface CommandContext {
  io: CliIO;
  /** The language chosen by `--lang` or the environment. */
  lang: Lang;
  /** The CLI version (`0.1.0`). */
  version: string;
  /** Every registered command, for commands such as `help` that list them. */
  commands: readonly Command[];
  /** The sheet of a spreadsheet input chosen with `--sheet` (name or 1-based number), if any. */
  sheet?: string;
}

/**
 * A report a handler hands back for the CLI to print in the format asked (`--format`, `--json`, the
 * extension of `--out`) to standard output or, atomically, to `--out`. Give `json` and either `doc` or the
 * renderings you have; the missing ones are made from `doc`.
 */
export interface Printable {
  /** The data for `--format json` (printed with two-space indentation). */
  json: () => unknown;
  /** A document the text, Markdown and HTML renderings are made from when not given. */
  doc?: () => Doc;
  text?: () => string;
  md?: () => string;
  html?: () => string;
  /** GitHub Actions workflow commands (`::error file=…,line=…::…`); without it `--format github` is refused. */
  github?: () => string;
}

/** What a handler returns: an exit code, or an exit code and a report to print. */
export type Outcome = number | { exitCode: number; report: Printable };

/**
 * The code of a command: reads the parsed arguments and returns an exit code or a report. Throw
 * `UsageError` (or any `CiudataError`) for user mistakes; anything else is reported as a bug.
 */
export type Handler = (args: ParsedArgs, ctx: CommandContext) => Promise<Outcome>;

/** One `ciudata <name>` command, declared. */
export interface Command {
  /** What users type (`inspect`). Lowercase, no spaces. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: HelpText;
  /** The usage block of `ciudata help <name>`, also shown after a usage error (first paragraph). */
  readonly usage: HelpText;
  /** Positional arguments, in order. */
  readonly args?: readonly ArgSpec[];
  /** Options on top of the global ones (`--help`, `--version`, `--lang`). */
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /**
   * The command prints a report: it accepts `--format text|json|md|html` and `--json`; `--out <file>`
   * writes the report there, unless `out: "data"`, where `--out` is the data the command writes (declare
   * that `out` option yourself).
   */
  readonly report?: { readonly out: "report" | "data" };
  /** Imports the handler (lazily: a command's code loads only when it runs). */
  readonly load: () => Promise<Handler>;
}

/**
 * Declares a command (identity, typed).
 *
 * @example
 * ```ts
 * export const hola = defineCommand({
 *   name: "hola",
 *   summary: helpText(holaMessages, "summary"),
 *   usage: helpText(holaMessages, "usage"),
 *   args: [{ name: "name", optional: true }],
 *   load: async () => async (args, ctx) => (ctx.io.stdout(`¡hola ${args.positionals[0] ?? ""}!\n`), 0),
 * });
 * ```
 */
export function defineCommand(command: Command): Command {
  return command;
}
