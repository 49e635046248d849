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

/** DuckDB column types → PostgreSQL's. */
const PG_OF_DUCK: Readonly<Record<string, string>> = {
  BIGINT: "BIGINT",
  INTEGER: "INTEGER",
  DOUBLE: "DOUBLE PRECISION",
  BOOLEAN: "BOOLEAN",
  DATE: "DATE",
  TIMESTAMP: "TIMESTAMP",
};

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
