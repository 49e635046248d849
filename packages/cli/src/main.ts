import { CiudataError, type Lang, translator } from "@ciudata/core";
import { commands, findCommand } from "./commands";
import type { Command, CommandContext, ParsedArgs } from "./declare";
import { UsageError } from "./errors";
import { EXIT_CRASH, EXIT_OK, EXIT_USAGE } from "./exit-codes";
import { commandHelp, globalHelp, helpString } from "./help-text";
import { langFromEnv } from "./lang";
import { cliMessages } from "./messages/cli";
import { GLOBAL_OPTIONS } from "./options";
import { checkArguments, optionsOf, parseOptions } from "./parse";
import { suggest } from "./suggest";
import type { CliIO } from "./types";
import { VERSION } from "./version";

/** Where people report bugs; printed after an unexpected error. */
export const ISSUES_URL = "https://github.com/ciudata/ciudata/issues";

/**
 * Runs the `ciudata` command line and returns the exit code: 0 ok, 2 usage mistake or input the
 * library refused (message and usage on stderr), 1 unexpected error (what to report on stderr; the stack only with
 * `CIUDATA_DEBUG=1`). Never throws and never exits the process.
 *
 * @param argv The arguments after `ciudata` (`process.argv.slice(2)`).
 * @param io Output, environment and working directory; each defaults to the real process.
 * @example
 * ```ts
 * let out = "";
 * const code = await run(["--lang", "en", "help"], { stdout: (s) => (out += s) });
 * // code === 0, out starts with "ciudata 0.1.0 — tools for city data teams"
 * ```
 */
export async function run(argv: readonly string[], io: Partial<CliIO> = {}): Promise<number> {
  const cli: CliIO = { ...defaultIO(), ...io };
  let lang: Lang = langFromEnv(cli.env);
  let command: Command | undefined;
  try {
    const head = parseOptions(argv, GLOBAL_OPTIONS, { stopAtPositional: true });
    lang = chooseLang(head.flags.lang, lang);
    const [name, ...rest] = head.rest;
    if (name !== undefined) command = findCommand(name) ?? unknownCommand(name);
    const args = parseOptions(rest, optionsOf(command));
    lang = chooseLang(args.flags.lang, lang);
    const wants = (flag: string) => args.flags[flag] === true || head.flags[flag] === true;
    if (wants("version")) {
      cli.stdout(`${VERSION}\n`);
      return EXIT_OK;
    }
    if (command === undefined || wants("help")) {
      cli.stdout(command ? commandHelp(command, lang) : globalHelp(lang, VERSION, commands));
      return EXIT_OK;
    }
    checkArguments(args.positionals, command.args);
    const sheet = args.flags.sheet;
    const ctx: CommandContext = {
      io: cli,
      lang,
      version: VERSION,
      commands,
      ...(typeof sheet === "string" && sheet !== "" ? { sheet } : {}),
    };
    return await execute(command, withoutGlobalFlags(args), ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      await reportUsageError(error, command, lang, cli);
      return EXIT_USAGE;
    }
    // Input the library refused (not a table, empty, over a reader limit, an output over its input, a
    // path outside a folder…): its located message in the user's language, exit 2, never "a bug".
    if (error instanceof CiudataError) {
      const { issueText } = await import("./catalogs");
      for (const e of error.errors) cli.stderr(`ciudata: ${issueText(e, lang)}\n`);
      return EXIT_USAGE;
    }
    reportCrash(error, argv, lang, cli);
    return EXIT_CRASH;
  }
}

function defaultIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}

/**
 * Runs a declared command: imports its handler (and, for a report, the output module), refuses a report
 * `--out` that names one of the declared inputs before anything is read, and prints the report returned.
 */
async function execute(command: Command, args: ParsedArgs, ctx: CommandContext): Promise<number> {
  const outIsReport = command.report?.out === "report";
  const inputs = declaredInputs(command, args);
  const io = command.report ? await import("./io") : undefined;
  if (io && outIsReport) io.refuseOverwrite(ctx, [args.flags.out as string | undefined], inputs);
  const handler = await command.load();
  const outcome = await handler(args, ctx);
  if (typeof outcome === "number") return outcome;
  if (io) await io.printReport(ctx, args, outcome.report, { outIsReport, inputs });
  return outcome.exitCode;
}

/** The files a command line names as inputs (arguments and options declared `input`). */
function declaredInputs(command: Command, args: ParsedArgs): string[] {
  const inputs: string[] = [];
  (command.args ?? []).forEach((spec, i) => {
    if (!spec.input) return;
    inputs.push(...(spec.variadic ? args.positionals.slice(i) : [args.positionals[i] ?? ""]));
  });
  for (const [name, spec] of Object.entries(command.options ?? {})) {
    const value = args.flags[name];
    if (spec.input && typeof value === "string") inputs.push(value);
  }
  return inputs.filter((p) => p !== "" && p !== "-");
}

function chooseLang(value: string | boolean | undefined, fallback: Lang): Lang {
  return typeof value === "string" ? (value as Lang) : fallback;
}

function unknownCommand(name: string): never {
  const suggestion = suggest(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError({ kind: "unknown-command", command: name, ...(suggestion ? { suggestion } : {}) });
}

function withoutGlobalFlags(args: ParsedArgs): ParsedArgs {
  const flags = Object.fromEntries(Object.entries(args.flags).filter(([name]) => !(name in GLOBAL_OPTIONS)));
  return { positionals: args.positionals, flags };
}

async function reportUsageError(
  error: UsageError,
  command: Command | undefined,
  lang: Lang,
  io: CliIO,
): Promise<void> {
  const { t } = translator(cliMessages, lang);
  const { problem } = error;
  // A library's issue is worded by its package's catalog, loaded only now.
  const text =
    problem.kind === "issue"
      ? (await import("./catalogs")).issueText(problem.issue, lang)
      : t("usageProblem", problem);
  const usage = command
    ? [t("usageHeading"), ...firstParagraph(helpString(command.usage, lang)).map((line) => `  ${line}`)]
    : [t("usageLine")];
  io.stderr(`ciudata: ${text}\n\n${usage.join("\n")}\n${t("seeHelp", { command: command?.name })}\n`);
}

function firstParagraph(text: string): string[] {
  const end = text.indexOf("\n\n");
  return (end === -1 ? text : text.slice(0, end)).split("\n");
}

function reportCrash(error: unknown, argv: readonly string[], lang: Lang, io: CliIO): void {
  const { t } = translator(cliMessages, lang);
  const debug = io.env.CIUDATA_DEBUG === "1" || io.env.CIUDATA_DEBUG === "true";
  const text = error instanceof Error ? error.message || error.name : String(error);
  const info = {
    commandLine: argv.join(" "),
    version: VERSION,
    node: process.version,
    error: text,
    issuesUrl: ISSUES_URL,
  };
  const detail =
    debug && error instanceof Error && error.stack ? `\n\n${error.stack}` : `\n${t("debugHint")}`;
  io.stderr(`${t("crash", info)}${detail}\n`);
}
