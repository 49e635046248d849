import {
  CiudataError,
  createIssue,
  type IssueCatalog,
  type IssueParam,
  type Lang,
  numberWords,
  renderIssue,
  resolveLang,
} from "@ciudata/core";
import { createCiudataIssues } from "./messages/issues";

/** A mistake in how `create-ciudata` was called; each kind is an issue type `usage/<kind>` worded in every language. */
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
 * A user mistake (unknown template or flag, a folder that is not empty…): a `CiudataError` carrying one
 * `usage/<kind>` issue worded by `createCiudataIssues`. `main` prints it in the user's language and exits
 * with code 2; `scaffold` throws it.
 *
 * @example
 * ```ts
 * try { await scaffold({ directory: "ya-existe", template: "dashboard" }); }
 * catch (e) { if (e instanceof UsageError) e.problem.kind; } //=> "not-empty"
 * ```
 */
export class UsageError extends CiudataError {
  override readonly name: string = "UsageError";
  /** What went wrong, as data; the message is rendered per language. */
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem) {
    const { kind, ...rest } = problem;
    const params: Record<string, IssueParam> = {};
    for (const [key, value] of Object.entries(rest))
      params[key] = Array.isArray(value) ? value.join(",") : (value as IssueParam);
    super([createIssue(`usage/${kind}`, { params, note: `${kind}: ${JSON.stringify(problem)}` })]);
    this.problem = problem;
  }
}

/**
 * One line saying what was typed wrong and what to do, in the chosen language.
 *
 * @example
 * ```ts
 * usageText(new UsageError({ kind: "bad-lang", value: "fr" }), "en");
 * //=> '"fr" is not an available language: use es, en or pt.'
 * ```
 */
export function usageText(error: UsageError | UsageProblem, lang?: Lang): string {
  const chosen = resolveLang(lang);
  const issue = (error instanceof UsageError ? error : new UsageError(error)).errors[0];
  const text = (createCiudataIssues[chosen] as IssueCatalog)[issue.type];
  return text?.describe
    ? text.describe(issue, numberWords(chosen))
    : renderIssue(issue, chosen, createCiudataIssues);
}
