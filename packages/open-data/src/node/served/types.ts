/** The DataStore type names the served API reports (CKAN's documented names). */
export type CkanType = "int" | "numeric" | "text" | "date" | "timestamp" | "bool";

/** A Table Schema field type → the DuckDB column type and the CKAN type name. */
const BY_FIELD: Readonly<Record<string, { duck: string; ckan: CkanType }>> = {
  integer: { duck: "BIGINT", ckan: "int" },
  year: { duck: "INTEGER", ckan: "int" },
  number: { duck: "DOUBLE", ckan: "numeric" },
  boolean: { duck: "BOOLEAN", ckan: "bool" },
  date: { duck: "DATE", ckan: "date" },
  datetime: { duck: "TIMESTAMP", ckan: "timestamp" },
};

/**
 * The DuckDB and CKAN types of a Table Schema field type (everything else is text).
 *
 * @example
 * ```ts
 * columnType("integer"); //=> { duck: "BIGINT", ckan: "int" }
 * ```
 */
export function columnType(fieldType: string | undefined): { duck: string; ckan: CkanType } {
  return BY_FIELD[fieldType ?? ""] ?? { duck: "VARCHAR", ckan: "text" };
}

/** A SQL identifier, quoted. */
export const quoteId = (name: string): string => `"${name.replace(/"/g, '""')}"`;
