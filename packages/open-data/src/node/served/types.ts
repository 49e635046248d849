/** The DataStore type names the served API reports (CKAN's documented names). */
export type CkanType =
  | "int"
  | "int4"
  | "int8"
  | "float8"
  | "numeric"
  | "text"
  | "date"
  | "time"
  | "timestamp"
  | "bool"
  | "json";

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

/** CKAN DataStore type names (and the aliases CKAN accepts) → the DuckDB column type and CKAN's own name. */
const DATASTORE: Readonly<Record<string, { duck: string; ckan: CkanType }>> = {
  text: { duck: "VARCHAR", ckan: "text" },
  string: { duck: "VARCHAR", ckan: "text" },
  int: { duck: "INTEGER", ckan: "int4" },
  int4: { duck: "INTEGER", ckan: "int4" },
  integer: { duck: "INTEGER", ckan: "int4" },
  int8: { duck: "BIGINT", ckan: "int8" },
  bigint: { duck: "BIGINT", ckan: "int8" },
  float: { duck: "DOUBLE", ckan: "float8" },
  float8: { duck: "DOUBLE", ckan: "float8" },
  numeric: { duck: "DOUBLE", ckan: "numeric" },
  bool: { duck: "BOOLEAN", ckan: "bool" },
  boolean: { duck: "BOOLEAN", ckan: "bool" },
  date: { duck: "DATE", ckan: "date" },
  time: { duck: "TIME", ckan: "time" },
  timestamp: { duck: "TIMESTAMP", ckan: "timestamp" },
  json: { duck: "VARCHAR", ckan: "json" },
};

/**
 * The DuckDB column type and CKAN's name of a DataStore field type given to `datastore_create`
 * (`int` → `int4`, `float` → `float8`…); `null` for a type the local portal does not store.
 *
 * @example
 * ```ts
 * datastoreType("float"); //=> { duck: "DOUBLE", ckan: "float8" }
 * ```
 */
export function datastoreType(name: string): { duck: string; ckan: CkanType } | null {
  return DATASTORE[name.trim().toLowerCase()] ?? null;
}

/** A Table Schema field type → the DataStore type `ciudata portal publish` declares. */
const FOR_FIELD: Readonly<Record<string, CkanType>> = {
  integer: "int8",
  year: "int4",
  number: "numeric",
  boolean: "bool",
  date: "date",
  datetime: "timestamp",
  time: "time",
  object: "json",
  array: "json",
};

/**
 * The CKAN DataStore type of a Table Schema field type (`integer` → `int8`, `number` → `numeric`,
 * `datetime` → `timestamp`…; anything else is `text`).
 *
 * @example
 * ```ts
 * datastoreTypeOf("integer"); //=> "int8"
 * ```
 */
export function datastoreTypeOf(fieldType: string | undefined): CkanType {
  return FOR_FIELD[fieldType ?? ""] ?? "text";
}
