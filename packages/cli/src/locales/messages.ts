import type { UsageProblem } from "../errors";

/** What a bug report should carry; shown when a command fails unexpectedly. */
export interface CrashInfo {
  /** The command line as typed, after `ciudata`. */
  commandLine: string;
  version: string;
  node: string;
  /** The error's own message. */
  error: string;
  issuesUrl: string;
}

/** Every text the CLI shows, for one language. Wording only: no logic beyond filling in values. */
export interface Messages {
  tagline: string;
  usageLine: string;
  commandsHeading: string;
  optionsHeading: string;
  usageHeading: string;
  flagHelp: string;
  flagVersion: string;
  flagLang: string;
  moreHelp: string;
  noCommandsYet: string;
  /** One line saying what was typed wrong. */
  usageProblem: (problem: UsageProblem) => string;
  /** Where to look after a usage error, for a command or the whole CLI. */
  seeHelp: (command?: string) => string;
  /** The bug-report message after an unexpected exception. */
  crash: (info: CrashInfo) => string;
  /** Shown after the crash message when `CIUDATA_DEBUG` is not set. */
  debugHint: string;
  help: { summary: string; usage: string };
}
