import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { BlockedPairs } from "../../block/index";
import { fieldValues } from "../../compare/encode";
import type { EngineHints, LinkEngine, PairList } from "../../engine";
import { compileBlockedPairs, compileBlockingCount, compileRulePairs } from "../../sql/blocking";
import { type SqlDialect, tokensColumn } from "../../sql/dialect";
import { duckdbDialect } from "../../sql/dialects";
import { compileGamma, predicateFields } from "../../sql/gammas";
import { freshPairs, ruleName } from "../../sql/union";
import type { BlockingCount, BlockingRule, ComparisonSpec, LevelPredicate, Records } from "../../types";
import { type DuckDBModule, loadDuckDB } from "./module";
import { loadPairs, loadRecords, readIntegers } from "./tables";

/** Where and how DuckDB runs. */
export interface DuckDBEngineOptions {
  /**
   * The database: a file path, `":memory:"`, or (default) a new file in a fresh folder of the OS temp
   * directory, removed on `close()`.
   */
  database?: string;
  /** Where DuckDB spills what does not fit in memory (default: the fresh temp folder). */
  tempDirectory?: string;
  /**
   * DuckDB's `memory_limit` (default `"1GB"`: beyond it DuckDB spills to `tempDirectory`, so the whole
   * process stays small beside the records the pipeline holds; raise it on a machine with memory to spare).
   */
  memoryLimit?: string;
  /**
   * Up to how many pairs a rule's new pairs (those no earlier rule finds) are counted by running its join
   * (default 50,000,000); a rule with more is counted by inclusion–exclusion over `GROUP BY` counts instead.
   */
  joinCountLimit?: number;
  /** Worker threads; default DuckDB's (all cores). */
  threads?: number;
}

interface Session {
  duckdb: DuckDBModule;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  dialect: SqlDialect;
  folder: string | null;
  left: Records;
  right: Records | null;
  /** Fields already in the tables (those of the comparisons first, blocking fields when asked for). */
  loaded: Set<string>;
  /** The last change of the tables, so that loads run one after the other. */
  loading: Promise<void>;
  joinCountLimit: number;
}

/**
 * The SQL engine: blocking, counts and gamma vectors run as SQL on an embedded DuckDB
 * (`@duckdb/node-api`, an optional peer dependency loaded only here), with the records in tables on disk
 * so runs larger than memory spill instead of failing. It returns the same pairs, rules and gammas as the
 * in-process engine, so the pipeline gives identical weights with either.
 *
 * @example
 * ```ts
 * import { link } from "@ciudata/linkage";
 * import { duckdbEngine } from "@ciudata/linkage/node";
 *
 * const result = await link(a, b, {}, { engine: duckdbEngine({ memoryLimit: "2GB" }) });
 *
 * // Or the engine on its own:
 * const engine = duckdbEngine()(specs, a, b);
 * const counts = await engine.countBlocking(rules); // before building any pair
 * const pairs = await engine.block(rules, { maxComparisons: 10_000_000 });
 * const gammas = await engine.gammas(pairs); // gammas[p * specs.length + c]
 * await engine.close();
 * ```
 */
export function duckdbEngine(
  options: DuckDBEngineOptions = {},
): (
  specs: readonly ComparisonSpec[],
  left: Records,
  right: Records | null,
  hints?: EngineHints,
) => LinkEngine {
  return (specs, left, right, hints) => {
    let session: Promise<Session> | undefined;
    const open = () => {
      session ??= start(options, specs, left, right, hints?.ruleFields ?? []);
      return session;
    };
    const tables = { left: '"left"', right: right === null ? null : '"right"' };
    // The pairs of the last block(), kept in DuckDB as the table "blocked" in the same order: gammas of
    // them (or of a slice of them, as the pipeline compares in chunks) are computed there, not uploaded.
    let blocked: BlockedPairs | undefined;
    // The pipeline counts before it blocks: the counts of a rule list are computed once.
    const counted = new Map<string, Promise<BlockingCount[]>>();
    const counts = async (rules: readonly BlockingRule[]) => {
      const key = JSON.stringify(rules.map((r) => [r.name ?? null, r.on]));
      let known = counted.get(key);
      if (known === undefined) {
        known = open().then((s) => countBlocking(s, rules, tables));
        counted.set(key, known);
        known.catch(() => counted.delete(key));
      }
      return known;
    };
    return {
      async countBlocking(rules) {
        return (await counts(rules)).map((c) => ({ ...c }));
      },
      async block(rules, { maxComparisons }) {
        if (rules.length > 255) throw new RangeError("at most 255 blocking rules");
        const s = await open();
        const counting = await counts(rules);
        const over = counting.find((c) => c.cumulative > maxComparisons);
        if (over !== undefined) throw tooMany(over, maxComparisons);
        const total = counting.at(-1)?.cumulative ?? 0;
        const pairs: BlockedPairs = {
          left: new Int32Array(total),
          right: new Int32Array(total),
          rule: new Uint8Array(total),
          length: 0,
        };
        if (rules.length === 0) return pairs;
        let p = 0;
        blocked = undefined;
        await s.connection.run(
          `CREATE OR REPLACE TABLE "blocked" AS SELECT CAST(row_number() OVER () - 1 AS INTEGER) AS pos, q.l, q.r, q.rule FROM (${compileBlockedPairs(rules, s.dialect, tables)}) AS q`,
        );
        await readIntegers(s.connection, `SELECT l, r, rule FROM "blocked" ORDER BY pos`, (columns, rows) => {
          const [l, r, rule] = columns as [ArrayLike<number>, ArrayLike<number>, ArrayLike<number>];
          for (let i = 0; i < rows; i++, p++) {
            pairs.left[p] = l[i] as number;
            pairs.right[p] = r[i] as number;
            pairs.rule[p] = rule[i] as number;
          }
        });
        if (p !== total) throw new Error(`blocking built ${p} pairs, counted ${total}`);
        pairs.length = p;
        blocked = pairs;
        return pairs;
      },
      async gammas(pairs: PairList) {
        const s = await open();
        const c = specs.length;
        const out = new Int8Array(pairs.length * c);
        if (pairs.length === 0 || c === 0) return out;
        const start = sliceOf(blocked, pairs);
        if (start === undefined) await loadPairs(s.connection, "pairs", pairs);
        const source =
          start === undefined
            ? `(SELECT pos, l, r FROM "pairs")`
            : `(SELECT pos - ${start} AS pos, l, r FROM "blocked" WHERE pos >= ${start} AND pos < ${start + pairs.length})`;
        const gammas = specs.map((spec, k) => `CAST(${compileGamma(spec, s.dialect)} AS TINYINT) AS g${k}`);
        const sql = `SELECT p.pos, ${gammas.join(", ")} FROM ${source} AS p INNER JOIN ${tables.left} AS l ON l.idx = p.l INNER JOIN ${tables.right ?? tables.left} AS r ON r.idx = p.r`;
        await readIntegers(s.connection, sql, (columns, rows) => {
          const pos = columns[0] as ArrayLike<number>;
          for (let k = 0; k < c; k++) {
            const g = columns[k + 1] as ArrayLike<number>;
            for (let i = 0; i < rows; i++) out[(pos[i] as number) * c + k] = g[i] as number;
          }
        });
        if (start === undefined) await s.connection.run(`DROP TABLE "pairs"`);
        return out;
      },
      async close() {
        if (session === undefined) return;
        const opening = session;
        session = undefined;
        const s = await opening.catch(() => null);
        if (s === null) return;
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
  ruleFields: readonly string[],
): Promise<Session> {
  for (const spec of specs)
    for (const field of [...spec.fields, ...spec.levels.flatMap((l) => predicateFields(l.when))])
      requireField(field, spec.name, left, right);
  const duckdb = await loadDuckDB();
  const folder =
    options.database === undefined || options.tempDirectory === undefined
      ? await mkdtemp(join(tmpdir(), "ciudata-duckdb-"))
      : null;
  const settings: Record<string, string> = {
    temp_directory: options.tempDirectory ?? join(folder as string, "spill"),
    preserve_insertion_order: "false",
  };
  settings.memory_limit = options.memoryLimit ?? "1GB";
  if (options.threads !== undefined) settings.threads = String(options.threads);
  const instance = await duckdb.DuckDBInstance.create(
    options.database ?? join(folder as string, "link.duckdb"),
    settings,
  );
  const connection = await instance.connect();
  const dialect: SqlDialect = { ...duckdbDialect, precomputedTokens: true };
  try {
    // The compared fields, and those the run's rules will ask for (both sides have them): a column added
    // later rewrites the table (7 s at a million records a side).
    const has = (f: string) => f in left.fields && (right === null || f in right.fields);
    const names = [
      ...new Set([
        ...specs.flatMap((spec) => [...spec.fields, ...spec.levels.flatMap((l) => predicateFields(l.when))]),
        ...ruleFields.filter(has),
      ]),
    ];
    // Tokens of the token-compared fields, split once per record instead of once per pair.
    const tokenFields = [
      ...new Set(specs.flatMap((spec) => spec.levels.flatMap((l) => tokenSubsetFields(l.when)))),
    ];
    for (const [table, records] of right === null
      ? [["left", left] as const]
      : [["left", left] as const, ["right", right] as const]) {
      await loadRecords(connection, table, records, names);
      if (tokenFields.length > 0) {
        // One pass that writes a new table (an UPDATE per column rewrote the table each time: 3.7 s a
        // column for a million records, against about a second for all of them this way).
        const tokens = tokenFields.map(
          (field) => `${dialect.tokens(dialect.quote(field))} AS ${dialect.quote(tokensColumn(field))}`,
        );
        await connection.run(
          `CREATE TABLE "${table}_tokens" AS SELECT *, ${tokens.join(", ")} FROM "${table}"; DROP TABLE "${table}"; ALTER TABLE "${table}_tokens" RENAME TO "${table}"`,
        );
      }
    }
    const loaded = new Set(names);
    return {
      duckdb,
      instance,
      connection,
      dialect,
      folder,
      left,
      right,
      loaded,
      loading: Promise.resolve(),
      joinCountLimit: options.joinCountLimit ?? 50_000_000,
    };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    if (folder !== null) await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Marginal counts by `GROUP BY` (Σ count_l · count_r, nothing joined); the pairs each rule adds to the
 * earlier ones by counting its anti-joined pairs (a cost its marginal bounds), or, for a rule over
 * `joinCountLimit`, by inclusion–exclusion over `GROUP BY` counts. One query at a time.
 */
async function countBlocking(
  s: Session,
  rules: readonly BlockingRule[],
  tables: { left: string; right: string | null },
): Promise<BlockingCount[]> {
  for (const rule of rules) for (const field of rule.on) requireField(field, ruleName(rule), s.left, s.right);
  await loadFields(
    s,
    rules.flatMap((rule) => rule.on),
  );
  const known = new Map<string, number>();
  const count = async (fields: readonly string[]): Promise<number> => {
    const key = fields.join("\u0000");
    let n = known.get(key);
    if (n === undefined) {
      const reader = await s.connection.runAndReadAll(
        `SELECT CAST(n AS DOUBLE) AS n FROM (${compileBlockingCount(fields, s.dialect, tables)})`,
      );
      n = Number(reader.getRows()[0]?.[0] ?? 0);
      if (tables.right === null) n /= 2;
      known.set(key, n);
    }
    return n;
  };
  const fieldsOf = rules.map((rule) => [...new Set(rule.on)].sort());
  const out: BlockingCount[] = [];
  let union = 0;
  for (let k = 0; k < rules.length; k++) {
    const marginal = await count(fieldsOf[k] as string[]);
    let fresh = marginal;
    if (k > 0 && marginal > 0) {
      if (marginal <= s.joinCountLimit) {
        const reader = await s.connection.runAndReadAll(
          `SELECT CAST(count(*) AS DOUBLE) FROM (${compileRulePairs(rules, k, s.dialect, tables)})`,
        );
        fresh = Number(reader.getRows()[0]?.[0] ?? 0);
      } else {
        fresh = await freshPairs(fieldsOf, k, count);
      }
    }
    union += fresh;
    out.push({ rule: ruleName(rules[k] as BlockingRule), marginal, cumulative: union });
  }
  return out;
}

function tooMany(count: BlockingCount, cap: number): CiudataError {
  return new CiudataError([
    createIssue("linkage/too-many-comparisons", {
      params: { rule: count.rule, count: count.cumulative, marginal: count.marginal, cap },
      note: `blocking rule "${count.rule}" brings the comparisons to ${count.cumulative}, over the cap of ${cap}`,
    }),
  ]);
}

/** The fields a predicate compares token by token. */
function tokenSubsetFields(predicate: LevelPredicate): string[] {
  if ("tokenSubset" in predicate) return [predicate.tokenSubset];
  if ("all" in predicate) return predicate.all.flatMap(tokenSubsetFields);
  if ("any" in predicate) return predicate.any.flatMap(tokenSubsetFields);
  return [];
}

/** Throws the in-process engine's `linkage/unknown-field` issue for a field a side lacks. */
function requireField(field: string, where: string, left: Records, right: Records | null): void {
  for (const records of right === null ? [left] : [left, right]) fieldValues(records, field, where);
}

/** Adds to both tables the fields they lack (blocking fields are loaded only when a rule asks for them). */
function loadFields(s: Session, fields: readonly string[]): Promise<void> {
  s.loading = s.loading.then(async () => {
    const missing = [...new Set(fields)].filter((f) => !s.loaded.has(f));
    if (missing.length === 0) return;
    const sides: [string, Records][] =
      s.right === null
        ? [["left", s.left]]
        : [
            ["left", s.left],
            ["right", s.right],
          ];
    for (const [table, records] of sides) {
      await loadRecords(s.connection, `${table}_more`, records, missing);
      await s.connection.run(
        `CREATE OR REPLACE TABLE "${table}_next" AS SELECT * FROM "${table}" INNER JOIN "${table}_more" USING (idx); DROP TABLE "${table}"; DROP TABLE "${table}_more"; ALTER TABLE "${table}_next" RENAME TO "${table}"`,
      );
    }
    for (const f of missing) s.loaded.add(f);
  });
  return s.loading;
}

/**
 * Where `pairs` starts in the last blocked pairs when it is them or a slice of them (views of the same
 * arrays, at the same offset on both sides), else `undefined`.
 */
function sliceOf(blocked: BlockedPairs | undefined, pairs: PairList): number | undefined {
  if (blocked === undefined) return undefined;
  if (pairs.left.buffer !== blocked.left.buffer || pairs.right.buffer !== blocked.right.buffer)
    return undefined;
  const start = (pairs.left.byteOffset - blocked.left.byteOffset) / Int32Array.BYTES_PER_ELEMENT;
  const right = (pairs.right.byteOffset - blocked.right.byteOffset) / Int32Array.BYTES_PER_ELEMENT;
  if (start !== right || start < 0 || start + pairs.length > blocked.length) return undefined;
  return start;
}
