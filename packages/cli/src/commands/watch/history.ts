// The watch history: a DuckDB file (through @duckdb/node-api, loaded only when watch runs) with one row per
// run, one per dataset and run, and one per alert. Tables are documented in docs/en/watch.md.
import { CiudataError } from "@ciudata/core";
import { type DuckDBModule, loadDuckDB } from "@ciudata/linkage/node";
import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { watchMessages } from "../../messages/watch";
import type { Alert, WatchResult } from "./alerts";

/** The version of the history's tables, kept in `watch_meta`. */
export const HISTORY_VERSION = "1";

type Instance = Awaited<ReturnType<DuckDBModule["DuckDBInstance"]["create"]>>;
type DuckDBConnection = Awaited<ReturnType<Instance["connect"]>>;

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS watch_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
  `CREATE TABLE IF NOT EXISTS watch_runs (
    run_id INTEGER PRIMARY KEY, started_at VARCHAR NOT NULL, as_of VARCHAR NOT NULL, source VARCHAR NOT NULL,
    threshold DOUBLE NOT NULL, datasets INTEGER NOT NULL, downloaded INTEGER NOT NULL, alerts INTEGER NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS watch_results (
    run_id INTEGER NOT NULL, dataset_id VARCHAR NOT NULL, title VARCHAR NOT NULL, url VARCHAR NOT NULL,
    status VARCHAR NOT NULL, downloaded BOOLEAN NOT NULL, etag VARCHAR, last_modified VARCHAR,
    sha256 VARCHAR, bytes BIGINT, validated_as_of VARCHAR, rows BIGINT, score DOUBLE, outcome VARCHAR,
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
  close(): void;
}

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

async function rows(c: DuckDBConnection, sql: string, values: Cell[] = []) {
  return (await c.runAndReadAll(sql, values)).getRowObjectsJS() as Record<string, unknown>[];
}

/**
 * Opens (or creates) the history database at `path`. Without `@duckdb/node-api`, or on a file that is
 * not a DuckDB database (or a history of another version), a usage error that says what to do.
 *
 * @example
 * ```ts
 * const h = await openHistory("/data/history.duckdb");
 * (await h.runs()).length; h.close();
 * ```
 */
export async function openHistory(path: string, shown: string): Promise<History> {
  let duckdb: DuckDBModule;
  try {
    duckdb = await loadDuckDB();
  } catch (cause) {
    if (!(cause instanceof CiudataError)) throw cause;
    throw new UsageError({ kind: "custom", message: localized(watchMessages, "duckdbMissing") }, { cause });
  }
  let instance: Instance;
  let c: DuckDBConnection;
  try {
    instance = await duckdb.DuckDBInstance.create(path);
    c = await instance.connect();
    for (const sql of SCHEMA) await c.run(sql);
    const version = await rows(c, "SELECT value FROM watch_meta WHERE key = 'version'");
    if (version.length === 0) await c.run("INSERT INTO watch_meta VALUES ('version', ?)", [HISTORY_VERSION]);
    else if (version[0]?.value !== HISTORY_VERSION)
      throw new Error(`history version ${String(version[0]?.value)}`);
  } catch (cause) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split("\n")[0] ?? "";
    throw new UsageError(
      { kind: "custom", message: localized(watchMessages, "badHistory", { path: shown, detail }) },
      { cause },
    );
  }
  const all = async () =>
    (await rows(c, "SELECT * FROM watch_results ORDER BY run_id, dataset_id")).map(fromRow);
  return {
    async previous(source) {
      const out = new Map<string, { last: WatchResult; reviewed: WatchResult | undefined }>();
      const found = await rows(
        c,
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
    async record(run, results, alerts) {
      await c.run("BEGIN TRANSACTION");
      try {
        const next = await rows(c, "SELECT coalesce(max(run_id), 0) + 1 AS id FROM watch_runs");
        const runId = Number(next[0]?.id);
        await c.run("INSERT INTO watch_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
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
          await c.run(`INSERT INTO watch_results (run_id, ${COLUMNS.join(", ")}) VALUES (?, ${marks})`, [
            runId,
            ...toRow(r),
          ]);
        for (const a of alerts) {
          const { datasetId, kind, ...details } = a;
          await c.run("INSERT INTO watch_alerts VALUES (?, ?, ?, ?)", [
            runId,
            datasetId,
            kind,
            JSON.stringify(details),
          ]);
        }
        await c.run("COMMIT");
        return runId;
      } catch (error) {
        await c.run("ROLLBACK");
        throw error;
      }
    },
    async runs() {
      return (await rows(c, "SELECT * FROM watch_runs ORDER BY run_id")).map((o) => ({
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
      return (await rows(c, "SELECT * FROM watch_alerts ORDER BY run_id, dataset_id, kind")).map(
        (o) =>
          ({
            runId: Number(o.run_id),
            datasetId: String(o.dataset_id),
            kind: String(o.kind),
            ...JSON.parse(String(o.details)),
          }) as Alert & { runId: number },
      );
    },
    close() {
      c.closeSync();
      instance.closeSync();
    },
  };
}
