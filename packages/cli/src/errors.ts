import { CiudataError, createIssue, type Issue, type IssueParam } from "@ciudata/core";
import type { LocalizedText } from "./types";

/** A mistake in how the command was typed; each kind gets a message in every language. */
export type UsageProblem =
  | { kind: "unknown-command"; command: string; suggestion?: string }
  | { kind: "unknown-flag"; flag: string; suggestion?: string }
  | { kind: "bad-choice"; flag: string; value: string; choices: string; suggestion?: string }
  | { kind: "missing-value"; flag: string }
  | { kind: "bad-boolean"; flag: string; value: string }
  | { kind: "missing-argument"; argument: string }
  | { kind: "extra-argument"; argument: string }
  | { kind: "custom"; message: LocalizedText }
  /** Input a library refused (a file that cannot be opened…): its own issue, worded by its package. */
  | { kind: "issue"; issue: Issue };

/** The usage problems the CLI words itself (all but a library's own issue). */
export type WordedProblem = Exclude<UsageProblem, { kind: "issue" }>;

/** The issue type of every usage mistake. */
export const USAGE_ISSUE = "cli/usage";

/**
 * A user mistake (unknown command or flag, missing argument…): a {@link CiudataError} whose one issue
 * has type `cli/usage` and the problem's fields as params (`kind`, `flag`, `argument`…). `run` prints
 * it with the usage and exits with code 2; it is never reported as a bug.
 *
 * @example
 * ```ts
 * if (args.positionals.length === 0) throw new UsageError({ kind: "missing-argument", argument: "file" });
 * ```
 */
export class UsageError extends CiudataError {
  override readonly name = "UsageError";
  /** What went wrong, as data; the message is rendered per language. */
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem, options?: { cause?: unknown }) {
    super([problem.kind === "issue" ? problem.issue : usageIssue(problem)], options);
    this.problem = problem;
  }
}

/**
 * The issue a usage problem is carried as: type `cli/usage`, the problem's fields as params (a
 * custom message in its three languages as `es`, `en`, `pt`), an English note for logs.
 *
 * @example
 * ```ts
 * usageIssue({ kind: "unknown-flag", flag: "--x" }).params; //=> { kind: "unknown-flag", flag: "--x" }
 * ```
 */
export function usageIssue(problem: WordedProblem): Issue {
  const params: Record<string, IssueParam> =
    problem.kind === "custom" ? { kind: "custom", ...problem.message } : { ...problem };
  const note = problem.kind === "custom" ? problem.message.en : `${problem.kind}: ${subject(problem)}`;
  return createIssue(USAGE_ISSUE, { params, note });
}

function subject(problem: Exclude<WordedProblem, { kind: "custom" }>): string {
  switch (problem.kind) {
    case "unknown-command":
      return problem.command;
    case "missing-argument":
    case "extra-argument":
      return problem.argument;
    default:
      return problem.flag;
  }
}

/**
 * The first line of what a library or a server said when it failed (the lines after it often quote the
 * input, which may be personal), for a located message.
 *
 * @example
 * ```ts
 * firstLine(new Error("IO Error: no such file\nLINE 1: SELECT …")); //=> "IO Error: no such file"
 * ```
 */
export const firstLine = (cause: unknown): string =>
  (cause instanceof Error ? cause.message : String(cause)).split("\n")[0] ?? "";
