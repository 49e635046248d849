import type { DatastoreTable } from "./published";
import { datastoreType, quoteId, type SqlDialect, type Statement, sqlWriting } from "./types";

export type { Statement } from "./types";

type Param = string | number | boolean | null;

/** Why records cannot be written (CKAN's Validation Error, worded by the server). */
export type UpsertRefusal =
  | { kind: "records" }
  | { kind: "method" }
  | { kind: "key" }
  | { kind: "columns"; columns: string[] };

/**
 * The SQL of one `datastore_upsert` (statements of at most {@link MAX_PARAMS} values each, to run in
 * one transaction), and for `method: update` a count that every key exists first.
 */
export interface UpsertSql {
  statements: Statement[];
  check: (Statement & { expected: number }) | null;
}

/** Values per statement (PostgreSQL takes at most 65 535 parameters in one). */
export const MAX_PARAMS = 30_000;

const METHODS = new Set(["upsert", "insert", "update"]);

const param = (v: unknown): Param =>
  v === null || v === undefined ? null : typeof v === "object" ? JSON.stringify(v) : String(v);

/**
 * Builds the parameterised SQL that writes `records` into a DataStore table with CKAN's `method`:
 * `insert` (a repeated key fails), `upsert` (a row with the same primary key is updated, else
 * inserted) or `update` (every key must exist). Every value is a parameter cast to the field's type,
 * so a value that does not fit fails the whole write and nothing is written. The same records give
 * the same statements on DuckDB and PostgreSQL but for placeholders and type names (`dialect`).
 *
 * @example
 * ```ts
 * upsertSql(table, [{ id: 1, nombre: "Centro" }], "upsert", "postgres").statements[0]?.sql;
 * ```
 */
export function upsertSql(
  table: DatastoreTable,
  records: unknown,
  method: string,
  dialect: SqlDialect = "duckdb",
): UpsertSql | { refusal: UpsertRefusal } {
  if (!Array.isArray(records) || records.some((r) => typeof r !== "object" || r === null || Array.isArray(r)))
    return { refusal: { kind: "records" } };
  if (!METHODS.has(method)) return { refusal: { kind: "method" } };
  const keys = table.primary_key;
  if (method !== "insert" && keys.length === 0) return { refusal: { kind: "key" } };
  const byId = new Map(table.fields.map((f) => [f.id, f]));
  const given = new Set<string>();
  for (const r of records as Record<string, unknown>[]) for (const k of Object.keys(r)) given.add(k);
  const unknown = [...given].filter((k) => !byId.has(k));
  if (unknown.length) return { refusal: { kind: "columns", columns: unknown } };
  if (records.length === 0) return { statements: [], check: null };
  const sql = sqlWriting(dialect);
  const fields = table.fields.filter((f) => given.has(f.id) || keys.includes(f.id));
  const typeOf = (id: string) => sql.cast(datastoreType(byId.get(id)?.type ?? "text")?.duck ?? "VARCHAR");
  const name = quoteId(table.resource_id);
  const others = fields.filter((f) => !keys.includes(f.id));
  const conflict =
    method === "insert"
      ? ""
      : ` ON CONFLICT (${keys.map(quoteId).join(", ")}) DO ${
          others.length
            ? `UPDATE SET ${others.map((f) => `${quoteId(f.id)} = excluded.${quoteId(f.id)}`).join(", ")}`
            : "NOTHING"
        }`;
  const head = `INSERT INTO ${name} (${fields.map((f) => quoteId(f.id)).join(", ")}) VALUES `;
  const statements: Statement[] = [];
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, fields.length)));
  const list = records as Record<string, unknown>[];
  for (let start = 0; start < list.length; start += perStatement) {
    const params: Param[] = [];
    const rows = list.slice(start, start + perStatement).map((r) => {
      const cells = fields.map((f) => {
        params.push(param(r[f.id]));
        return `CAST(${sql.param(params.length)} AS ${typeOf(f.id)})`;
      });
      return `(${cells.join(", ")})`;
    });
    statements.push({ sql: `${head}${rows.join(", ")}${conflict}`, params });
  }
  let check: UpsertSql["check"] = null;
  if (method === "update") {
    // Each distinct key once, so the count of rows found must equal the count of keys.
    const distinct = new Map<string, Record<string, unknown>>();
    for (const r of list) distinct.set(JSON.stringify(keys.map((k) => r[k])), r);
    const params: Param[] = [];
    const wanted = [...distinct.values()].map((r) => {
      const cells = keys.map((k) => {
        params.push(param(r[k]));
        return `CAST(${sql.param(params.length)} AS ${typeOf(k)})`;
      });
      return `(${cells.join(", ")})`;
    });
    check = {
      sql: `SELECT count(*) AS n FROM ${name} WHERE (${keys.map(quoteId).join(", ")}) IN (${wanted.join(", ")})`,
      params,
      expected: distinct.size,
    };
  }
  return { statements, check };
}
