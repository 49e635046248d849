import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { maskCell } from "@ciudata/core";
import { createCaster, type Field, isCastFailure } from "@ciudata/table";
import { openFile } from "@ciudata/table/node";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { FoundTable } from "./discover";
import { loadDuckDB } from "./duckdb-module";
import { type CkanType, columnType, quoteId } from "./types";

/** A column as served: its CKAN type, and whether its values are masked. */
export interface StoredColumn {
  name: string;
  type: CkanType;
  duck: string;
  title: string | null;
  description: string | null;
  masked: boolean;
}

/** A table as loaded in DuckDB. */
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

/** The embedded database of a served folder, opened read-only and locked. */
export interface Store {
  tables: ReadonlyMap<string, StoredTable>;
  /** Whether the database file was built on this start (a source file or the config changed). */
  rebuilt: boolean;
  /** Runs one statement with positional parameters; aborted after `timeoutMs` (DuckDB interrupt). */
  query(
    sql: string,
    params?: readonly (string | number | boolean | null)[],
    timeoutMs?: number,
  ): Promise<QueryResult>;
  /** A connection for checks that need the parser (statement count and type, table names). */
  withConnection<T>(use: (c: DuckDBConnection) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Rows as JSON-ready objects (as CKAN sends them), with the column names and CKAN types in order. */
export interface QueryResult {
  columns: string[];
  types: CkanType[];
  rows: Record<string, unknown>[];
}

/** DuckDB type ids → CKAN type names (DuckDBTypeId of `@duckdb/node-api`). */
const CKAN_OF_TYPE_ID: Readonly<Record<number, CkanType>> = {
  1: "bool",
  2: "int",
  3: "int",
  4: "int",
  5: "int",
  6: "int",
  7: "int",
  8: "int",
  9: "int",
  16: "int",
  32: "int",
  10: "numeric",
  11: "numeric",
  19: "numeric",
  13: "date",
  12: "timestamp",
  20: "timestamp",
  21: "timestamp",
  22: "timestamp",
  31: "timestamp",
};

/** A JSON value of DuckDB as CKAN sends it: whole and decimal numbers as numbers when exact, ISO timestamps. */
function asCkan(value: unknown, type: CkanType): unknown {
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

/** Thrown when a query ran past its time limit. */
export class QueryTimeout extends Error {
  constructor() {
    super("query interrupted: time limit");
  }
}

const FORMAT = 1;

interface Fingerprint {
  id: string;
  relPath: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * Opens the database of a served folder (`<root>/.ciudata/portal.duckdb`), rebuilding it first
 * when a source file changed (size, modification time, then SHA-256) or the plan did (masked or
 * dropped columns). It is built under a temporary name and renamed, then opened read-only with
 * external access off and the configuration locked, so no query can read or write files.
 *
 * @example
 * ```ts
 * const store = await openStore("datos/", plans);
 * await store.query('SELECT count(*) AS n FROM "barrios"');
 * ```
 */
export async function openStore(root: string, plans: readonly LoadPlan[]): Promise<Store> {
  const { DuckDBInstance } = await loadDuckDB();
  const dir = join(root, ".ciudata");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "portal.duckdb");
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
  const previous = await readMeta(DuckDBInstance, file);
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
  let tables = previous?.tables ?? [];
  if (!same) {
    const temp = join(dir, `portal.duckdb.${process.pid}.tmp`);
    await rm(temp, { force: true });
    await rm(`${temp}.wal`, { force: true });
    const build = await DuckDBInstance.create(temp, LOCKDOWN_BUILD);
    try {
      const c = await build.connect();
      tables = [];
      for (const p of plans) tables.push(await loadTable(c, p));
      await c.run("CREATE TABLE _ciudata_meta (k VARCHAR, v VARCHAR)");
      await c.run("INSERT INTO _ciudata_meta VALUES ('meta', ?)", [
        JSON.stringify({ planKey, prints, tables }),
      ]);
      await c.run("CHECKPOINT");
      c.closeSync();
    } finally {
      build.closeSync();
    }
    await rm(`${file}.wal`, { force: true });
    await rename(temp, file);
  }
  const instance = await DuckDBInstance.create(file, LOCKDOWN_SERVE);
  const byId = new Map(tables.map((t) => [t.id, t]));
  const open = new Set<DuckDBConnection>();
  const withConnection = async <T>(use: (c: DuckDBConnection) => Promise<T>): Promise<T> => {
    const c = await instance.connect();
    open.add(c);
    try {
      return await use(c);
    } finally {
      open.delete(c);
      c.closeSync();
    }
  };
  return {
    tables: byId,
    rebuilt: !same,
    withConnection,
    query: (sql, params = [], timeoutMs = 0) => withConnection((c) => runQuery(c, sql, params, timeoutMs)),
    close: async () => {
      for (const c of open) c.interrupt();
      instance.closeSync();
    },
  };
}

/**
 * Runs one statement on a DuckDB connection with positional parameters, the rows as CKAN sends them;
 * past `timeoutMs` (0: no limit) the query is interrupted and {@link QueryTimeout} thrown. @internal
 */
export async function runQuery(
  c: DuckDBConnection,
  sql: string,
  params: readonly (string | number | boolean | null)[] = [],
  timeoutMs = 0,
): Promise<QueryResult> {
  let timedOut = false;
  let repeat: ReturnType<typeof setInterval> | undefined;
  // Past the limit, interrupt, and again until the query stops (one sent before it started is lost).
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          c.interrupt();
          repeat = setInterval(() => c.interrupt(), 20);
        }, timeoutMs)
      : undefined;
  try {
    const reader = await c.runAndReadAll(sql, [...params]);
    const columns = reader.columnNames();
    const types = reader.columnTypes().map((t) => CKAN_OF_TYPE_ID[Number(t.typeId)] ?? "text");
    const rows = (reader.getRowObjectsJson() as Record<string, unknown>[]).map((r) => {
      for (const [i, name] of columns.entries()) r[name] = asCkan(r[name], types[i] ?? "text");
      return r;
    });
    return { columns, types, rows };
  } catch (error) {
    if (timedOut) throw new QueryTimeout();
    throw error;
  } finally {
    clearTimeout(timer);
    clearInterval(repeat);
  }
}

/** While building: no file access from SQL (values are appended from JavaScript). @internal */
export const LOCKDOWN_BUILD = {
  enable_external_access: "false",
  autoinstall_known_extensions: "false",
  autoload_known_extensions: "false",
};

/** While serving: read-only, no file access, no extension, settings locked. */
const LOCKDOWN_SERVE = {
  access_mode: "READ_ONLY",
  ...LOCKDOWN_BUILD,
  threads: "2",
  memory_limit: "512MB",
  lock_configuration: "true",
};

async function readMeta(
  DuckDBInstance: typeof import("@duckdb/node-api").DuckDBInstance,
  file: string,
): Promise<{ planKey: string; prints: Fingerprint[]; tables: StoredTable[] } | null> {
  try {
    await stat(file);
  } catch {
    return null;
  }
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(file, { access_mode: "READ_ONLY", ...LOCKDOWN_BUILD });
    const c = await instance.connect();
    const reader = await c.runAndReadAll("SELECT v FROM _ciudata_meta WHERE k = 'meta'");
    c.closeSync();
    const v = reader.getRowsJson()[0]?.[0];
    return typeof v === "string" ? JSON.parse(v) : null;
  } catch {
    return null;
  } finally {
    instance?.closeSync();
  }
}

/** A cast value as text DuckDB casts back exactly (numbers, ISO dates and timestamps). */
function canonical(value: unknown): string {
  if (value instanceof Date) return value.toISOString().replace(/Z$/, "");
  return String(value);
}

async function loadTable(c: DuckDBConnection, plan: LoadPlan): Promise<StoredTable> {
  const { table, mask, drop } = plan;
  const opened = await openFile(table.path, {
    name: table.name,
    ...(table.schema ? { schema: table.schema } : {}),
    ...(table.dialect ? { dialect: table.dialect as never } : {}),
  });
  const fields: readonly Field[] = opened.fields;
  const kept = fields.map((f, j) => ({ f, j })).filter(({ f }) => !drop.has(f.name));
  const columns: StoredColumn[] = kept.map(({ f }) => {
    const masked = mask.has(f.name);
    const t = masked ? columnType("string") : columnType(f.type);
    return {
      name: f.name,
      type: t.ckan,
      duck: t.duck,
      title: f.title ?? null,
      description: f.description ?? null,
      masked,
    };
  });
  const raw = quoteId(`${table.id}__raw`);
  await c.run(
    `CREATE TABLE ${raw} (_id BIGINT, ${columns.map((col) => `${quoteId(col.name)} VARCHAR`).join(", ")})`,
  );
  const casters = kept.map(({ f }) => createCaster(f, { missingValues: opened.missingValues }));
  const appender = await c.createAppender(`${table.id}__raw`);
  let rows = 0;
  let castFailures = 0;
  if (opened.stopped === null)
    for await (const batch of opened.batches()) {
      for (const row of batch) {
        rows++;
        appender.appendBigInt(BigInt(rows));
        for (const [k, { j }] of kept.entries()) {
          const cell = row.cells[j] ?? "";
          const value = (casters[k] as (s: string) => unknown)(cell);
          if (value === null) appender.appendNull();
          else if (columns[k]?.masked) appender.appendVarchar(maskCell(cell));
          else if (isCastFailure(value)) {
            castFailures++;
            appender.appendNull();
          } else appender.appendVarchar(canonical(value));
        }
        appender.endRow();
      }
    }
  appender.flushSync();
  appender.closeSync();
  const select = columns
    .map((col) => `CAST(${quoteId(col.name)} AS ${col.duck}) AS ${quoteId(col.name)}`)
    .join(", ");
  await c.run(
    `CREATE TABLE ${quoteId(table.id)} AS SELECT _id${select ? `, ${select}` : ""} FROM ${raw} ORDER BY _id`,
  );
  await c.run(`DROP TABLE ${raw}`);
  return { id: table.id, columns, rows, castFailures };
}
