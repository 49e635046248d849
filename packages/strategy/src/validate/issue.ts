import {
  createIssue,
  describeValue,
  formatPath,
  type Issue,
  type Lang,
  renderIssue as renderWith,
  type Severity,
} from "@ciudata/core";
import { strategyIssues } from "../messages/issues";
import { exampleAt } from "./examples";

/** Kinds of problems a strategy file can have (the `type` of its issues). */
export type StrategyIssueType =
  | "strategy/invalid-json"
  | "strategy/unsupported-version"
  | "strategy/schema"
  | "strategy/unknown-key"
  | "strategy/duplicate-id"
  | "strategy/missing-reference"
  | "strategy/dependency-cycle"
  | "strategy/deadline-outside-period"
  | "strategy/roadmap-contradiction"
  | "strategy/unknown-action"
  | "strategy/update-before-last"
  | "strategy/date-order"
  | "strategy/import-row"
  | "strategy/import-columns";

/**
 * A located issue of a strategy file: `params { path, expected, detail?, received?, example }`.
 * @internal
 */
export function strategyIssue(
  type: StrategyIssueType,
  path: readonly PropertyKey[],
  expected: string,
  found: { detail?: string; received?: unknown; severity?: Severity } = {},
): Issue {
  const where = formatPath(path);
  const received = found.received === undefined ? undefined : describeValue(found.received);
  const detail = found.detail;
  return createIssue(type, {
    severity: found.severity ?? "error",
    params: {
      path: where,
      expected,
      ...(detail === undefined ? {} : { detail }),
      ...(received === undefined ? {} : { received }),
      example: exampleAt(path),
    },
    note: `${where || "file"}: expected ${expected}${detail ? ` ${detail}` : ""}, received ${received ?? "nothing"}`,
  });
}

/**
 * An issue of a strategy file as one sentence in the language asked for (the kernel's `renderIssue`
 * with {@link strategyIssues}).
 *
 * @example
 * ```ts
 * renderIssue(issue, "es");
 * //=> 'En actions[0].deadline: Valor que no cumple el formato de estrategia; se esperaba: un plazo AAAA-MM (fin de ese mes) o un rango AAAA-MM/AAAA-MM; ejemplo válido: "deadline": "2024-05"; se encontró: «"Mayo 2024"».'
 * ```
 */
export function renderIssue(issue: Issue, lang: Lang = "es"): string {
  return renderWith(issue, lang, strategyIssues);
}
