import { CiudataError, describeValue, formatPath, fromZodIssues, type Issue } from "@ciudata/core";
import { type Check, jsonDepthError, parseJsonDocument, type TableError, tableError } from "@ciudata/table";
import { createCheck } from "../checks";
import { parseExpression } from "../expression";
import { type CheckDescriptor, type Checklist, ChecklistSchema } from "./schema";

/** A parsed checklist: the Check objects to run, the error filters, and warnings. */
export interface ParsedChecklist {
  ok: true;
  checklist: Checklist;
  checks: Check[];
  pickErrors?: string[];
  skipErrors?: string[];
  /** Located problems that do not stop validation (e.g. a row-constraint formula that cannot be read). */
  warnings: TableError[];
}

const TYPES = [
  "baseline",
  "duplicate-row",
  "deviated-value",
  "deviated-cell",
  "truncated-value",
  "forbidden-value",
  "required-value",
  "sequential-value",
  "ascii-value",
  "row-constraint",
  "table-dimensions",
];

const located = (issue: Issue): TableError => ({ ...issue, tags: ["#checklist"] });

function checklistError(
  path: readonly PropertyKey[],
  expected: string,
  received: string,
  severity: "error" | "warning" = "error",
): TableError {
  const at = formatPath(path);
  return tableError("checklist-error", {
    tags: ["#checklist"],
    severity,
    note: `${at || "checklist"}: expected ${expected}, received ${received}`,
    params: { path: at || "checklist", expected, received },
  });
}

/** The check a checklist item names, built through the check registry (`baseline` adds none). */
function toCheck(d: CheckDescriptor): Check | null {
  if (d.type === "baseline") return null;
  const { type, ...options } = d;
  return createCheck(type, options) ?? null;
}

/**
 * Reads a frictionless Checklist descriptor (object or JSON text) into Check objects, validated with
 * zod. A bad checklist gives located `checklist-error`s (`checks[0].fieldName`…) instead of throwing;
 * a row-constraint formula that cannot be read is a located warning (frictionless then fails every row).
 *
 * @example
 * ```ts
 * const r = parseChecklist({ checks: [{ type: "deviated-value", fieldName: "monto", interval: 3 }] });
 * if (r.ok) await validate(csv, { checks: r.checks });
 * ```
 */
export function parseChecklist(input: unknown): ParsedChecklist | { ok: false; errors: TableError[] } {
  let value = input;
  if (typeof input === "string") {
    try {
      // Depth is checked on the text before parsing: a too-deep or broken document is its own located error.
      value = parseJsonDocument(input);
    } catch (cause) {
      if (cause instanceof CiudataError) return { ok: false, errors: [...cause.errors] };
      return { ok: false, errors: [checklistError([], "type:object", describeValue(input))] };
    }
  } else {
    const deep = jsonDepthError(value);
    if (deep) return { ok: false, errors: [deep] };
  }
  const parsed = ChecklistSchema.safeParse(value);
  if (!parsed.success) {
    const errors = fromZodIssues(parsed.error.issues, value, {
      type: "checklist-error",
      expect: (issue, path) =>
        issue.code === "invalid_union" && path[path.length - 1] === "type"
          ? { code: "check-type", detail: TYPES.join(", ") }
          : undefined,
    }).map(located);
    return { ok: false, errors };
  }
  const checklist = parsed.data;
  const warnings: TableError[] = [];
  const checks: Check[] = [];
  (checklist.checks ?? []).forEach((d, i) => {
    if (d.type === "row-constraint") {
      const p = parseExpression(d.formula);
      if (!p.ok)
        warnings.push({
          ...checklistError(["checks", i, "formula"], p.issue.expected, p.issue.received, "warning"),
          params: {
            path: formatPath(["checks", i, "formula"]),
            position: p.issue.position,
            expected: p.issue.expected,
            received: p.issue.received,
          },
        });
    }
    const check = toCheck(d);
    if (check) checks.push(check);
  });
  return {
    ok: true,
    checklist,
    checks,
    ...(checklist.pickErrors ? { pickErrors: checklist.pickErrors } : {}),
    ...(checklist.skipErrors ? { skipErrors: checklist.skipErrors } : {}),
    warnings,
  };
}
