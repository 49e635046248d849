/**
 * How one SQL engine spells what the pushed-down checks need. The compiler writes every query through
 * this interface, so another engine (Spark SQL, Trino, ClickHouse…) is one object away.
 */
export interface SqlDialect {
  /** The engine's name, for messages and the report. */
  readonly name: string;
  /** A quoted identifier (`"edad"`). */
  quote(identifier: string): string;
  /** A quoted text literal (`'a''b'`). */
  text(value: string): string;
  /** True when `expr` matches the whole of `pattern` (a regular expression in the subset the compiler writes). */
  fullMatch(expr: string, pattern: string): string;
  /** `expr` with every match of `pattern` replaced by `by`. */
  replaceAll(expr: string, pattern: string, by: string): string;
  /** Characters (code points) of `expr`. */
  length(expr: string): string;
  /** A number from text already checked to be one (`CAST(… AS DOUBLE)`). */
  toNumber(expr: string): string;
  /**
   * What ends a subquery so that the engine computes its columns once instead of copying their
   * expressions into every use (PostgreSQL's ` OFFSET 0`); empty where the engine does that already.
   */
  readonly fence: string;
  /** The whitespace class Table Schema trims around numbers (space, \t–\r, NBSP), inside a bracket. */
  readonly spaces: string;
}

const quoteIdentifier = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;
const quoteText = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/**
 * DuckDB (embedded, `@duckdb/node-api`): RE2 regular expressions.
 * @example
 * ```ts
 * duckdbDialect.fullMatch('"edad"', "[0-9]+"); //=> "regexp_full_match(\"edad\", '[0-9]+')"
 * ```
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  quote: quoteIdentifier,
  text: quoteText,
  fullMatch: (expr, pattern) => `regexp_full_match(${expr}, ${quoteText(pattern)})`,
  replaceAll: (expr, pattern, by) => `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(by)}, 'g')`,
  length: (expr) => `length(${expr})`,
  toNumber: (expr) => `CAST(${expr} AS DOUBLE)`,
  spaces: " \\t\\n\\x0B\\f\\r\\x{A0}",
  fence: "",
};

/**
 * PostgreSQL: POSIX (ARE) regular expressions with `~`.
 * @example
 * ```ts
 * postgresDialect.fullMatch('"edad"', "[0-9]+"); //=> "(\"edad\" ~ '^(?:[0-9]+)$')"
 * ```
 */
export const postgresDialect: SqlDialect = {
  name: "postgres",
  quote: quoteIdentifier,
  text: quoteText,
  fullMatch: (expr, pattern) => `(${expr} ~ ${quoteText(`^(?:${pattern})$`)})`,
  replaceAll: (expr, pattern, by) => `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(by)}, 'g')`,
  length: (expr) => `char_length(${expr})`,
  toNumber: (expr) => `CAST(${expr} AS DOUBLE PRECISION)`,
  spaces: " \\t\\n\\x0B\\f\\r\\u00A0",
  fence: " OFFSET 0",
};

/**
 * Trino (and Presto): Java regular expressions. Not run by ciudata; written to show a dialect is one
 * object, and its SQL is tested as text.
 * @example
 * ```ts
 * trinoDialect.fullMatch('"edad"', "[0-9]+"); //=> "regexp_like(\"edad\", '^(?:[0-9]+)$')"
 * ```
 */
export const trinoDialect: SqlDialect = {
  name: "trino",
  quote: quoteIdentifier,
  text: quoteText,
  fullMatch: (expr, pattern) => `regexp_like(${expr}, ${quoteText(`^(?:${pattern})$`)})`,
  replaceAll: (expr, pattern, by) => `regexp_replace(${expr}, ${quoteText(pattern)}, ${quoteText(by)})`,
  length: (expr) => `length(${expr})`,
  toNumber: (expr) => `CAST(${expr} AS DOUBLE)`,
  spaces: " \\t\\n\\x0B\\f\\r\\u00A0",
  fence: "",
};
