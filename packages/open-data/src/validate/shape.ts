import type { z } from "zod";
import type { Violation } from "../model";

/** Lenient collects violations and goes on; strict throws on the first answer that breaks its schema. */
export type ValidationMode = "lenient" | "strict";

/**
 * Turns zod issues into {@link Violation}s with a readable path.
 *
 * @example
 * ```ts
 * const r = z.object({ count: z.number() }).safeParse({});
 * if (!r.success) toViolations(r.error.issues); //=> [{ path: "count", code: "invalid_type", … }]
 * ```
 */
export function toViolations(issues: readonly z.core.$ZodIssue[], prefix = ""): Violation[] {
  return issues.map((issue) => ({
    path: joinPath(prefix, issue.path),
    message: issue.message,
    code: issue.code,
  }));
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Checks an API answer against its schema. Returns the violations (empty when fine); in strict mode
 * calls `raise` with them instead.
 * @internal
 */
export function checkShape(
  schema: z.ZodType,
  data: unknown,
  mode: ValidationMode,
  raise: (violations: Violation[]) => never,
): Violation[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  const violations = toViolations(result.error.issues);
  if (mode === "strict") raise(violations);
  return violations;
}
