import {
  type Check,
  CiudataError,
  jsonDepthError,
  parseJsonDocument,
  type TableError,
  tableError,
} from "@ciudata/table";
import { asciiValue } from "../checks/ascii-value";
import { deviatedCell } from "../checks/deviated-cell";
import { deviatedValue } from "../checks/deviated-value";
import { duplicateRow } from "../checks/duplicate-row";
import { forbiddenValue } from "../checks/forbidden-value";
import { requiredValue } from "../checks/required-value";
import { rowConstraint } from "../checks/row-constraint";
import { sequentialValue } from "../checks/sequential-value";
import { tableDimensions } from "../checks/table-dimensions";
import { truncatedValue } from "../checks/truncated-value";
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

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, k) => (typeof k === "number" ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)),
    "",
  );

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

function toCheck(d: CheckDescriptor): Check | null {
  switch (d.type) {
    case "baseline":
      return null;
    case "duplicate-row":
      return duplicateRow();
    case "truncated-value":
      return truncatedValue();
    case "ascii-value":
      return asciiValue();
    case "deviated-value":
      return deviatedValue({
        fieldName: d.fieldName,
        ...(d.interval === undefined ? {} : { interval: d.interval }),
        ...(d.average === undefined ? {} : { average: d.average }),
      });
    case "deviated-cell":
      return deviatedCell({
        ...(d.interval === undefined ? {} : { interval: d.interval }),
        ...(d.ignoreFields === undefined ? {} : { ignoreFields: d.ignoreFields }),
      });
    case "forbidden-value":
      return forbiddenValue({ fieldName: d.fieldName, values: d.values });
    case "required-value":
      return requiredValue({ fieldName: d.fieldName, values: d.values });
    case "sequential-value":
      return sequentialValue({ fieldName: d.fieldName });
    case "row-constraint":
      return rowConstraint({ formula: d.formula });
    case "table-dimensions": {
      const { type: _type, ...limits } = d;
      return tableDimensions(limits as Parameters<typeof tableDimensions>[0]);
    }
  }
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
      return { ok: false, errors: [checklistError([], "a JSON object", "text that is not JSON")] };
    }
  } else {
    const deep = jsonDepthError(value);
    if (deep) return { ok: false, errors: [deep] };
  }
  const parsed = ChecklistSchema.safeParse(value);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const last = issue.path[issue.path.length - 1];
      if (issue.code === "invalid_union" && last === "type")
        return checklistError(issue.path, `one of ${TYPES.join(", ")}`, describe(pathGet(value, issue.path)));
      const expected =
        issue.code === "invalid_type"
          ? `a ${String((issue as { expected?: unknown }).expected)}`
          : issue.message;
      return checklistError(issue.path, expected, describe(pathGet(value, issue.path)));
    });
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

function pathGet(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const k of path) {
    if (typeof cur !== "object" || cur === null) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
