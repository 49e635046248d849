import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";
import type { RiskReport } from "@ciudata/privacy";
import type { TableSchema } from "@ciudata/table";
import { loadDuckDB } from "@ciudata/table/node";
import { type CompiledChecks, compileChecks } from "../pushdown/compile";
import { duckdbDialect, type SqlDialect } from "../pushdown/dialect";
import type { CountColumn, NotPushed } from "../pushdown/field";
import { compileRisk } from "../pushdown/risk";

/**
 * DuckDB's memory limit unless told otherwise (see `memoryLimit`): measured on the bench's registry, it
 * keeps the Node process holding DuckDB small (what does not fit spills to disk).
 */
const DEFAULT_MEMORY_LIMIT = "64MB";

/** One count of the pushed-down checks: an error type (and constraint) on a field, over every row. */
export interface PushedCount extends CountColumn {
  count: number;
}

/** Cells of one field holding no value (the completeness dimension): NULL, empty, only spaces, a missing value. */
export interface PushedMissing {
  fieldNumber: number;
  fieldName: string;
  /** Cells without a value, blank rows aside. */
  cells: number;
}

/** A failing cell found by the engine (no value: the position, the field and what failed). */
export interface PushedFinding {
  /**
   * In a file, the row number as the in-process runner counts it (2 = the first data row after the
   * header); in a database table, null (the row is named by `key`).
   */
  rowNumber: number | null;
  /** In a database table, the row's key (the `key` column given, as text); null in a file. */
  key: string | null;
  /** The field of a cell check or a `unique` field; null for a row's key (`fieldNames` names it). */
  fieldNumber: number | null;
  /** The key's fields, for `primary-key`, `foreign-key` and a `uniqueKeys` entry. */
  fieldNames?: readonly string[];
  type: "type-error" | "constraint-error" | "unique-error" | "primary-key" | "foreign-key";
  constraint: string | null;
}

/** What {@link checkInDuckDB} found. */
export interface PushedResult {
  engine: "duckdb" | "postgres";
  /** Data rows read. */
  rows: number;
  /** Exact counts by type, field and constraint (zeros left out). */
  counts: PushedCount[];
  /** Cells without a value per field (every field, zeros kept): the completeness dimension. */
  missing: PushedMissing[];
  /** The re-identification counts over `risk.qi`, when asked (see `compileRisk`). */
  risk?: RiskReport;
  /** The first failing cells in table order, at most `limit` per field (then per key, in key order). */
  findings: PushedFinding[];
  /** Checks of the schema the engine did not run (see `compileChecks`). */
  notPushed: readonly NotPushed[];
  /** In a database table with a `key`, the first keys by key order (see `keySample`), to judge the column. */
  keySample?: readonly string[];
  /** The SQL that ran, for the report and for running it elsewhere. */
  sql: CompiledChecks;
}

/** Options of {@link checkInDuckDB}. */
export interface PushdownOptions {
  /** The CSV's delimiter (default: DuckDB's sniffer). */
  delimiter?: string;
  /** Failing cells listed per field (default 100); counts are never capped. */
  limit?: number;
  /** DuckDB's `memory_limit` (default `"64MB"`: what does not fit spills to a temporary folder). */
  memoryLimit?: string;
  /** DuckDB's `threads` (default: one per core). */
  threads?: number;
  /** The CSV's encoding as DuckDB names it (default `"utf-8"`; `"latin-1"`, `"utf-16"`). */
  encoding?: "utf-8" | "latin-1" | "utf-16";
  /**
   * The files foreign keys to other resources reference, by resource name (read with the same options),
   * with their Table Schema when their fields' types differ from those referencing them.
   */
  references?: Readonly<Record<string, { path: string; schema?: TableSchema }>>;
  /** Measure the re-identification risk over these quasi-identifiers too, as `measureRisk` does. */
  risk?: PushedRiskOptions;
}

/** The quasi-identifiers (and k, missing values) of the pushed-down risk counts. */
export interface PushedRiskOptions {
  qi: readonly string[];
  k?: number;
  missingValues?: readonly string[];
}

/**
 * Runs a Table Schema's cell checks inside an embedded DuckDB on a CSV, Parquet or JSON file DuckDB reads
 * (files larger than memory spill to disk): exact counts by error type, field and constraint, and the first
 * failing cells in file order with their row numbers, as the in-process runner numbers them. Cell values are
 * never returned. Checks the SQL cannot run faithfully are listed in `notPushed`.
 *
 * @example
 * ```ts
 * import { checkInDuckDB } from "@ciudata/quality/node";
 * const result = await checkInDuckDB("padron.csv", {
 *   fields: [{ name: "edad", type: "integer", constraints: { minimum: 0 } }],
 *   missingValues: [""],
 * });
 * result.counts; //=> [{ type: "constraint-error", fieldName: "edad", constraint: "minimum", count: 12, … }]
 * ```
 */
export async function checkInDuckDB(
  path: string,
  schema: TableSchema,
  options: PushdownOptions = {},
): Promise<PushedResult> {
  const duckdb = await loadDuckDB(
    "quality/duckdb-missing",
    "@duckdb/node-api is not installed (npm install @duckdb/node-api)",
  );
  // Spills (sorting the failing cells) go to a fresh folder, removed at the end, never the working directory.
  const spill = await mkdtemp(join(tmpdir(), "ciudata-pushdown-"));
  const instance = await duckdb.DuckDBInstance.create(":memory:", {
    memory_limit: options.memoryLimit ?? DEFAULT_MEMORY_LIMIT,
    ...(options.threads === undefined ? {} : { threads: String(options.threads) }),
    // Counting needs no order (and keeps less in memory without it); the listing asks for it below.
    preserve_insertion_order: "false",
    temp_directory: spill,
  });
  const connection = await instance.connect();
  try {
    const d = duckdbDialect;
    const reader = readerFor(path, schema, options);
    // Read as it streams, never copied into a table. The counts read it in parallel; the listing numbers
    // the rows in file order (DuckDB keeps it with preserve_insertion_order, without holding the rows),
    // which costs a pass of its own, run only when something failed.
    const references = Object.fromEntries(
      Object.entries(options.references ?? {}).map(([name, r]) => [
        name,
        { table: readerFor(r.path, r.schema, options), ...(r.schema ? { schema: r.schema } : {}) },
      ]),
    );
    const sql = compileChecks(schema, d, { table: reader, references });
    const numbered = compileChecks(schema, d, {
      table: `(SELECT row_number() OVER () AS "__row", * FROM ${reader})`,
      position: '"__row"',
      references,
    });
    let row: readonly unknown[];
    let listed: readonly (readonly unknown[])[] = [];
    let keys: Awaited<ReturnType<typeof runKeys>> = { counts: [], findings: [] };
    let risk: RiskReport | undefined;
    try {
      row = (await connection.runAndReadAll(sql.counts)).getRows()[0] ?? [];
      const failed = sql.columns.some(
        (c, i) => c.type !== "rows" && c.type !== "blank-row" && c.type !== "missing" && Number(row[i]) > 0,
      );
      if (options.risk !== undefined)
        risk = await runRisk(options.risk, d, reader, async (q) =>
          (await connection.runAndReadAll(q)).getRows(),
        );
      if (failed || numbered.keys.length > 0) await connection.run("SET preserve_insertion_order = true");
      if (failed) listed = (await connection.runAndReadAll(numbered.list(options.limit ?? 100))).getRows();
      keys = await runKeys(sql, numbered, options.limit ?? 100, async (query) =>
        (await connection.runAndReadAll(query)).getRows(),
      );
    } catch (cause) {
      throw unreadable(path, cause);
    }
    const findings = [
      ...listed.map((r) => finding(r, { rowNumber: Number(r[0]) + 1, key: null })),
      ...keys.findings.map(({ position, ...f }) => ({ ...f, rowNumber: Number(position) + 1, key: null })),
    ];
    const { rows, counts, missing } = countsOf(sql, row);
    return {
      engine: "duckdb",
      rows,
      counts: [...counts, ...keys.counts],
      missing,
      ...(risk ? { risk } : {}),
      findings,
      notPushed: sql.notPushed,
      sql: numbered,
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
}

/** The counts row read back: every row, the non-zero counts, and the missing cells per field. @internal */
export function countsOf(
  sql: CompiledChecks,
  row: readonly unknown[],
): { rows: number; counts: PushedCount[]; missing: PushedMissing[] } {
  const counts: PushedCount[] = [];
  const missing: PushedMissing[] = [];
  let rows = 0;
  sql.columns.forEach((column, i) => {
    const count = Number(row[i] ?? 0);
    if (column.type === "rows") rows = count;
    else if (column.type === "missing")
      missing.push({ fieldNumber: column.fieldNumber ?? 0, fieldName: column.fieldName ?? "", cells: count });
    else if (count > 0) counts.push({ ...column, count });
  });
  return { rows, counts, missing };
}

/** Runs the risk counts over `table` and reads them as `measureRisk` reports them. @internal */
export async function runRisk(
  options: PushedRiskOptions,
  d: SqlDialect,
  table: string,
  query: (sql: string) => Promise<readonly (readonly unknown[])[]>,
): Promise<RiskReport> {
  const risk = compileRisk(options.qi, d, {
    table,
    ...(options.k === undefined ? {} : { k: options.k }),
    ...(options.missingValues === undefined ? {} : { missingValues: options.missingValues }),
  });
  return risk.read((await query(risk.sql))[0] ?? []);
}

/**
 * Runs the key checks: each count (over every row), then the first `limit` rows reported by each
 * non-zero one from the `listing` compilation (which numbers rows or carries the key). @internal
 */
export async function runKeys(
  sql: CompiledChecks,
  listing: CompiledChecks,
  limit: number,
  query: (sql: string) => Promise<readonly (readonly unknown[])[]>,
): Promise<{
  counts: PushedCount[];
  findings: (Omit<PushedFinding, "rowNumber" | "key"> & { position: unknown })[];
}> {
  const counts: PushedCount[] = [];
  const findings: (Omit<PushedFinding, "rowNumber" | "key"> & { position: unknown })[] = [];
  for (const [i, check] of sql.keys.entries()) {
    const count = Number((await query(check.count))[0]?.[0] ?? 0);
    if (count === 0) continue;
    const { column } = check;
    counts.push({ ...column, count });
    const type = column.type as PushedFinding["type"];
    const listed = await query(listing.keys[i]?.list(limit) ?? check.list(limit));
    for (const r of listed)
      findings.push({
        position: r[0],
        fieldNumber: column.fieldNumber ?? null,
        ...(column.fieldNames ? { fieldNames: column.fieldNames } : {}),
        type,
        constraint: null,
      });
  }
  return { counts, findings };
}

/** One row of `list()` as a finding, placed by row number or key. @internal */
export function finding(
  r: readonly unknown[],
  where: { rowNumber: number | null; key: string | null },
): PushedFinding {
  return {
    ...where,
    fieldNumber: Number(r[1]),
    type: r[2] as PushedFinding["type"],
    constraint: r[3] === null || r[3] === undefined ? null : String(r[3]),
  };
}

/**
 * DuckDB could not read the file: its first line only (it names the line; the lines after it quote the
 * file's content, which may be personal).
 */
function unreadable(path: string, cause: unknown): CiudataError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const first = message.split("\n")[0] ?? "";
  const encoding = /not utf-8 encoded|invalid unicode/i.test(message);
  return new CiudataError(
    [
      createIssue("quality/pushdown-unreadable", {
        params: { file: path, detail: first, reason: encoding ? "encoding" : "read" },
        note: `DuckDB could not read ${path}: ${first}`,
      }),
    ],
    { cause },
  );
}

/** DuckDB's reader for the file, every column as text (empty cells as empty text, not NULL). */
function readerFor(path: string, schema: TableSchema | undefined, options: PushdownOptions): string {
  const file = duckdbDialect.text(path);
  const lower = path.toLowerCase();
  if (lower.endsWith(".parquet")) return `read_parquet(${file})`;
  if (lower.endsWith(".json") || lower.endsWith(".ndjson") || lower.endsWith(".jsonl"))
    return `read_json(${file})`;
  // Named after the schema's fields (the header is then only skipped), or as the header names them.
  const names =
    schema === undefined
      ? ""
      : `, names = [${schema.fields.map((f) => duckdbDialect.text(f.name)).join(", ")}]`;
  const delimiter =
    options.delimiter === undefined ? "" : `, delim = ${duckdbDialect.text(options.delimiter)}`;
  const encoding = `, encoding = ${duckdbDialect.text(options.encoding ?? "utf-8")}`;
  // A 2 MiB read buffer (DuckDB's default is 16 lines of 2 MiB each per thread): the same counts, with
  // the process's peak memory ~100 MB lower (measured: bench/pushdown.mjs). A line may still be 2 MiB.
  // Quotes as RFC 4180 says (an unclosed quote is an error, not text), as the in-process reader reads them.
  return `read_csv(${file}, header = true, all_varchar = true, quote = '"', escape = '"', nullstr = '\u0001', buffer_size = 2097152${names}${delimiter}${encoding})`;
}
