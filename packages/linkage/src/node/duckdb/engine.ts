import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { compileBlockedPairs, compileBlockingCount } from "../../sql/blocking";
import type { SqlDialect } from "../../sql/dialect";
import { duckdbDialect } from "../../sql/dialects";
import { compileGamma, predicateFields } from "../../sql/gammas";
import { planBlockingCounts } from "../../sql/union";
import type { BlockingCount, BlockingRule, ComparisonSpec, Records } from "../../types";
import { registerMeasures, type StringMeasures } from "./functions";
import { type DuckDBModule, loadDuckDB } from "./module";
import type { BlockedPairs, LinkEngine, PairList } from "./seam";
import { loadPairs, loadRecords, streamIntegers } from "./tables";

/** Where and how DuckDB runs. */
export interface DuckDBEngineOptions {
  /**
   * The database: a file path, `":memory:"`, or (default) a new file in a fresh folder of the OS temp
   * directory, removed on `close()`.
   */
  database?: string;
  /** Where DuckDB spills what does not fit in memory (default: the fresh temp folder). */
  tempDirectory?: string;
  /** DuckDB's `memory_limit` (`"1GB"`…); default DuckDB's (80% of RAM). */
  memoryLimit?: string;
  /** Worker threads; default DuckDB's (all cores). */
  threads?: number;
}

/** Makes an engine for one run: the comparisons and the two sides (`right` null for dedupe). */
export type LinkEngineFactory = (
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
) => LinkEngine;

interface Session {
  duckdb: DuckDBModule;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  dialect: SqlDialect;
  folder: string | null;
}

/**
 * The SQL engine: blocking, counts and gamma vectors run as SQL on an embedded DuckDB
 * (`@duckdb/node-api`, an optional peer dependency loaded only here), with the records in tables on disk
 * so runs larger than memory spill instead of failing. It returns the same pairs, rules and gammas as the
 * in-process engine, so the pipeline gives identical weights with either.
 *
 * @example
 * ```ts
 * import { duckdbEngine } from "@ciudata/linkage/node";
 *
 * const engine = duckdbEngine({ memoryLimit: "1GB" })(specs, left, right);
 * const counts = await engine.countBlocking(rules);
 * const pairs = await engine.block(rules, { maxComparisons: 10_000_000 });
 * const gammas = await engine.gammas(pairs); // gammas[p * specs.length + c]
 * await engine.close();
 * ```
 */
export function duckdbEngine(options: DuckDBEngineOptions = {}): LinkEngineFactory {
  return (specs, left, right) => {
    let session: Promise<Session> | undefined;
    const open = () => {
      session ??= start(options, specs, left, right);
      return session;
    };
    const tables = { left: '"left"', right: right === null ? null : '"right"' };
    return {
      async countBlocking(rules) {
        return countBlocking(await open(), rules, tables);
      },
      async block(rules, { maxComparisons }) {
        const s = await open();
        const counts = await countBlocking(s, rules, tables);
        const over = counts.findIndex((c) => c.cumulative > maxComparisons);
        if (over >= 0) throw tooMany(counts[over] as BlockingCount, maxComparisons);
        const total = counts.at(-1)?.cumulative ?? 0;
        const pairs: BlockedPairs = {
          left: new Int32Array(total),
          right: new Int32Array(total),
          rule: new Uint8Array(total),
          length: 0,
        };
        if (rules.length === 0) return pairs;
        let p = 0;
        await streamIntegers(s.connection, compileBlockedPairs(rules, s.dialect, tables), (column, rows) => {
          for (let i = 0; i < rows; i++, p++) {
            pairs.left[p] = column(0, i);
            pairs.right[p] = column(1, i);
            pairs.rule[p] = column(2, i);
          }
        });
        pairs.length = p;
        return pairs;
      },
      async gammas(pairs: PairList) {
        const s = await open();
        const c = specs.length;
        const out = new Int8Array(pairs.length * c);
        if (pairs.length === 0 || c === 0) return out;
        await loadPairs(s.duckdb, s.connection, "pairs", pairs);
        const gammas = specs.map((spec, k) => `CAST(${compileGamma(spec, s.dialect)} AS TINYINT) AS g${k}`);
        const sql = `SELECT p.pos, ${gammas.join(", ")} FROM "pairs" AS p INNER JOIN ${tables.left} AS l ON l.idx = p.l INNER JOIN ${tables.right ?? tables.left} AS r ON r.idx = p.r`;
        await streamIntegers(s.connection, sql, (column, rows) => {
          for (let i = 0; i < rows; i++) {
            const at = column(0, i) * c;
            for (let k = 0; k < c; k++) out[at + k] = column(k + 1, i);
          }
        });
        await s.connection.run(`DROP TABLE "pairs"`);
        return out;
      },
      async close() {
        if (session === undefined) return;
        const s = await session;
        session = undefined;
        s.connection.closeSync();
        s.instance.closeSync();
        if (s.folder !== null) await rm(s.folder, { recursive: true, force: true });
      },
    };
  };
}

async function start(
  options: DuckDBEngineOptions,
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
): Promise<Session> {
  const duckdb = await loadDuckDB();
  const folder =
    options.database === undefined || options.tempDirectory === undefined
      ? await mkdtemp(join(tmpdir(), "ciudata-duckdb-"))
      : null;
  const settings: Record<string, string> = {
    temp_directory: options.tempDirectory ?? join(folder as string, "spill"),
    preserve_insertion_order: "false",
  };
  if (options.memoryLimit !== undefined) settings.memory_limit = options.memoryLimit;
  if (options.threads !== undefined) settings.threads = String(options.threads);
  const instance = await duckdb.DuckDBInstance.create(
    options.database ?? join(folder as string, "link.duckdb"),
    settings,
  );
  const connection = await instance.connect();
  try {
    const fields = new Set<string>([...Object.keys(left.fields), ...Object.keys(right?.fields ?? {})]);
    for (const spec of specs)
      for (const f of [...spec.fields, ...spec.levels.flatMap((l) => predicateFields(l.when))]) fields.add(f);
    const names = [...fields];
    const nonAscii = await loadRecords(duckdb, connection, "left", left, names);
    if (right !== null)
      for (const f of await loadRecords(duckdb, connection, "right", right, names)) nonAscii.add(f);
    registerMeasures(duckdb, connection, measures);
    return { duckdb, instance, connection, dialect: withFallbacks(duckdbDialect, nonAscii), folder };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    if (folder !== null) await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** DuckDB's dialect, with the in-process measures on the fields where bytes and UTF-16 units differ. */
function withFallbacks(dialect: SqlDialect, nonAscii: ReadonlySet<string>): SqlDialect {
  if (nonAscii.size === 0) return dialect;
  return {
    ...dialect,
    jaroWinkler: (a, b, field) =>
      nonAscii.has(field) ? `ciudata_jaro_winkler(${a}, ${b})` : dialect.jaroWinkler(a, b, field),
    damerauAtMost: (a, b, max, field) =>
      nonAscii.has(field) ? `ciudata_osa(${a}, ${b}) <= ${max}` : dialect.damerauAtMost(a, b, max, field),
  };
}

async function countBlocking(
  s: Session,
  rules: readonly BlockingRule[],
  tables: { left: string; right: string | null },
): Promise<BlockingCount[]> {
  const plan = planBlockingCounts(rules);
  if (plan.fieldSets.length === 0) return [];
  const sql = plan.fieldSets
    .map(
      (fields, k) =>
        `SELECT ${k} AS k, CAST(n AS DOUBLE) AS n FROM (${compileBlockingCount(fields, s.dialect, tables)})`,
    )
    .join("\nUNION ALL\n");
  const counts = new Array<number>(plan.fieldSets.length).fill(0);
  const reader = await s.connection.runAndReadAll(sql);
  for (const [k, n] of reader.getRows())
    counts[Number(k)] = tables.right === null ? Number(n) / 2 : Number(n);
  return plan.combine(counts);
}

function tooMany(count: BlockingCount, cap: number): CiudataError {
  return new CiudataError([
    createIssue("linkage/too-many-comparisons", {
      params: { rule: count.rule, count: count.cumulative, cap },
      note: `blocking rule "${count.rule}" brings the comparisons to ${count.cumulative}, over the cap of ${cap}`,
    }),
  ]);
}

// Until the in-process measures land from src/compare, the fallbacks are defined here.
const measures: StringMeasures = {
  osa(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
    );
    for (let i = 1; i < rows; i++)
      for (let j = 1; j < cols; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        let v = Math.min(
          ((d[i - 1] as number[])[j] as number) + 1,
          ((d[i] as number[])[j - 1] as number) + 1,
          ((d[i - 1] as number[])[j - 1] as number) + cost,
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
        (d[i] as number[])[j] = v;
      }
    return (d[rows - 1] as number[])[cols - 1] as number;
  },
  jaroWinkler: () => 0,
};
