import { mkdir, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { loadDuckDB } from "./duckdb-module";
import { castRows } from "./rows";
import {
  ckanResult,
  compareLoad,
  type LoadPlan,
  type ParseRefusal,
  type QueryResult,
  QueryTimeout,
  type Store,
  type StoredTable,
  type StoreMeta,
} from "./stored";
import type { CkanType } from "./types";
import { quoteId } from "./types";

export {
  type LoadPlan,
  type QueryResult,
  QueryTimeout,
  type Store,
  type StoredColumn,
  type StoredTable,
} from "./stored";

/** The DuckDB store: a {@link Store}, and a connection for checks that need DuckDB's parser. */
export interface DuckDBStore extends Store {
  withConnection<T>(use: (c: DuckDBConnection) => Promise<T>): Promise<T>;
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
export async function openStore(root: string, plans: readonly LoadPlan[]): Promise<DuckDBStore> {
  const { DuckDBInstance } = await loadDuckDB();
  const dir = join(root, ".ciudata");
  await mkdir(dir, { recursive: true });
  const file = join(dir, "portal.duckdb");
  const previous = await readMeta(DuckDBInstance, file);
  const { same, planKey, prints } = await compareLoad(plans, previous);
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
  const { withConnection, interruptAll } = connections(instance);
  return {
    dialect: "duckdb",
    tables: byId,
    rebuilt: !same,
    withConnection,
    // DuckDB's parser: exactly one statement, and a SELECT (statement type 1).
    parse: (sql) =>
      withConnection(async (c): Promise<ParseRefusal> => {
        const statements = await c.extractStatements(sql);
        if (statements.count !== 1) return "several-statements";
        const prepared = await statements.prepare(0);
        return Number(prepared.statementType) === 1 ? null : "not-select";
      }),
    query: (sql, params = [], timeoutMs = 0) => withConnection((c) => runQuery(c, sql, params, timeoutMs)),
    close: async () => {
      interruptAll();
      instance.closeSync();
    },
  };
}

/**
 * Connections to a DuckDB database, one per use and closed after it; `interruptAll` stops those in use
 * (before the database closes). @internal
 */
export function connections(instance: DuckDBInstance): {
  withConnection<T>(use: (c: DuckDBConnection) => Promise<T>): Promise<T>;
  interruptAll(): void;
} {
  const open = new Set<DuckDBConnection>();
  return {
    async withConnection(use) {
      const c = await instance.connect();
      open.add(c);
      try {
        return await use(c);
      } finally {
        open.delete(c);
        c.closeSync();
      }
    },
    interruptAll: () => {
      for (const c of open) c.interrupt();
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
    const types = reader.columnTypes().map((t) => CKAN_OF_TYPE_ID[Number(t.typeId)] ?? "text");
    return ckanResult(reader.columnNames(), types, reader.getRowObjectsJson() as Record<string, unknown>[]);
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
): Promise<StoreMeta | null> {
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

async function loadTable(c: DuckDBConnection, plan: LoadPlan): Promise<StoredTable> {
  const { table } = plan;
  const { columns, batches, castFailures } = await castRows(plan);
  const raw = quoteId(`${table.id}__raw`);
  await c.run(
    `CREATE TABLE ${raw} (_id BIGINT, ${columns.map((col) => `${quoteId(col.name)} VARCHAR`).join(", ")})`,
  );
  const appender = await c.createAppender(`${table.id}__raw`);
  let rows = 0;
  for await (const batch of batches())
    for (const cells of batch) {
      rows++;
      appender.appendBigInt(BigInt(rows));
      for (const cell of cells) {
        if (cell === null) appender.appendNull();
        else appender.appendVarchar(cell);
      }
      appender.endRow();
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
  return { id: table.id, columns, rows, castFailures: castFailures() };
}
