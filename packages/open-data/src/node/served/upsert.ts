import type { DatastoreTable } from "./published";
import { datastoreType, quoteId } from "./types";

type Param = string | number | boolean | null;

/** Why records cannot be written (CKAN's Validation Error, worded by the server). */
export type UpsertRefusal =
  | { kind: "records" }
  | { kind: "method" }
  | { kind: "key" }
  | { kind: "columns"; columns: string[] };

/** The SQL of one `datastore_upsert`, and for `method: update` a count that every key exists first. */
export interface UpsertSql {
  sql: string | null;
  params: Param[];
  check: { sql: string; params: Param[]; expected: number } | null;
}

const METHODS = new Set(["upsert", "insert", "update"]);

const param = (v: unknown): Param =>
  v === null || v === undefined ? null : typeof v === "object" ? JSON.stringify(v) : String(v);

/**
 * Builds the parameterised SQL that writes `records` into a DataStore table with CKAN's `method`:
 * `insert` (a repeated key fails), `upsert` (a row with the same primary key is updated, else
 * inserted) or `update` (every key must exist). Every value is a parameter cast to the field's type,
 * so a value that does not fit fails the whole statement and nothing is written.
 *
 * @example
 * ```ts
 * upsertSql(table, [{ id: 1, nombre: "Centro" }], "upsert").sql;
 * ```
 */
export function upsertSql(
  table: DatastoreTable,
  records: unknown,
  method: string,
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
  if (records.length === 0) return { sql: null, params: [], check: null };
  const fields = table.fields.filter((f) => given.has(f.id) || keys.includes(f.id));
  const cast = (id: string) => `CAST(? AS ${datastoreType(byId.get(id)?.type ?? "text")?.duck ?? "VARCHAR"})`;
  const params: Param[] = [];
  const rows = (records as Record<string, unknown>[]).map((r) => {
    for (const f of fields) params.push(param(r[f.id]));
    return `(${fields.map((f) => cast(f.id)).join(", ")})`;
  });
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
  const sql = `INSERT INTO ${name} (${fields.map((f) => quoteId(f.id)).join(", ")}) VALUES ${rows.join(", ")}${conflict}`;
  let check: UpsertSql["check"] = null;
  if (method === "update") {
    const checkParams: Param[] = [];
    const wanted = (records as Record<string, unknown>[]).map((r) => {
      for (const k of keys) checkParams.push(param(r[k]));
      return `(${keys.map((k) => cast(k)).join(", ")})`;
    });
    const distinct = new Set(
      (records as Record<string, unknown>[]).map((r) => JSON.stringify(keys.map((k) => r[k]))),
    );
    check = {
      sql: `SELECT count(*) AS n FROM ${name} WHERE (${keys.map(quoteId).join(", ")}) IN (${wanted.join(", ")})`,
      params: checkParams,
      expected: distinct.size,
    };
  }
  return { sql, params, check };
}
