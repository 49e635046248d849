/** A value a message can show: never raw personal data, checks mask it before it gets here. */
export type IssueParam = string | number | boolean | null;

/** `error` makes a result invalid; `warning` is shown but keeps it valid. */
export type Severity = "error" | "warning";

/**
 * One problem, as plain data, shared by every ciudata package: a table cell, a row, a descriptor key or a
 * strategy file path. Messages are rendered from `type` and `params` per language (see `renderIssue`),
 * never stored only as prose.
 */
export interface Issue {
  /** The issue type, which is also its message key (`type-error`, `privacy/k-anonymity`, `strategy/schema`). */
  type: string;
  /** Tags that group the type (`#row`, `#cell`…). */
  tags: readonly string[];
  /** `error` fails the result, `warning` is shown but keeps it valid. */
  severity: Severity;
  /** Physical row number, header = 1; `null` when the issue is not about one row. */
  rowNumber: number | null;
  /** 1-based column position; `null` when the issue is not about one column. */
  fieldNumber: number | null;
  /** The field (column) name when known. */
  fieldName: string | null;
  /** The cell as read (masked when its column is personal). */
  cell: string | null;
  /** Data the messages use: `expected`, `received`, `hint`, `example`, `path`… */
  params: Readonly<Record<string, IssueParam>>;
  /** A short technical note in English, stable for logs and tests. */
  note: string;
  /** The rendered message in the chosen language, filled by `renderIssue`/`localize`. */
  message?: string;
}

/** What a caller may set when creating an issue; the rest gets defaults. */
export type IssueInit = Partial<Omit<Issue, "type">>;

/**
 * Creates an {@link Issue} with defaults filled in (no tags, severity `error`, no location).
 *
 * @example
 * ```ts
 * const i = createIssue("strategy/schema", { params: { path: "actions[2].deadline", expected: "YYYY-MM" } });
 * i.severity; //=> "error"
 * ```
 */
export function createIssue(type: string, init: IssueInit = {}): Issue {
  return {
    type,
    tags: init.tags ?? [],
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
