import { CiudataError, type Lang, translator } from "@ciudata/core";
import { parseArgs } from "./args";
import { issueText } from "./catalogs";
import { commands, findCommand } from "./commands";
import { UsageError } from "./errors";
import { EXIT_CRASH, EXIT_OK, EXIT_USAGE } from "./exit-codes";
import { GLOBAL_FLAGS } from "./flags";
import { commandHelp, globalHelp } from "./help-text";
import { isLang, langFromEnv } from "./lang";
import { cliMessages } from "./messages/cli";
import { suggest } from "./suggest";
import type { CliIO, Command, CommandContext, ParsedArgs } from "./types";
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
    const head = parseArgs(argv, GLOBAL_FLAGS, { stopAtPositional: true });
    lang = chooseLang(head.flags.lang, lang);
    const [name, ...rest] = head.rest;
    if (name !== undefined) command = findCommand(name) ?? unknownCommand(name);
    const args = parseArgs(rest, command?.flags ? { ...GLOBAL_FLAGS, ...command.flags } : GLOBAL_FLAGS);
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
    const ctx: CommandContext = { io: cli, lang, version: VERSION, commands };
    return await command.run(withoutGlobalFlags(args), ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      reportUsageError(error, command, lang, cli);
      return EXIT_USAGE;
    }
    // Input the library refused (not a table, empty, over a reader limit, an output over its input, a
    // path outside a folder…): its located message in the user's language, exit 2, never "a bug".
    if (error instanceof CiudataError) {
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

function chooseLang(value: string | boolean | undefined, fallback: Lang): Lang {
  if (typeof value !== "string") return fallback;
  if (!isLang(value)) throw new UsageError({ kind: "bad-lang", value });
  return value;
}

function unknownCommand(name: string): never {
  const suggestion = suggest(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError({ kind: "unknown-command", command: name, ...(suggestion ? { suggestion } : {}) });
}

function withoutGlobalFlags(args: ParsedArgs): ParsedArgs {
  const flags = Object.fromEntries(Object.entries(args.flags).filter(([name]) => !(name in GLOBAL_FLAGS)));
  return { positionals: args.positionals, flags };
}

function reportUsageError(error: UsageError, command: Command | undefined, lang: Lang, io: CliIO): void {
  const { t } = translator(cliMessages, lang);
  const usage = command
    ? [t("usageHeading"), ...firstParagraph(command.usage[lang]).map((line) => `  ${line}`)]
    : [t("usageLine")];
  io.stderr(
    `ciudata: ${t("usageProblem", error.problem)}\n\n${usage.join("\n")}\n${t("seeHelp", { command: command?.name })}\n`,
  );
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
