import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { FoundTable } from "./discover";
import type { CkanType, SqlDialect } from "./types";

/** A column as served: its CKAN type, and whether its values are masked. */
export interface StoredColumn {
  name: string;
  type: CkanType;
  duck: string;
  title: string | null;
  description: string | null;
  masked: boolean;
}

/** A table as loaded in the database. */
export interface StoredTable {
  id: string;
  columns: StoredColumn[];
  rows: number;
  /** Cells the Table Schema could not cast, loaded as NULL (the quality review reports each one). */
  castFailures: number;
}

/** What to load for one table: the found file and which columns to mask or drop. */
export interface LoadPlan {
  table: FoundTable;
  mask: ReadonlySet<string>;
  drop: ReadonlySet<string>;
}

export type { SqlDialect } from "./types";

/** Why the database's own parser refuses a `datastore_search_sql` statement (`null`: it does not). */
export type ParseRefusal = "several-statements" | "not-select" | null;

/**
 * The database of a served folder, read-only once open: the embedded DuckDB file or a PostgreSQL
 * schema. Both answer the same queries with the same JSON values and CKAN types.
 */
export interface Store {
  dialect: SqlDialect;
  tables: ReadonlyMap<string, StoredTable>;
  /** Whether the tables were loaded again on this start (a source file or the config changed). */
  rebuilt: boolean;
  /**
   * Runs one read-only statement with positional parameters (`?` on DuckDB, `$1` on PostgreSQL);
   * past `timeoutMs` it is stopped and throws {@link QueryTimeout}.
   */
  query(
    sql: string,
    params?: readonly (string | number | boolean | null)[],
    timeoutMs?: number,
  ): Promise<QueryResult>;
  /** Asks the database's parser whether `sql` is exactly one SELECT (an error: it cannot be read). */
  parse(sql: string): Promise<ParseRefusal>;
  close(): Promise<void>;
}

/** Rows as JSON-ready objects (as CKAN sends them), with the column names and CKAN types in order. */
export interface QueryResult {
  columns: string[];
  types: CkanType[];
  rows: Record<string, unknown>[];
}

/** Thrown when a query ran past its time limit. */
export class QueryTimeout extends Error {
  constructor() {
    super("query interrupted: time limit");
  }
}

/**
 * A value read as text, as CKAN sends it: whole and decimal numbers as numbers when exact (else
 * the text), ISO timestamps (`T` between date and time).
 *
 * @example
 * ```ts
 * asCkan("2026-03-01 10:00:00", "timestamp"); //=> "2026-03-01T10:00:00"
 * ```
 */
export function asCkan(value: unknown, type: CkanType): unknown {
  if (typeof value !== "string") return value;
  if (type === "int") {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value;
  }
  if (type === "numeric") {
    const n = Number(value);
    return Number.isFinite(n) && String(n) === value.replace(/\.?0+$/, "") ? n : value;
  }
  if (type === "timestamp") return value.replace(" ", "T");
  return value;
}

/**
 * Rows read from a database as CKAN sends them (each value through {@link asCkan} with its column's type).
 *
 * @example
 * ```ts
 * ckanResult(["n"], ["int"], [{ n: "12" }]).rows; //=> [{ n: 12 }]
 * ```
 */
export function ckanResult(
  columns: string[],
  types: CkanType[],
  rows: Record<string, unknown>[],
): QueryResult {
  for (const r of rows)
    for (const [i, name] of columns.entries()) r[name] = asCkan(r[name], types[i] ?? "text");
  return { columns, types, rows };
}

/** Bumped when the way tables are loaded changes, so every store is loaded again. */
const FORMAT = 1;

/** One source file as last loaded: size and time for a quick look, SHA-256 to be sure. */
export interface Fingerprint {
  id: string;
  relPath: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** What a store keeps about its last load, to know whether it must load again. */
export interface StoreMeta {
  planKey: string;
  prints: Fingerprint[];
  tables: StoredTable[];
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Whether the tables loaded last time (`previous`) are still those of `plans`: the same plan
 * (files, schemas, masked and dropped columns) and the same bytes (size and modification time,
 * then SHA-256). Returns the new fingerprints to keep.
 *
 * @example
 * ```ts
 * const { same, planKey, prints } = await compareLoad(plans, await readMeta());
 * ```
 */
export async function compareLoad(
  plans: readonly LoadPlan[],
  previous: StoreMeta | null,
): Promise<{ same: boolean; planKey: string; prints: Fingerprint[] }> {
  const planKey = JSON.stringify({
    FORMAT,
    plans: plans.map((p) => [
      p.table.id,
      p.table.relPath,
      p.table.schema,
      [...p.mask].sort(),
      [...p.drop].sort(),
    ]),
  });
  const prints: Fingerprint[] = [];
  let same = previous !== null && previous.planKey === planKey;
  for (const [i, p] of plans.entries()) {
    const s = await stat(p.table.path);
    const old = previous?.prints[i];
    const quick = old && old.size === s.size && old.mtimeMs === s.mtimeMs && old.relPath === p.table.relPath;
    const sum = quick ? old.sha256 : await sha256(p.table.path);
    if (!old || old.sha256 !== sum) same = false;
    prints.push({ id: p.table.id, relPath: p.table.relPath, size: s.size, mtimeMs: s.mtimeMs, sha256: sum });
  }
  return { same, planKey, prints };
}
