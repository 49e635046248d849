import { createHash } from "node:crypto";
import { basename } from "node:path";
import { CiudataError, foldAccents } from "@ciudata/core";
import type { QueryResult as PgResult, Pool, PoolClient } from "pg";
import { openPool, unreachable } from "./pg-connect";
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
import { type CkanType, pgType, quoteId, sqlWriting } from "./types";

/** Where a served folder is kept on PostgreSQL. */
export interface PgStoreOptions {
  /** `postgres://user:password@host:port/database` (the password is never printed). */
  url: string;
  /** The schema that holds the folder's tables (default `ciudata_<folder>_<6 hex of its path>`). */
  schema?: string;
}

/** PostgreSQL type ids → CKAN type names. */
const CKAN_OF_OID: Readonly<Record<number, CkanType>> = {
  16: "bool",
  20: "int",
  21: "int",
  23: "int",
  700: "numeric",
  701: "numeric",
  1700: "numeric",
  1082: "date",
  1114: "timestamp",
  1184: "timestamp",
};

/** Values as DuckDB's JSON has them: text for dates, timestamps, big and exact numbers (then `asCkan`). */
const TYPES = {
  getTypeParser: (oid: number) => {
    if (oid === 16) return (v: string) => v === "t";
    if (oid === 21 || oid === 23) return (v: string) => Number(v);
    if (oid === 700 || oid === 701)
      return (v: string) => {
        const n = Number(v);
        return Number.isFinite(n) ? n : v;
      };
    return (v: string) => v;
  },
};

/** Rows per INSERT while loading (one array parameter per column). */
const LOAD_BATCH = 5000;

/**
 * The schema a folder is kept in when none is named: `ciudata_`, the folder's name (lower case,
 * letters, digits and `_`) and six hex digits of its full path, so two folders never share one.
 */
export function defaultSchema(root: string): string {
  const slug = foldAccents(basename(root))
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  const hash = createHash("sha256").update(root).digest("hex").slice(0, 6);
  return `ciudata_${slug ? `${slug}_` : ""}${hash}`;
}

/**
 * Opens a served folder's tables on PostgreSQL, loading them first (into a new schema, swapped in
 * one transaction) when a source file or the plan changed, as `openStore` does for DuckDB. Every
 * query then runs in a `READ ONLY` transaction with `statement_timeout`, through the extended
 * protocol (one statement), with the folder's schema as the only search path besides the catalog.
 * A connection string with a password is masked in every message.
 *
 * @example
 * ```ts
 * const store = await openPgStore("datos/", plans, { url: "postgres://ciudata@127.0.0.1/datos" });
 * await store.query('SELECT count(*) AS n FROM "barrios"');
 * ```
 */
export async function openPgStore(
  root: string,
  plans: readonly LoadPlan[],
  options: PgStoreOptions,
): Promise<Store> {
  const schema = options.schema ?? defaultSchema(root);
  const pool = await openPool(options.url, { applicationName: "ciudata portal serve", max: 4 });
  const client: PoolClient = await pool.connect().catch(async (error: unknown) => {
    await pool.end().catch(() => {});
    throw unreachable(options.url, error);
  });
  let tables: StoredTable[];
  let same: boolean;
  try {
    // One loader at a time per schema (two servers of the same folder start together).
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [schema]);
    const previous = await readMeta(client, schema);
    const compared = await compareLoad(plans, previous);
    same = compared.same;
    tables = previous?.tables ?? [];
    if (!same)
      tables = await load(client, schema, plans, { planKey: compared.planKey, prints: compared.prints });
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [schema]);
    client.release();
  } catch (error) {
    client.release(true);
    await pool.end().catch(() => {});
    if (error instanceof CiudataError) throw error;
    throw unreachable(options.url, error);
  }

  const readOnly = <T>(timeoutMs: number, use: (c: PoolClient) => Promise<T>): Promise<T> =>
    inTransaction(
      pool,
      `BEGIN TRANSACTION READ ONLY; SET LOCAL statement_timeout = ${Math.max(0, Math.round(timeoutMs))}; ` +
        `SET LOCAL search_path = ${quoteId(schema)}; SET LOCAL standard_conforming_strings = on`,
      false,
      use,
    );
  return {
    dialect: "postgres",
    tables: new Map(tables.map((t) => [t.id, t])),
    rebuilt: !same,
    query: (sql, params = [], timeoutMs = 0) =>
      readOnly(timeoutMs, async (c) => asResult(await run(c, sql, params))),
    // PostgreSQL's parser, without running it: one statement (the extended protocol takes no more),
    // and a plan that changes no table.
    parse: (sql) =>
      readOnly(5000, async (c): Promise<ParseRefusal> => {
        let plan: PgResult;
        try {
          plan = await run(c, `EXPLAIN (FORMAT JSON) ${sql}`, []);
        } catch (error) {
          if (/multiple commands/i.test((error as Error).message)) return "several-statements";
          throw error;
        }
        const text = String(Object.values(plan.rows[0] ?? {})[0] ?? "");
        return /"Node Type":\s*"ModifyTable"/.test(text) ? "not-select" : null;
      }),
    close: () => pool.end(),
  };
}

/** One statement through the extended protocol (never more than one), values parsed as DuckDB's JSON has them. */
const run = (c: PoolClient, sql: string, params: readonly unknown[]): Promise<PgResult> =>
  c.query({ text: sql, values: [...params], types: TYPES, queryMode: "extended" } as never);

/** A PostgreSQL result as the stores answer it: CKAN types, values as CKAN sends them. */
function asResult(result: PgResult): QueryResult {
  const types = result.fields.map((f) => CKAN_OF_OID[f.dataTypeID] ?? "text");
  return ckanResult(
    result.fields.map((f) => f.name),
    types,
    result.rows as Record<string, unknown>[],
  );
}

/** A writable schema on PostgreSQL, as the store of what is published to a served folder uses it. @internal */
export interface PgWritable {
  query(sql: string, params: readonly unknown[], timeoutMs: number): Promise<QueryResult>;
  /** Runs statements in one transaction: all are written or none. */
  transaction(statements: readonly { sql: string; params: readonly unknown[] }[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens (creating it if needed) a schema that the write actions of a served folder write into:
 * every connection searches only that schema; a query past `timeoutMs` throws {@link QueryTimeout}.
 *
 * @example
 * ```ts
 * const db = await openPgWritable("postgres://ciudata@127.0.0.1/datos", "ciudata_datos_published");
 * ```
 * @internal
 */
export async function openPgWritable(url: string, schema: string): Promise<PgWritable> {
  const pool = await openPool(url, { applicationName: "ciudata portal serve", max: 2, schema });
  const within = <T>(timeoutMs: number, use: (c: PoolClient) => Promise<T>) =>
    inTransaction(
      pool,
      `BEGIN; SET LOCAL statement_timeout = ${Math.max(0, Math.round(timeoutMs))}`,
      true,
      use,
    );
  return {
    query: (sql, params, timeoutMs) => within(timeoutMs, async (c) => asResult(await run(c, sql, params))),
    transaction: (statements) =>
      within(0, async (c) => {
        for (const s of statements) await run(c, s.sql, s.params);
      }),
    close: () => pool.end(),
  };
}

/**
 * Runs `use` in a transaction begun by `begin`: committed when `keep` (else always rolled back); a
 * statement stopped by `statement_timeout` throws {@link QueryTimeout}; a connection left in doubt is dropped.
 */
async function inTransaction<T>(
  pool: Pool,
  begin: string,
  keep: boolean,
  use: (c: PoolClient) => Promise<T>,
): Promise<T> {
  const c = await pool.connect();
  let broken = false;
  const rollback = () =>
    c.query("ROLLBACK").catch(() => {
      broken = true;
    });
  try {
    await c.query(begin);
    const out = await use(c);
    if (keep) await c.query("COMMIT");
    else await rollback();
    return out;
  } catch (error) {
    await rollback();
    if ((error as { code?: string }).code === "57014") throw new QueryTimeout();
    throw error;
  } finally {
    c.release(broken);
  }
}

async function readMeta(c: PoolClient, schema: string): Promise<StoreMeta | null> {
  try {
    const r = await c.query(`SELECT v FROM ${quoteId(schema)}._ciudata_meta WHERE k = 'meta'`);
    const v = r.rows[0]?.v;
    return typeof v === "string" ? (JSON.parse(v) as StoreMeta) : null;
  } catch {
    return null;
  }
}

/** Loads every planned table into a new schema, then swaps it for the old one in one transaction. */
async function load(
  c: PoolClient,
  schema: string,
  plans: readonly LoadPlan[],
  meta: Omit<StoreMeta, "tables">,
): Promise<StoredTable[]> {
  const building = `${schema.slice(0, 40)}__loading_${process.pid}`;
  await c.query(`DROP SCHEMA IF EXISTS ${quoteId(building)} CASCADE`);
  await c.query(`CREATE SCHEMA ${quoteId(building)}`);
  try {
    const tables: StoredTable[] = [];
    for (const p of plans) tables.push(await loadTable(c, building, p));
    await c.query(`CREATE TABLE ${quoteId(building)}._ciudata_meta (k TEXT, v TEXT)`);
    await c.query(`INSERT INTO ${quoteId(building)}._ciudata_meta VALUES ('meta', $1)`, [
      JSON.stringify({ ...meta, tables }),
    ]);
    await c.query("BEGIN");
    await c.query(`DROP SCHEMA IF EXISTS ${quoteId(schema)} CASCADE`);
    await c.query(`ALTER SCHEMA ${quoteId(building)} RENAME TO ${quoteId(schema)}`);
    await c.query("COMMIT");
    return tables;
  } catch (error) {
    await c.query("ROLLBACK").catch(() => {});
    await c.query(`DROP SCHEMA IF EXISTS ${quoteId(building)} CASCADE`).catch(() => {});
    throw error;
  }
}

async function loadTable(c: PoolClient, schema: string, plan: LoadPlan): Promise<StoredTable> {
  const { table } = plan;
  const { columns, batches, castFailures } = await castRows(plan);
  const name = `${quoteId(schema)}.${quoteId(table.id)}`;
  // Text compares and sorts byte by byte, as in DuckDB, whatever the database's locale.
  const defs = columns.map((col) => `${quoteId(col.name)} ${sqlWriting("postgres").column(col.duck)}`);
  await c.query(`CREATE TABLE ${name} (_id BIGINT NOT NULL${defs.map((d) => `, ${d}`).join("")})`);
  // Each column arrives as one text array and is cast by the database (a date through a timestamp).
  const casts = columns.map((col, k) => {
    const cell = `u.c${k}`;
    return col.duck === "DATE"
      ? `CAST(CAST(${cell} AS TIMESTAMP) AS DATE)`
      : `CAST(${cell} AS ${pgType(col.duck)})`;
  });
  const names = ["_id", ...columns.map((col) => quoteId(col.name))].join(", ");
  const arrays = ["$1::BIGINT[]", ...columns.map((_, k) => `$${k + 2}::TEXT[]`)].join(", ");
  const aliases = ["id", ...columns.map((_, k) => `c${k}`)].join(", ");
  const insert =
    `INSERT INTO ${name} (${names}) SELECT u.id${casts.map((x) => `, ${x}`).join("")} ` +
    `FROM unnest(${arrays}) AS u(${aliases})`;
  let rows = 0;
  let ids: number[] = [];
  let cols: (string | null)[][] = columns.map(() => []);
  const flush = async () => {
    if (ids.length === 0) return;
    await c.query(insert, [ids, ...cols]);
    ids = [];
    cols = columns.map(() => []);
  };
  for await (const batch of batches())
    for (const cells of batch) {
      rows++;
      ids.push(rows);
      for (const [k, cell] of cells.entries()) cols[k]?.push(cell);
      if (ids.length >= LOAD_BATCH) await flush();
    }
  await flush();
  await c.query(`ALTER TABLE ${name} ADD PRIMARY KEY (_id)`);
  await c.query(`ANALYZE ${name}`);
  return { id: table.id, columns, rows, castFailures: castFailures() };
}
