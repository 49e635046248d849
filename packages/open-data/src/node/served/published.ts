import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { loadDuckDB } from "./duckdb-module";
import { defaultSchema, openPgWritable } from "./pg-store";
import { connections, LOCKDOWN_BUILD, runQuery } from "./store";
import type { QueryResult, StoredTable } from "./stored";
import { type CkanType, datastoreType, quoteId, type SqlDialect, type Statement, sqlWriting } from "./types";

/** A CKAN dict (package or resource) as stored and answered. */
export type CkanDict = Record<string, unknown> & { id: string };

/** One DataStore field as `datastore_create` declared it (CKAN's type name). */
export interface DatastoreField {
  id: string;
  type: CkanType;
  info?: Record<string, unknown>;
}

/** A DataStore table written through the API: its fields and primary key. */
export interface DatastoreTable {
  resource_id: string;
  fields: DatastoreField[];
  primary_key: string[];
}

type Param = string | number | boolean | null;

/**
 * What was published to a local portal through the write actions: packages with their resources,
 * DataStore tables, and SQL over them. Only the SQL goes to the database, written for its dialect:
 * a DuckDB file (`.ciudata/published.duckdb`) or, when the folder is served on PostgreSQL, a
 * schema of that database (`<schema>_published`).
 */
export interface PublishedStore {
  /** The SQL of the database that holds the published tables. */
  dialect: SqlDialect;
  /** The packages, in creation order. */
  packages(): CkanDict[];
  /** A package by id or name. */
  findPackage(idOrName: string): CkanDict | undefined;
  /** A resource by id, with its package. */
  findResource(id: string): { pkg: CkanDict; resource: CkanDict } | undefined;
  /** Writes a package (with its resources) whole. */
  savePackage(pkg: CkanDict): Promise<void>;
  datastore(resourceId: string): DatastoreTable | undefined;
  saveDatastore(table: DatastoreTable): Promise<void>;
  dropDatastore(resourceId: string): Promise<void>;
  /** A DataStore table as `searchSql` reads it. */
  searchable(resourceId: string): StoredTable | undefined;
  /** Runs statements one after another (writes never interleave), with the dialect's placeholders. */
  query(sql: string, params?: readonly Param[], timeoutMs?: number): Promise<QueryResult>;
  /** Runs statements in one transaction: all are written or none. */
  transaction(statements: readonly Statement[]): Promise<void>;
  /** Where uploaded files are kept. */
  uploads: string;
  close(): Promise<void>;
}

/** Where {@link openPublished} keeps what is published (default: a DuckDB file in the folder). */
export interface PublishedOptions {
  /** `postgres://…`: keep it on PostgreSQL, in `<schema>_published` (the password is never printed). */
  database?: string;
  /** The schema of the folder's own tables (default `ciudata_<folder>_<6 hex of its path>`). */
  schema?: string;
}

/** A database the published store writes to: the SQL goes there, the bookkeeping stays shared. */
interface Backend {
  dialect: SqlDialect;
  query(sql: string, params: readonly Param[], timeoutMs: number): Promise<QueryResult>;
  transaction(statements: readonly Statement[]): Promise<void>;
  close(): Promise<void>;
}

/** The tables that keep packages and DataStore definitions (JSON bodies), per dialect. */
const BOOKS: Readonly<Record<SqlDialect, { create: (table: string) => string; order: string }>> = {
  duckdb: {
    create: (t) => `CREATE TABLE IF NOT EXISTS ${t} (id VARCHAR PRIMARY KEY, body VARCHAR)`,
    order: "rowid",
  },
  postgres: {
    create: (t) => `CREATE TABLE IF NOT EXISTS ${t} (id TEXT PRIMARY KEY, body TEXT, n BIGSERIAL)`,
    order: "n",
  },
};

async function duckdbBackend(dir: string): Promise<Backend> {
  const { DuckDBInstance } = await loadDuckDB();
  const instance = await DuckDBInstance.create(join(dir, "published.duckdb"), {
    ...LOCKDOWN_BUILD,
    threads: "2",
    memory_limit: "512MB",
  });
  const { withConnection: connected, interruptAll } = connections(instance);
  return {
    dialect: "duckdb",
    query: (sql, params, timeoutMs) => connected((c) => runQuery(c, sql, params, timeoutMs)),
    transaction: (statements) =>
      connected(async (c) => {
        await c.run("BEGIN TRANSACTION");
        try {
          for (const s of statements) await c.run(s.sql, [...s.params]);
          await c.run("COMMIT");
        } catch (error) {
          await c.run("ROLLBACK").catch(() => {});
          throw error;
        }
      }),
    close: async () => {
      interruptAll();
      instance.closeSync();
    },
  };
}

/**
 * Opens (or creates) the database of what was published to a served folder: by default
 * `<root>/.ciudata/published.duckdb` with file access from SQL turned off; with `database`, the
 * schema `<schema>_published` of that PostgreSQL database. Uploaded files stay in
 * `<root>/.ciudata/uploads` either way.
 *
 * @example
 * ```ts
 * const published = await openPublished("datos/");
 * published.packages().map((p) => p.name);
 * ```
 */
export async function openPublished(root: string, options: PublishedOptions = {}): Promise<PublishedStore> {
  const dir = join(root, ".ciudata");
  await mkdir(join(dir, "uploads"), { recursive: true });
  const db: Backend =
    options.database === undefined
      ? await duckdbBackend(dir)
      : {
          dialect: "postgres",
          ...(await openPgWritable(options.database, `${options.schema ?? defaultSchema(root)}_published`)),
        };
  const sql = sqlWriting(db.dialect);
  let chain: Promise<unknown> = Promise.resolve();
  /** One at a time: a write never interleaves with another. */
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = chain.then(work);
    chain = next.catch(() => undefined);
    return next;
  };
  const query = (text: string, params: readonly Param[] = [], timeoutMs = 0) =>
    serial(() => db.query(text, params, timeoutMs));
  const books = BOOKS[db.dialect];
  await query(books.create("_ciudata_packages"));
  await query(books.create("_ciudata_datastore"));
  const packages = new Map<string, CkanDict>();
  for (const r of (await query(`SELECT body FROM _ciudata_packages ORDER BY ${books.order}`)).rows) {
    const p = JSON.parse(String(r.body)) as CkanDict;
    packages.set(p.id, p);
  }
  const tables = new Map<string, DatastoreTable>();
  for (const r of (await query("SELECT body FROM _ciudata_datastore")).rows) {
    const t = JSON.parse(String(r.body)) as DatastoreTable;
    tables.set(t.resource_id, t);
  }
  const put = (table: string, id: string, body: unknown) =>
    query(
      `INSERT INTO ${table} (id, body) VALUES (${sql.param(1)}, ${sql.param(2)}) ` +
        "ON CONFLICT (id) DO UPDATE SET body = excluded.body",
      [id, JSON.stringify(body)],
    );
  const resources = (p: CkanDict) => (Array.isArray(p.resources) ? (p.resources as CkanDict[]) : []);
  return {
    dialect: db.dialect,
    packages: () => [...packages.values()],
    findPackage: (key) => packages.get(key) ?? [...packages.values()].find((p) => p.name === key),
    findResource: (id) => {
      for (const pkg of packages.values()) {
        const resource = resources(pkg).find((r) => r.id === id);
        if (resource) return { pkg, resource };
      }
      return undefined;
    },
    savePackage: async (pkg) => {
      await put("_ciudata_packages", pkg.id, pkg);
      packages.set(pkg.id, pkg);
    },
    datastore: (id) => tables.get(id),
    saveDatastore: async (t) => {
      await put("_ciudata_datastore", t.resource_id, t);
      tables.set(t.resource_id, t);
    },
    dropDatastore: async (id) => {
      await serial(() =>
        db.transaction([
          { sql: `DROP TABLE IF EXISTS ${quoteId(id)}`, params: [] },
          { sql: `DROP SEQUENCE IF EXISTS ${sequenceOf(id)}`, params: [] },
          { sql: `DELETE FROM _ciudata_datastore WHERE id = ${sql.param(1)}`, params: [id] },
        ]),
      );
      tables.delete(id);
    },
    searchable: (id) => {
      const t = tables.get(id);
      if (!t) return undefined;
      const columns = t.fields.map((f) => ({
        name: f.id,
        type: f.type,
        duck: datastoreType(f.type)?.duck ?? "VARCHAR",
        title: typeof f.info?.label === "string" ? f.info.label : null,
        description: typeof f.info?.notes === "string" ? f.info.notes : null,
        masked: false,
      }));
      return { id, columns, rows: 0, castFailures: 0 };
    },
    query,
    transaction: (statements) => serial(() => db.transaction(statements)),
    uploads: join(dir, "uploads"),
    close: async () => {
      await chain;
      await db.close();
    },
  };
}

/** The sequence that numbers `_id` of a DataStore table (letters, digits and `_` only). @internal */
export function sequenceOf(rid: string): string {
  return `seq_${rid.replace(/[^A-Za-z0-9]/g, "_")}`;
}
