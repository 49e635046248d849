// The watch history: a DuckDB file (through @duckdb/node-api, loaded only when watch runs) or a PostgreSQL
// schema (`ciudata_watch`, through `@ciudata/open-data/node`'s connectPostgres), with one row per run, one
// per dataset and run, and one per alert; the same SQL on both. Tables are documented in docs/en/watch.md.
import { CiudataError } from "@ciudata/core";
import { type DuckDBModule, loadDuckDB } from "@ciudata/linkage/node";
import { checkDatabaseUrl, connectPostgres, maskDatabaseUrl } from "@ciudata/open-data/node";
import { issueText } from "../../catalogs";
import type { ParsedArgs } from "../../declare";
import { firstLine, UsageError } from "../../errors";
import { localized, perLang } from "../../messages";
import { watchMessages } from "../../messages/watch";
import type { Alert, WatchResult } from "./alerts";

/** The history database when `--db` is not given (in the working directory). */
export const DEFAULT_DB = "history.duckdb";

/** The version of the history's tables, kept in `watch_meta`. */
export const HISTORY_VERSION = "1";

type Instance = Awaited<ReturnType<DuckDBModule["DuckDBInstance"]["create"]>>;
type DuckDBConnection = Awaited<ReturnType<Instance["connect"]>>;

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS watch_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
  `CREATE TABLE IF NOT EXISTS watch_runs (
    run_id INTEGER PRIMARY KEY, started_at VARCHAR NOT NULL, as_of VARCHAR NOT NULL, source VARCHAR NOT NULL,
    threshold DOUBLE PRECISION NOT NULL, datasets INTEGER NOT NULL, downloaded INTEGER NOT NULL, alerts INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS watch_results (
    run_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, title VARCHAR NOT NULL, url VARCHAR NOT NULL,
    status VARCHAR NOT NULL, downloaded BOOLEAN NOT NULL, etag VARCHAR, last_modified VARCHAR,
    sha256 VARCHAR, bytes BIGINT, validated_as_of VARCHAR, rows BIGINT, score DOUBLE PRECISION, outcome VARCHAR,
    formula_version VARCHAR, errors BIGINT, dimensions VARCHAR NOT NULL, fields VARCHAR NOT NULL,
    direct_identifiers BOOLEAN, personal_columns VARCHAR NOT NULL, periodicity VARCHAR, last_update VARCHAR,
    changed_on VARCHAR, due VARCHAR, stale BOOLEAN NOT NULL, reason VARCHAR,
    PRIMARY KEY (run_id, dataset_id))`,
  `CREATE TABLE IF NOT EXISTS watch_alerts (
    run_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, details VARCHAR NOT NULL)`,
];

/** One run as the history keeps it. */
export interface RunRow {
  runId: number;
  startedAt: string;
  asOf: string;
  source: string;
  threshold: number;
  datasets: number;
  downloaded: number;
  alerts: number;
}

/** The history database, open. */
export interface History {
  /** The latest result of each dataset watched from `source`, and its latest result with a review. */
  previous(source: string): Promise<Map<string, { last: WatchResult; reviewed: WatchResult | undefined }>>;
  /** Records a run, its results and its alerts in one transaction; returns the run's number. */
  record(
    run: Omit<RunRow, "runId">,
    results: readonly WatchResult[],
    alerts: readonly Alert[],
  ): Promise<number>;
  runs(): Promise<RunRow[]>;
  /** Every result, oldest run first. */
  results(): Promise<(WatchResult & { runId: number })[]>;
  /** Every alert, oldest run first. */
  alerts(): Promise<(Alert & { runId: number })[]>;
  close(): Promise<void>;
}

/** Where the history is: a DuckDB file (`path`, printed as `shown`) or a PostgreSQL database. */
export type HistoryPlace = { path: string; shown: string } | { database: string };

/** The PostgreSQL schema of the history. */
export const HISTORY_SCHEMA = "ciudata_watch";

/** The result's keys in the table's column order; each column is its key in snake case. */
const KEYS = [
  "datasetId",
  "title",
  "url",
  "status",
  "downloaded",
  "etag",
  "lastModified",
  "sha256",
  "bytes",
  "validatedAsOf",
  "rows",
  "score",
  "outcome",
  "formulaVersion",
  "errors",
  "dimensions",
  "fields",
  "directIdentifiers",
  "personalColumns",
  "periodicity",
  "lastUpdate",
  "changedOn",
  "due",
  "stale",
  "reason",
] as const satisfies readonly (keyof WatchResult)[];

const column = (key: string) => key.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const COLUMNS = KEYS.map(column);
/** Kept as JSON text. */
const JSON_KEYS = new Set<string>(["dimensions", "fields", "personalColumns", "reason"]);
/** BIGINT or DOUBLE columns, read back as numbers. */
const NUMBER_KEYS = new Set<string>(["bytes", "rows", "score", "errors"]);

type Cell = string | number | boolean | null;

function toRow(r: WatchResult): Cell[] {
  return KEYS.map((k) => {
    const v = r[k];
    return JSON_KEYS.has(k) ? (v === null ? null : JSON.stringify(v)) : (v as Cell);
  });
}

function fromRow(o: Record<string, unknown>): WatchResult & { runId: number } {
  const out: Record<string, unknown> = { runId: Number(o.run_id) };
  for (const k of KEYS) {
    const v = o[column(k)];
    out[k] =
      v === null || v === undefined
        ? null
        : JSON_KEYS.has(k)
          ? JSON.parse(String(v))
          : NUMBER_KEYS.has(k)
            ? Number(v)
            : typeof v === "boolean"
              ? v
              : String(v);
  }
  return out as unknown as WatchResult & { runId: number };
}

type Rows = (sql: string, values?: Cell[]) => Promise<Record<string, unknown>[]>;

/** The history's SQL, whichever database runs it (statements with `?` placeholders). */
interface Db {
  rows: Rows;
  /** Runs `use` in one transaction (on PostgreSQL, no other watch records a run meanwhile). */
  transaction<T>(use: (rows: Rows) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function duckdbHistory(path: string): Promise<Db> {
  let duckdb: DuckDBModule;
  try {
    duckdb = await loadDuckDB();
  } catch (cause) {
    if (!(cause instanceof CiudataError)) throw cause;
    throw new UsageError({ kind: "custom", message: localized(watchMessages, "duckdbMissing") }, { cause });
  }
  const instance: Instance = await duckdb.DuckDBInstance.create(path);
  const c: DuckDBConnection = await instance.connect().catch((error: unknown) => {
    instance.closeSync();
    throw error;
  });
  const rows: Rows = async (sql, values = []) =>
    (await c.runAndReadAll(sql, values)).getRowObjectsJS() as Record<string, unknown>[];
  return {
    rows,
    async transaction(use) {
      await c.run("BEGIN TRANSACTION");
      try {
        const out = await use(rows);
        await c.run("COMMIT");
        return out;
      } catch (error) {
        await c.run("ROLLBACK");
        throw error;
      }
    },
    async close() {
      c.closeSync();
      instance.closeSync();
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`… (the history's own statements have no `?` in a literal). */
const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** `--database`, alone: the history is in a DuckDB file (`--db`) or on PostgreSQL, never both. */
export function databaseOf(args: ParsedArgs): string | undefined {
  const database = typeof args.flags.database === "string" ? args.flags.database : undefined;
  if (database !== undefined && typeof args.flags.db === "string")
    throw new UsageError({ kind: "custom", message: localized(watchMessages, "dbOrDatabase") });
  return database;
}

/** Connects to PostgreSQL; a bad address or a database out of reach is a usage error (password masked). */
async function postgres(url: string, schema?: string) {
  try {
    checkDatabaseUrl(url);
    return await connectPostgres(url, { ...(schema ? { schema } : {}), applicationName: "ciudata watch" });
  } catch (error) {
    if (!(error instanceof CiudataError)) throw error;
    const issue = error.errors[0];
    throw new UsageError(
      { kind: "custom", message: perLang((lang) => (issue ? issueText(issue, lang) : error.message)) },
      { cause: error },
    );
  }
}

async function postgresHistory(url: string): Promise<Db> {
  const db = await postgres(url, HISTORY_SCHEMA);
  return {
    rows: (sql, values = []) => db.query(numbered(sql), values),
    transaction: (use) =>
      db.transaction(async (query) => {
        // Run numbers come from max(run_id) + 1: two watches recording at once take turns.
        await query("LOCK TABLE watch_runs IN SHARE ROW EXCLUSIVE MODE");
        return use((sql, values = []) => query(numbered(sql), values));
      }),
    close: () => db.close(),
  };
}

/**
 * Whether a PostgreSQL database holds a watch history (nothing is created to find out).
 *
 * @example
 * ```ts
 * await hasPostgresHistory("postgres://ciudata@127.0.0.1/datos"); //=> false
 * ```
 */
export async function hasPostgresHistory(url: string): Promise<boolean> {
  const db = await postgres(url);
  try {
    const found = await db.query("SELECT to_regclass($1) IS NOT NULL AS found", [
      `"${HISTORY_SCHEMA}".watch_runs`,
    ]);
    return found[0]?.found === true;
  } finally {
    await db.close();
  }
}

/**
 * Opens (or creates) the history: a DuckDB file, or the schema `ciudata_watch` of a PostgreSQL database.
 * Without `@duckdb/node-api`, on a file that is not a DuckDB database, a database that cannot be reached
 * (its password never shown) or a history of another version, a usage error that says what to do.
 *
 * @example
 * ```ts
 * const h = await openHistory({ path: "/data/history.duckdb", shown: "history.duckdb" });
 * (await h.runs()).length; await h.close();
 * ```
 */
export async function openHistory(place: HistoryPlace): Promise<History> {
  const shown = "database" in place ? maskDatabaseUrl(place.database) : place.shown;
  let db: Db | undefined;
  try {
    db = "database" in place ? await postgresHistory(place.database) : await duckdbHistory(place.path);
    for (const sql of SCHEMA) await db.rows(sql);
    const version = await db.rows("SELECT value FROM watch_meta WHERE key = 'version'");
    if (version.length === 0)
      await db.rows("INSERT INTO watch_meta VALUES ('version', ?)", [HISTORY_VERSION]);
    else if (version[0]?.value !== HISTORY_VERSION)
      throw new Error(`history version ${String(version[0]?.value)}`);
  } catch (cause) {
    await db?.close().catch(() => {});
    if (cause instanceof UsageError) throw cause;
    const detail = firstLine(cause);
    throw new UsageError(
      { kind: "custom", message: localized(watchMessages, "badHistory", { path: shown, detail }) },
      { cause },
    );
  }
  const { rows } = db;
  const all = async () =>
    (await rows("SELECT * FROM watch_results ORDER BY run_id, dataset_id")).map(fromRow);
  return {
    async previous(source) {
      const out = new Map<string, { last: WatchResult; reviewed: WatchResult | undefined }>();
      const found = await rows(
        "SELECT r.* FROM watch_results r JOIN watch_runs USING (run_id) WHERE source = ? ORDER BY run_id",
        [source],
      );
      for (const row of found.map(fromRow)) {
        const was = out.get(row.datasetId);
        const reviewed = row.status === "unreachable" ? was?.reviewed : row;
        out.set(row.datasetId, { last: row, reviewed });
      }
      return out;
    },
    record: (run, results, alerts) =>
      db.transaction(async (rows) => {
        const next = await rows("SELECT coalesce(max(run_id), 0) + 1 AS id FROM watch_runs");
        const runId = Number(next[0]?.id);
        await rows("INSERT INTO watch_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
          runId,
          run.startedAt,
          run.asOf,
          run.source,
          run.threshold,
          run.datasets,
          run.downloaded,
          run.alerts,
        ]);
        const marks = COLUMNS.map(() => "?").join(", ");
        for (const r of results)
          await rows(`INSERT INTO watch_results (run_id, ${COLUMNS.join(", ")}) VALUES (?, ${marks})`, [
            runId,
            ...toRow(r),
          ]);
        for (const a of alerts) {
          const { datasetId, kind, ...details } = a;
          await rows("INSERT INTO watch_alerts VALUES (?, ?, ?, ?)", [
            runId,
            datasetId,
            kind,
            JSON.stringify(details),
          ]);
        }
        return runId;
      }),
    async runs() {
      return (await rows("SELECT * FROM watch_runs ORDER BY run_id")).map((o) => ({
        runId: Number(o.run_id),
        startedAt: String(o.started_at),
        asOf: String(o.as_of),
        source: String(o.source),
        threshold: Number(o.threshold),
        datasets: Number(o.datasets),
        downloaded: Number(o.downloaded),
        alerts: Number(o.alerts),
      }));
    },
    results: all,
    async alerts() {
      return (await rows("SELECT * FROM watch_alerts ORDER BY run_id, dataset_id, kind")).map(
        (o) =>
          ({
            runId: Number(o.run_id),
            datasetId: String(o.dataset_id),
            kind: String(o.kind),
            ...JSON.parse(String(o.details)),
          }) as Alert & { runId: number },
      );
    },
    close: () => db.close(),
  };
}
