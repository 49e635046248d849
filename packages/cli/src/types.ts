import type { Lang } from "@ciudata/core";

/** A language the CLI speaks (the kernel's). Spanish first. */
export type { Lang };

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

/** How a flag is read: a switch (`--json`) or a flag that takes a value (`--lang en`). */
export interface FlagSpec {
  type: "boolean" | "string";
  /** One-letter alias, without the dash (`h` for `-h`). */
  short?: string;
  /** A string flag that may be given more than once: its values are kept, joined by commas. */
  repeatable?: boolean;
  /** Shown by `ciudata help <command>`; the value name for string flags goes in `usage`. */
  description: LocalizedText;
}

/** Flag specs by long name (without `--`). */
export type FlagSpecs = Record<string, FlagSpec>;

/** The command line once read: positionals in order, flags by long name. */
export interface ParsedArgs {
  /** Arguments that are not flags, in order; everything after `--` lands here too. */
  positionals: string[];
  /** Flags by long name: `true` for switches, the text for flags with a value. */
  flags: Record<string, string | boolean>;
}

/** What a command gets besides its arguments. */
export interface CommandContext {
  io: CliIO;
  /** The language chosen by `--lang` or the environment. */
  lang: Lang;
  /** The CLI version (`0.1.0`). */
  version: string;
  /** Every registered command, for commands such as `help` that list them. */
  commands: readonly Command[];
}

/** One `ciudata <name>` command. */
export interface Command {
  /** What users type (`inspect`). Lowercase, no spaces. */
  name: string;
  /** One line for the command list. */
  summary: LocalizedText;
  /** The usage block shown by `ciudata help <name>` and after a usage error. */
  usage: LocalizedText;
  /** Flags this command accepts on top of the global ones. */
  flags?: FlagSpecs;
  /**
   * Does the work and returns the exit code (0 ok). Throw `UsageError` (or any `CiudataError`) for user mistakes;
   * any other exception is reported as a bug.
   */
  run(args: ParsedArgs, ctx: CommandContext): Promise<number>;
}
