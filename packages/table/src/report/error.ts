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
export type ErrorParam = string | number | boolean | null;

/**
 * One problem found in a table, as plain data. Messages are rendered from `type` and `params`
 * per language by the report (see `localize`), never stored only as prose.
 */
export interface TableError {
  /** The error type as frictionless-py names it (`type-error`), or namespaced for our own checks (`privacy/...`). */
  type: string;
  /** Tags that group the type (`#row`, `#cell`…). */
  tags: readonly string[];
  /** `error` fails the report, `warning` is shown but keeps it valid. */
  severity: "error" | "warning";
  /** Physical row number, header = 1; `null` for file, table and header-level errors. */
  rowNumber: number | null;
  /** 1-based column position in the data; `null` for row-level errors. */
  fieldNumber: number | null;
  /** The field (column) name when known. */
  fieldName: string | null;
  /** The cell as read (masked by checks that handle personal data). */
  cell: string | null;
  /** Data the messages use: `expected`, `received`, `hint`, `example`… */
  params: Readonly<Record<string, ErrorParam>>;
  /** A short technical note in English, stable for logs and tests. */
  note: string;
  /** The rendered message in the report's language, filled by `localize`. */
  message?: string;
}

/** What a caller may set when creating an error; the rest gets defaults. */
export type TableErrorInit = Partial<Omit<TableError, "type">>;

const DEFAULT_TAGS: Record<string, readonly string[]> = {
  "encoding-error": ["#source", "#encoding"],
  "format-error": ["#source", "#format"],
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
  return {
    type,
    tags: init.tags ?? DEFAULT_TAGS[type] ?? [],
    severity: init.severity ?? "error",
    rowNumber: init.rowNumber ?? null,
    fieldNumber: init.fieldNumber ?? null,
    fieldName: init.fieldName ?? null,
    cell: init.cell ?? null,
    params: init.params ?? {},
    note: init.note ?? "",
    ...(init.message === undefined ? {} : { message: init.message }),
  };
}
