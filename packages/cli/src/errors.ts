import type { LocalizedText } from "./types";

/** A mistake in how the command was typed; each kind gets a message in every language. */
export type UsageProblem =
  | { kind: "unknown-command"; command: string; suggestion?: string }
  | { kind: "unknown-flag"; flag: string }
  | { kind: "missing-value"; flag: string }
  | { kind: "bad-boolean"; flag: string; value: string }
  | { kind: "missing-argument"; argument: string }
  | { kind: "extra-argument"; argument: string }
  | { kind: "bad-lang"; value: string }
  | { kind: "custom"; message: LocalizedText };

/**
 * A user mistake (unknown command or flag, missing argument…). `run` prints it with the usage
 * and exits with code 2; it is never reported as a bug.
 *
 * @example
 * ```ts
 * if (args.positionals.length === 0) throw new UsageError({ kind: "missing-argument", argument: "file" });
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** What went wrong, as data; the message is rendered per language. */
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem) {
    super(problem.kind === "custom" ? problem.message.en : `${problem.kind}: ${describe(problem)}`);
    this.problem = problem;
  }
}

function describe(problem: Exclude<UsageProblem, { kind: "custom" }>): string {
  switch (problem.kind) {
    case "unknown-command":
      return problem.command;
    case "bad-lang":
      return problem.value;
    case "missing-argument":
    case "extra-argument":
      return problem.argument;
    default:
      return problem.flag;
  }
}
