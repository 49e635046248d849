import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { loadDuckDB } from "./duckdb-module";
import { LOCKDOWN_BUILD, runQuery } from "./store";
import type { QueryResult, StoredTable } from "./stored";
import { type CkanType, datastoreType, quoteId } from "./types";

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
 * DataStore tables, and SQL over them. Only the SQL goes to the database, so another database can
 * stand behind the same interface. It is kept on DuckDB (`.ciudata/published.duckdb`) even when the
 * folder's own tables are on PostgreSQL (`serveFolder`'s `database`).
 */
export interface PublishedStore {
  /** The SQL its tables are searched with: DuckDB's, whatever database holds the served tables. */
  dialect: "duckdb";
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
  /** Runs statements one after another (writes never interleave). */
  query(sql: string, params?: readonly Param[], timeoutMs?: number): Promise<QueryResult>;
  /** Where uploaded files are kept. */
  uploads: string;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the database of what was published to a served folder,
 * `<root>/.ciudata/published.duckdb`, with file access from SQL turned off.
 *
 * @example
 * ```ts
 * const published = await openPublished("datos/");
 * published.packages().map((p) => p.name);
 * ```
 */
export async function openPublished(root: string): Promise<PublishedStore> {
  const { DuckDBInstance } = await loadDuckDB();
  const dir = join(root, ".ciudata");
  await mkdir(join(dir, "uploads"), { recursive: true });
  const instance = await DuckDBInstance.create(join(dir, "published.duckdb"), {
    ...LOCKDOWN_BUILD,
    threads: "2",
    memory_limit: "512MB",
  });
  const open = new Set<DuckDBConnection>();
  let chain: Promise<unknown> = Promise.resolve();
  const query = (sql: string, params: readonly Param[] = [], timeoutMs = 0): Promise<QueryResult> => {
    const next = chain.then(async () => {
      const c = await instance.connect();
      open.add(c);
      try {
        return await runQuery(c, sql, params, timeoutMs);
      } finally {
        open.delete(c);
        c.closeSync();
      }
    });
    chain = next.catch(() => undefined);
    return next;
  };
  await query("CREATE TABLE IF NOT EXISTS _ciudata_packages (id VARCHAR PRIMARY KEY, body VARCHAR)");
  await query("CREATE TABLE IF NOT EXISTS _ciudata_datastore (id VARCHAR PRIMARY KEY, body VARCHAR)");
  const packages = new Map<string, CkanDict>();
  for (const r of (await query("SELECT body FROM _ciudata_packages ORDER BY rowid")).rows) {
    const p = JSON.parse(String(r.body)) as CkanDict;
    packages.set(p.id, p);
  }
  const tables = new Map<string, DatastoreTable>();
  for (const r of (await query("SELECT body FROM _ciudata_datastore")).rows) {
    const t = JSON.parse(String(r.body)) as DatastoreTable;
    tables.set(t.resource_id, t);
  }
  const put = (table: string, id: string, body: unknown) =>
    query(`INSERT INTO ${table} VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body`, [
      id,
      JSON.stringify(body),
    ]);
  const resources = (p: CkanDict) => (Array.isArray(p.resources) ? (p.resources as CkanDict[]) : []);
  return {
    dialect: "duckdb",
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
      await query(`DROP TABLE IF EXISTS ${quoteId(id)}`);
      await query(`DROP SEQUENCE IF EXISTS ${sequenceOf(id)}`);
      await query("DELETE FROM _ciudata_datastore WHERE id = ?", [id]);
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
    uploads: join(dir, "uploads"),
    close: async () => {
      await chain;
      for (const c of open) c.interrupt();
      instance.closeSync();
    },
  };
}

/** The DuckDB sequence that numbers `_id` of a DataStore table (letters, digits and `_` only). @internal */
export function sequenceOf(rid: string): string {
  return `seq_${rid.replace(/[^A-Za-z0-9]/g, "_")}`;
}
