/** A mistake in how `create-ciudata` was called; each kind gets a message in every language. */
export type UsageProblem =
  | { kind: "unknown-flag"; flag: string }
  | { kind: "missing-value"; flag: string }
  | { kind: "extra-argument"; argument: string }
  | { kind: "bad-lang"; value: string }
  | { kind: "unknown-template"; template: string; available: readonly string[] }
  | { kind: "bad-portal"; url: string }
  | { kind: "bad-directory"; directory: string }
  | { kind: "not-empty"; directory: string }
  | { kind: "not-a-directory"; directory: string };

/**
 * A user mistake (unknown template or flag, a folder that is not empty…). `main` prints it in the
 * user's language and exits with code 2; `scaffold` throws it.
 *
 * @example
 * ```ts
 * try { await scaffold({ directory: "ya-existe", template: "dashboard" }); }
 * catch (e) { if (e instanceof UsageError) e.problem.kind; } //=> "not-empty"
 * ```
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  /** What went wrong, as data; the message is rendered per language. */
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem) {
    super(`${problem.kind}: ${JSON.stringify(problem)}`);
    this.problem = problem;
  }
}
