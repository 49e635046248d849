import type { SqlDialect, StoredTable } from "./stored";
import { castsTo, pgType, quoteId } from "./types";

/** A `datastore_search` request that cannot be answered: CKAN's Validation Error (409) with the key. */
export class SearchRefused extends Error {
  constructor(
    readonly key: "filters" | "fields" | "sort" | "q" | "limit" | "offset",
    readonly detail: string,
  ) {
    super(`${key}: ${detail}`);
  }
}

/** The SQL of one `datastore_search`: the page, the total, and their parameters. */
export interface SearchSql {
  page: string;
  count: string;
  params: (string | number | boolean | null)[];
  columns: string[];
  /** The filters as read (an object, also when they came as a JSON string). */
  filters: Record<string, unknown>;
  limit: number;
  offset: number;
}

/** CKAN's `rows_max`: the most records one `datastore_search` answers. */
export const DATASTORE_ROWS_MAX = 32_000;

function list(value: unknown, key: SearchRefused["key"]): string[] {
  if (value === undefined || value === null || value === "") return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string")
    return value
      .split(",")
      .map((x) => x.trim())
      .filter(Boolean);
  throw new SearchRefused(key, "expected a list or a comma-separated string");
}

function json(value: unknown, key: SearchRefused["key"]): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (!text.startsWith("{")) return value;
  try {
    return JSON.parse(text);
  } catch {
    throw new SearchRefused(key, "invalid JSON");
  }
}

function count(value: unknown, fallback: number, key: "limit" | "offset"): number {
  if (value === undefined || value === null || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new SearchRefused(key, "expected a whole number ≥ 0");
  return n;
}

/**
 * Builds the parameterised SQL of a CKAN `datastore_search` over a served table: `filters` (a value
 * or a list of values per field), `q` (text in any field, or an object per field), `fields`,
 * `distinct`, `sort` (`"a, b desc"`), `limit` (default 100, at most 32 000) and `offset`. Every
 * field name is checked against the table's columns; every value is a parameter (`?` for DuckDB,
 * `$1`, `$2`… for PostgreSQL, whose answers are the same).
 *
 * @example
 * ```ts
 * searchSql(table, { filters: { canal: "Web" }, sort: "fecha desc", limit: 10 }).page;
 * ```
 */
export function searchSql(
  table: StoredTable,
  params: Record<string, unknown>,
  dialect: SqlDialect = "duckdb",
): SearchSql {
  const known = new Map(table.columns.map((c) => [c.name, c]));
  const all = ["_id", ...table.columns.map((c) => c.name)];
  const check = (name: string, key: SearchRefused["key"]) => {
    if (name !== "_id" && !known.has(name)) throw new SearchRefused(key, `unknown field ${name}`);
    return name;
  };
  const where: string[] = [];
  const values: (string | number | boolean | null)[] = [];
  /** Adds a parameter and answers its placeholder. */
  const param = (value: string): string => {
    values.push(value);
    return dialect === "postgres" ? `$${values.length}` : "?";
  };
  const filters = json(params.filters, "filters") ?? {};
  if (typeof filters !== "object" || Array.isArray(filters))
    throw new SearchRefused("filters", "expected an object");
  for (const [name, wanted] of Object.entries(filters as Record<string, unknown>)) {
    check(name, "filters");
    const duck = name === "_id" ? "BIGINT" : (known.get(name)?.duck ?? "VARCHAR");
    const options = Array.isArray(wanted) ? wanted : [wanted];
    if (options.length === 0) {
      where.push("FALSE");
      continue;
    }
    const any: string[] = [];
    for (const v of options) {
      if (v === null) any.push(`${quoteId(name)} IS NULL`);
      else {
        const text = typeof v === "object" ? JSON.stringify(v) : String(v);
        if (dialect === "duckdb") any.push(`${quoteId(name)} = TRY_CAST(${param(text)} AS ${duck})`);
        else if (castsTo(text, duck)) any.push(`${quoteId(name)} = CAST(${param(text)} AS ${pgType(duck)})`);
        else any.push("FALSE");
      }
    }
    where.push(`(${any.join(" OR ")})`);
  }
  const q = json(params.q, "q");
  if (typeof q === "string" && q.trim() !== "") {
    const text = all.map((c) => `COALESCE(CAST(${quoteId(c)} AS VARCHAR), '')`).join(" || ' ' || ");
    where.push(`(${text}) ILIKE ${param(`%${likeEscape(q.trim())}%`)} ESCAPE '\\'`);
  } else if (q !== null && typeof q === "object" && !Array.isArray(q)) {
    for (const [name, v] of Object.entries(q as Record<string, unknown>)) {
      check(name, "q");
      where.push(
        `CAST(${quoteId(name)} AS VARCHAR) ILIKE ${param(`%${likeEscape(String(v))}%`)} ESCAPE '\\'`,
      );
    }
  }
  const fields = list(params.fields, "fields").map((f) => check(f, "fields"));
  const columns = fields.length ? fields : all;
  const distinct = params.distinct === true || params.distinct === "true";
  const orders = list(params.sort, "sort").map((part) => {
    const m = /^("?)(.+?)\1(?:\s+(asc|desc))?(?:\s+nulls\s+(first|last))?$/i.exec(part);
    if (!m) throw new SearchRefused("sort", `cannot read ${part}`);
    const name = check(m[2] ?? "", "sort");
    const dir = (m[3] ?? "asc").toUpperCase();
    const nulls = m[4] ? ` NULLS ${m[4].toUpperCase()}` : "";
    return `${quoteId(name)} ${dir}${nulls}`;
  });
  if (!distinct || columns.includes("_id")) orders.push("_id ASC");
  const limit = Math.min(count(params.limit, 100, "limit"), DATASTORE_ROWS_MAX);
  const offset = count(params.offset, 0, "offset");
  const from = quoteId(table.id);
  const cond = where.length ? ` WHERE ${where.join(" AND ")}` : "";
  const select = `SELECT ${distinct ? "DISTINCT " : ""}${columns.map(quoteId).join(", ")} FROM ${from}${cond}`;
  const orderBy = orders.length ? ` ORDER BY ${orders.join(", ")}` : "";
  return {
    page: `${select}${orderBy} LIMIT ${limit} OFFSET ${offset}`,
    count: distinct
      ? `SELECT count(*) AS n FROM (${select}) AS d`
      : `SELECT count(*) AS n FROM ${from}${cond}`,
    params: values,
    columns,
    filters: filters as Record<string, unknown>,
    limit,
    offset,
  };
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
