import type { Report, TableError } from "@ciudata/table";

/** frictionless-py message templates for the `message` flatten key (our own messages are localised). */
const TEMPLATES: Record<string, string> = {
  "required-value": "Required values not found: {note}",
  "deviated-value": "There is a possible error because the value is deviated: {note}",
  "deviated-cell": "There is a possible error because the cell is deviated: {note}",
  "table-dimensions": "The data source does not have the required dimensions: {note}",
  "row-count": "The data source does not match the expected row count: {note}",
};

function read(e: TableError, key: string, taskNumber: number): unknown {
  if (key === "taskNumber") return taskNumber;
  if (key === "message") {
    const template = TEMPLATES[e.type];
    return template ? template.replace("{note}", e.note) : (e.message ?? null);
  }
  const record = e as unknown as Record<string, unknown>;
  if (key in record) return record[key] ?? null;
  return e.params[key] ?? null;
}

/**
 * frictionless' `report.flatten(keys)`, with `taskNumber` (1-based) and frictionless' English
 * `message` templates, so a suite's expected lists compare as they are.
 *
 * @example
 * ```ts
 * flattenLike(report, ["rowNumber", "fieldNumber", "type"]); //=> [[null, 3, "blank-label"]]
 * ```
 */
export function flattenLike(report: Report, keys: readonly string[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const e of report.errors) if (e.severity === "error") rows.push(keys.map((k) => read(e, k, 0)));
  report.tasks.forEach((task, t) => {
    for (const e of task.errors) if (e.severity === "error") rows.push(keys.map((k) => read(e, k, t + 1)));
  });
  return rows;
}

/** Deep equality of JSON-like values. @example sameJson([1, "a"], [1, "a"]); //=> true */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
