import type { z } from "zod";
import { STRATEGY_FORMAT_VERSION, type StrategyDocument, StrategyDocumentSchema } from "../model/document";
import { exampleAt } from "./examples";
import { describeValue, formatPath, type StrategyIssue } from "./issue";
import { checkReferences } from "./references";

/** The outcome of {@link parseStrategy}: a valid document with warnings, or the errors found. */
export type StrategyParse =
  | { ok: true; document: StrategyDocument; issues: StrategyIssue[] }
  | { ok: false; issues: StrategyIssue[] };

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
]);

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function schemaIssue(
  input: unknown,
  path: readonly PropertyKey[],
  expected: string,
  detail?: string,
  type: StrategyIssue["type"] = "strategy/schema",
): StrategyIssue {
  const where = formatPath(path);
  const received = describeValue(valueAt(input, path));
  return {
    type,
    severity: "error",
    path: where,
    expected,
    ...(detail === undefined ? {} : { detail }),
    received,
    example: exampleAt(path),
    note: `${where || "file"}: expected ${expected}${detail ? ` ${detail}` : ""}, received ${received}`,
  };
}

function fromZodIssue(issue: z.core.$ZodIssue, input: unknown): StrategyIssue {
  const path = issue.path as PropertyKey[];
  if (KNOWN_CODES.has(issue.message)) return schemaIssue(input, path, issue.message);
  switch (issue.code) {
    case "unrecognized_keys":
      return schemaIssue(
        input,
        [...path, issue.keys[0] ?? ""],
        "known-key",
        undefined,
        "strategy/unknown-key",
      );
    case "invalid_type": {
      const received = valueAt(input, path);
      if (received === undefined) return schemaIssue(input, path, "required");
      return schemaIssue(input, path, issue.expected === "int" ? "integer" : issue.expected);
    }
    case "invalid_value":
      if (path.length === 1 && path[0] === "version")
        return schemaIssue(input, path, "version", undefined, "strategy/unsupported-version");
      return schemaIssue(input, path, "one-of", issue.values.map((v) => JSON.stringify(v)).join(", "));
    case "invalid_format":
      return schemaIssue(input, path, issue.format === "email" ? "email" : "value");
    case "too_small":
      if (issue.origin === "string") return schemaIssue(input, path, "non-empty");
      if (issue.origin === "array")
        return schemaIssue(input, path, "non-empty", `(≥ ${String(issue.minimum)})`);
      return schemaIssue(input, path, "in-range", `(≥ ${String(issue.minimum)})`);
    case "too_big":
      if (issue.origin === "string")
        return schemaIssue(input, path, "shorter", `(≤ ${String(issue.maximum)})`);
      return schemaIssue(input, path, "in-range", `(≤ ${String(issue.maximum)})`);
    default:
      return schemaIssue(input, path, "value");
  }
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
      const detail = error instanceof Error ? error.message : String(error);
      return {
        ok: false,
        issues: [
          {
            type: "strategy/invalid-json",
            severity: "error",
            path: "",
            expected: "json",
            received: detail,
            example: exampleAt([]),
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
      issues: [schemaIssue(data, ["version"], "version", undefined, "strategy/unsupported-version")],
    };
  }
  const result = StrategyDocumentSchema.safeParse(data);
  if (!result.success) return { ok: false, issues: result.error.issues.map((i) => fromZodIssue(i, data)) };
  const issues = checkReferences(result.data);
  return issues.some((i) => i.severity === "error")
    ? { ok: false, issues }
    : { ok: true, document: result.data, issues };
}

/**
 * Like {@link parseStrategy} but throws a `StrategyError` carrying the issues.
 *
 * @example
 * ```ts
 * const doc = loadStrategy(json); // throws StrategyError when invalid
 * ```
 */
export function loadStrategy(input: unknown): StrategyDocument {
  const parsed = parseStrategy(input);
  if (!parsed.ok) throw new StrategyError(parsed.issues);
  return parsed.document;
}

/** Thrown by {@link loadStrategy}; `issues` holds every problem found, as data. */
export class StrategyError extends Error {
  override readonly name = "StrategyError";
  readonly issues: readonly StrategyIssue[];
  constructor(issues: readonly StrategyIssue[]) {
    super(`invalid strategy: ${issues.map((i) => i.note).join("; ")}`);
    this.issues = issues;
  }
}
