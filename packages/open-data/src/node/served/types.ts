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

/** DuckDB column types → PostgreSQL's. */
const PG_OF_DUCK: Readonly<Record<string, string>> = {
  BIGINT: "BIGINT",
  INTEGER: "INTEGER",
  DOUBLE: "DOUBLE PRECISION",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  TIMESTAMP: "TIMESTAMP",
  TIME: "TIME",
};

/** Which SQL a store speaks: the checks and the search are written for each. */
export type SqlDialect = "duckdb" | "postgres";

/**
 * The PostgreSQL type of a served column's DuckDB type (everything else is `TEXT`; its columns are
 * made `COLLATE "C"`, so both databases sort and compare text byte by byte).
 *
 * @example
 * ```ts
 * pgType("DOUBLE"); //=> "DOUBLE PRECISION"
 * ```
 */
export function pgType(duck: string): string {
  return PG_OF_DUCK[duck] ?? "TEXT";
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?$/;

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Whether a filter value casts to a column type without error: PostgreSQL has no `TRY_CAST`, so a
 * value that does not is left out of the query (it matches no row, as DuckDB's `TRY_CAST` does).
 *
 * @example
 * ```ts
 * castsTo("12", "BIGINT"); //=> true
 * castsTo("doce", "BIGINT"); //=> false
 * ```
 */
export function castsTo(value: string, duck: string): boolean {
  const text = value.trim();
  switch (duck) {
    case "BIGINT":
    case "INTEGER": {
      if (!/^[+-]?\d{1,19}$/.test(text)) return false;
      const n = BigInt(text);
      const max = duck === "BIGINT" ? 2n ** 63n : 2n ** 31n;
      return n >= -max && n < max;
    }
    case "DOUBLE":
      return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) && Number.isFinite(Number(text));
    case "BOOLEAN":
      return /^(true|false|t|f|yes|no|y|n|on|off|1|0)$/i.test(text);
    case "DATE":
      return isDate(text);
    case "TIME": {
      const m = TIME.exec(text);
      return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60;
    }
    case "TIMESTAMP": {
      const [day = "", time, ...rest] = text.split(/[ T]/);
      if (rest.length > 0 || !isDate(day)) return false;
      if (time === undefined) return true;
      const m = TIME.exec(time);
      return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60;
    }
    default:
      return true;
  }
}

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

/** One parameterised statement. */
export interface Statement {
  sql: string;
  params: (string | number | boolean | null)[];
}

/** What differs between the SQL of DuckDB and PostgreSQL where tables are written. @internal */
export interface SqlWriting {
  dialect: SqlDialect;
  /** The placeholder of the n-th parameter (from 1): `?` on DuckDB, `$n` on PostgreSQL. */
  param(n: number): string;
  /** A column's type in `CREATE TABLE` (text byte-ordered on PostgreSQL, as on DuckDB). */
  column(duck: string): string;
  /** A type to `CAST` a parameter to. */
  cast(duck: string): string;
}

const WRITING: Readonly<Record<SqlDialect, SqlWriting>> = {
  duckdb: { dialect: "duckdb", param: () => "?", column: (duck) => duck, cast: (duck) => duck },
  postgres: {
    dialect: "postgres",
    param: (n) => `$${n}`,
    column: (duck) => (pgType(duck) === "TEXT" ? 'TEXT COLLATE "C"' : pgType(duck)),
    cast: pgType,
  },
};

/**
 * How tables are written in a dialect: placeholders and column types.
 *
 * @example
 * ```ts
 * sqlWriting("postgres").param(2); //=> "$2"
 * ```
 * @internal
 */
export function sqlWriting(dialect: SqlDialect): SqlWriting {
  return WRITING[dialect];
}
