import { parseArgs as nodeParseArgs } from "node:util";
import type { ArgSpec, Command, OptionSpec, ParsedArgs } from "./declare";
import { UsageError } from "./errors";
import { GLOBAL_OPTIONS, REPORT_OPTIONS, REPORT_OUT } from "./options";
import { suggest } from "./suggest";

// Reading a command line against the declarations, on `node:util.parseArgs` (tokens, not strict): the
// checks and the messages (unknown option with "did you mean", missing value, a value outside the
// declared choices) are ours, so every mistake is a located `UsageError` in the user's language.

/** Option specs by long name (without `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Everything a command accepts: its own options, the report options if it prints one, the global ones. */
export function optionsOf(command: Command | undefined): OptionSpecs {
  if (command === undefined) return GLOBAL_OPTIONS;
  const report = command.report
    ? { ...REPORT_OPTIONS, ...(command.report.out === "report" ? REPORT_OUT : {}) }
    : {};
  return { ...command.options, ...report, ...GLOBAL_OPTIONS };
}

/** `parseOptions` result: the parsed part and, with `stopAtPositional`, the tokens from there on. */
export interface ParseResult extends ParsedArgs {
  /** Tokens from the first positional on (empty unless `stopAtPositional`). */
  rest: string[];
}

/**
 * Reads a command line against declared options: `--name value`, `--name=value`, switches, `-x`
 * aliases, `--` (everything after it is positional); a negative number or `-` alone is a value. An
 * unknown option ("did you mean"), a missing value, `--switch=maybe` or a value outside `choices`
 * throws `UsageError`. A `multiple` option keeps every value, joined by commas.
 *
 * @example
 * ```ts
 * parseOptions(["a.csv", "--lang=en", "--json"], { ...GLOBAL_OPTIONS, json: { type: "boolean", help } });
 * // { positionals: ["a.csv"], flags: { lang: "en", json: true }, rest: [] }
 * ```
 */
export function parseOptions(
  argv: readonly string[],
  specs: OptionSpecs,
  options: { stopAtPositional?: boolean } = {},
): ParseResult {
  const result: ParseResult = { positionals: [], flags: {}, rest: [] };
  let args = [...argv];
  if (options.stopAtPositional) {
    const first = firstPositional(argv, specs);
    result.rest = argv.slice(first);
    args = argv.slice(0, first);
  }
  const { tokens } = nodeParseArgs({
    args,
    options: nodeOptions(specs),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let afterTerminator = false;
  for (const token of tokens) {
    if (token.kind === "option-terminator") {
      afterTerminator = true;
      continue;
    }
    if (token.kind === "positional" || afterTerminator) {
      result.positionals.push(args[token.index] as string);
      continue;
    }
    // A negative number is a value, not the option `-7`.
    if (/^-\d/.test(token.rawName)) {
      result.positionals.push(args[token.index] as string);
      continue;
    }
    const spec = Object.hasOwn(specs, token.name) ? specs[token.name] : undefined;
    if (spec === undefined) throw unknownOption(token.rawName, specs);
    const written = token.rawName;
    if (spec.type === "boolean") {
      result.flags[token.name] = readBoolean(written, token.value);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && isOptionLike(value))) {
      throw new UsageError({ kind: "missing-value", flag: written });
    }
    checkChoice(written, value, spec.choices);
    const before = result.flags[token.name];
    result.flags[token.name] = spec.multiple && typeof before === "string" ? `${before},${value}` : value;
  }
  return result;
}

/**
 * Checks the positionals against a command's declared arguments: a missing required one, one too many,
 * or a value outside `choices` ("did you mean") is a `UsageError`.
 *
 * @example
 * ```ts
 * checkArguments(["hola"], [{ name: "subcommand", choices: ["check", "status"] }]); // throws, bad-choice
 * ```
 */
export function checkArguments(positionals: readonly string[], specs: readonly ArgSpec[] = []): void {
  specs.forEach((spec, i) => {
    const value = positionals[i];
    if (value === undefined) {
      if (!spec.optional) throw new UsageError({ kind: "missing-argument", argument: spec.name });
      return;
    }
    checkChoice(`<${spec.name}>`, value, spec.choices);
  });
  const last = specs.at(-1);
  const extra = positionals[specs.length];
  if (extra !== undefined && !last?.variadic)
    throw new UsageError({ kind: "extra-argument", argument: extra });
}

function nodeOptions(specs: OptionSpecs) {
  const out: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    out[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  }
  return out;
}

/** Where the first positional is, skipping options and the values they take. */
function firstPositional(argv: readonly string[], specs: OptionSpecs): number {
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === "--" || !isOptionLike(token)) return i;
    if (token.includes("=")) continue;
    const name = token.startsWith("--") ? token.slice(2) : shortName(token.slice(1), specs);
    if (name !== undefined && specs[name]?.type === "string") i++;
  }
  return argv.length;
}

function shortName(short: string, specs: OptionSpecs): string | undefined {
  return Object.entries(specs).find(([, spec]) => spec.short === short)?.[0];
}

/** `-x` and `--xy` look like options; `-` alone (stdin) and negative numbers are values. */
function isOptionLike(token: string): boolean {
  return token.length > 1 && token.startsWith("-") && !/^-\d/.test(token);
}

function readBoolean(flag: string, inline: string | undefined): boolean {
  if (inline === undefined || inline === "true") return true;
  if (inline === "false") return false;
  throw new UsageError({ kind: "bad-boolean", flag, value: inline });
}

function unknownOption(written: string, specs: OptionSpecs): UsageError {
  const typed = written.replace(/^-+/, "");
  const long = suggest(typed, Object.keys(specs));
  return new UsageError({
    kind: "unknown-flag",
    flag: written,
    ...(long ? { suggestion: `--${long}` } : {}),
  });
}

function checkChoice(written: string, value: string, choices: readonly string[] | undefined): void {
  if (choices === undefined || choices.includes(value)) return;
  const suggestion = suggest(value, choices);
  throw new UsageError({
    kind: "bad-choice",
    flag: written,
    value,
    choices: choices.join(", "),
    ...(suggestion ? { suggestion } : {}),
  });
}
