import {
  CiudataError,
  type Expectation,
  fromZodIssues,
  type Issue,
  valueAt,
  type ZodIssueLike,
} from "@ciudata/core";
import { STRATEGY_FORMAT_VERSION, type StrategyDocument, StrategyDocumentSchema } from "../model/document";
import { exampleAt } from "./examples";
import { strategyIssue } from "./issue";
import { checkReferences } from "./references";

/** The outcome of {@link parseStrategy}: a valid document with warnings, or the errors found. */
export type StrategyParse =
  | { ok: true; document: StrategyDocument; issues: Issue[] }
  | { ok: false; issues: Issue[] };

/** Codes the schemas put in their messages (`{ message: "slug" }`), worded in `strategyIssues`. */
const KNOWN_CODES = new Set([
  "slug",
  "date",
  "date-time",
  "year-month",
  "deadline",
  "framework-tag",
  "periodicity",
  "time-zone",
  "country",
  "period",
  "email",
  "person-or-role",
]);

/** What a strategy file expected where zod's own reading is too generic. */
function expectation(
  issue: ZodIssueLike,
  input: unknown,
  path: readonly PropertyKey[],
): Expectation | undefined {
  if (KNOWN_CODES.has(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case "unrecognized_keys":
      return { code: "known-key" };
    case "invalid_type":
      return valueAt(input, path) === undefined ? { code: "required" } : undefined;
    case "invalid_value":
      return path.length === 1 && path[0] === "version" ? { code: "version" } : undefined;
    case "invalid_format":
      return {
        code:
          issue.message === "email" || (issue as { format?: string }).format === "email" ? "email" : "format",
      };
    case "too_small":
      if (issue.origin === "string") return { code: "non-empty" };
      return {
        code: issue.origin === "array" ? "non-empty" : "in-range",
        detail: `≥ ${String(issue.minimum)}`,
      };
    case "too_big":
      return {
        code: issue.origin === "string" ? "shorter" : "in-range",
        detail: `≤ ${String(issue.maximum)}`,
      };
    default:
      return undefined;
  }
}

/** zod issues as strategy issues: an unknown key is located at the key itself. */
function fromZod(issues: readonly ZodIssueLike[], input: unknown): Issue[] {
  return issues.flatMap((issue) => {
    const unknownKey = issue.code === "unrecognized_keys";
    const located: ZodIssueLike = unknownKey
      ? { ...issue, path: [...issue.path, issue.keys?.[0] ?? ""] }
      : issue;
    const version = issue.code === "invalid_value" && issue.path.length === 1 && issue.path[0] === "version";
    const type = unknownKey
      ? "strategy/unknown-key"
      : version
        ? "strategy/unsupported-version"
        : "strategy/schema";
    return fromZodIssues([located], input, {
      type,
      example: exampleAt,
      expect: (i, path) => expectation(i, input, path),
    }).map(dropNothing);
  });
}

/** An absent value is said by `expected` ("this field, which is required"), not shown as `nothing`. */
function dropNothing(issue: Issue): Issue {
  if (issue.params.received !== "nothing") return issue;
  const { received: _, ...params } = issue.params;
  return { ...issue, params };
}

/**
 * Reads a strategy file (already parsed from JSON, or JSON text): checks its shape with zod, then that every
 * reference points at something declared, that ids are unique and that action dependencies have no cycle.
 * Never throws; every problem comes back located (`path`), with what was expected, what was found and an example.
 *
 * @example
 * ```ts
 * const parsed = parseStrategy(JSON.parse(text));
 * if (!parsed.ok) for (const issue of parsed.issues) console.log(renderIssue(issue, "es"));
 * ```
 */
export function parseStrategy(input: unknown): StrategyParse {
  let data = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      // The engine's words stay in the note; people get where it failed.
      const detail = error instanceof Error ? error.message : String(error);
      const position = /position (\d+)/.exec(detail)?.[1];
      const issue = strategyIssue("strategy/invalid-json", [], "json");
      return {
        ok: false,
        issues: [
          {
            ...issue,
            params: { ...issue.params, ...(position === undefined ? {} : { position: Number(position) }) },
            note: `invalid JSON: ${detail}`,
          },
        ],
      };
    }
  }
  if (
    typeof data === "object" &&
    data !== null &&
    "version" in data &&
    (data as { version: unknown }).version !== STRATEGY_FORMAT_VERSION
  ) {
    return {
      ok: false,
      issues: [
        strategyIssue("strategy/unsupported-version", ["version"], "version", {
          received: (data as { version: unknown }).version,
        }),
      ],
    };
  }
  const result = StrategyDocumentSchema.safeParse(data);
  if (!result.success) return { ok: false, issues: fromZod(result.error.issues, data) };
  const issues = checkReferences(result.data);
  return issues.some((i) => i.severity === "error")
    ? { ok: false, issues }
    : { ok: true, document: result.data, issues };
}

/**
 * Like {@link parseStrategy} but throws a `CiudataError` carrying the issues (`errors`).
 *
 * @example
 * ```ts
 * const doc = loadStrategy(json); // throws CiudataError when invalid
 * ```
 */
export function loadStrategy(input: unknown): StrategyDocument {
  const parsed = parseStrategy(input);
  if (!parsed.ok) throw new CiudataError(parsed.issues as [Issue, ...Issue[]]);
  return parsed.document;
}
