import { createIssue, type Issue, type IssueInit, type IssueParam } from "@ciudata/core";

/**
 * Tags group error types the way frictionless-py does, so checks can be picked or skipped by tag.
 */
export type ErrorTag =
  | "#file"
  | "#source"
  | "#table"
  | "#header"
  | "#label"
  | "#row"
  | "#cell"
  | "#encoding"
  | "#format"
  | "#dialect"
  | "#schema";

/** A value a message can show: never raw personal data, checks mask it before it gets here. */
export type ErrorParam = IssueParam;

/**
 * One problem found in a table: the kernel's {@link Issue}, located by row and column. The `type` is
 * the error type as frictionless-py names it (`type-error`), or namespaced for our own checks
 * (`privacy/...`); messages are rendered from `type` and `params` per language by `localize`.
 */
export type TableError = Issue;

/** What a caller may set when creating an error; the rest gets defaults. */
export type TableErrorInit = IssueInit;

const DEFAULT_TAGS: Record<string, readonly string[]> = {
  "encoding-error": ["#source", "#encoding"],
  "format-error": ["#source", "#format"],
  "sheet-error": ["#source", "#format"],
  "sheet-note": ["#source", "#format"],
  "source-error": ["#source"],
  "unsafe-path": ["#source"],
  "output-is-input": ["#source"],
  "scheme-error": ["#source"],
  "dialect-error": ["#dialect"],
  "schema-error": ["#schema"],
  "pattern-error": ["#schema"],
  "field-error": ["#schema"],
  "resource-error": ["#source"],
  "package-error": ["#source"],
  mojibake: ["#source", "#encoding"],
  "blank-label": ["#table", "#header", "#label"],
  "duplicate-label": ["#table", "#header", "#label"],
  "missing-label": ["#table", "#header", "#label"],
  "extra-label": ["#table", "#header", "#label"],
  "incorrect-label": ["#table", "#header", "#label"],
  "blank-header": ["#table", "#header"],
  "blank-row": ["#table", "#row"],
  "duplicate-row": ["#table", "#row"],
  "primary-key": ["#table", "#row"],
  "foreign-key": ["#table", "#row"],
  "row-constraint": ["#table", "#row"],
  "extra-cell": ["#table", "#row", "#cell"],
  "missing-cell": ["#table", "#row", "#cell"],
  "type-error": ["#table", "#row", "#cell"],
  "constraint-error": ["#table", "#row", "#cell"],
  "unique-error": ["#table", "#row", "#cell"],
  "truncated-value": ["#table", "#row", "#cell"],
  "forbidden-value": ["#table", "#row", "#cell"],
  "sequential-value": ["#table", "#row", "#cell"],
  "ascii-value": ["#table", "#row", "#cell"],
  "table-dimensions": ["#table"],
  "deviated-value": ["#table"],
  "row-count": ["#table"],
  "field-count": ["#table"],
};

/**
 * Creates a {@link TableError} with defaults filled in.
 *
 * @example
 * ```ts
 * const e = tableError("type-error", { rowNumber: 3, fieldNumber: 2, fieldName: "edad", cell: "x",
 *   params: { expected: "integer", received: "x" }, note: "type is integer" });
 * ```
 */
export function tableError(type: string, init: TableErrorInit = {}): TableError {
  return createIssue(type, { ...init, tags: init.tags ?? DEFAULT_TAGS[type] ?? [] });
}
