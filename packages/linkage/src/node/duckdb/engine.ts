import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError, createIssue } from "@ciudata/core";
import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import type { BlockedPairs } from "../../block/index";
import { fieldValues } from "../../compare/encode";
import type { EngineHints, LinkEngine, PairList } from "../../engine";
import { compileBlockedPairs, compileBlockingCount, compileRulePairs } from "../../sql/blocking";
import type { SqlDialect } from "../../sql/dialect";
import { duckdbDialect } from "../../sql/dialects";
import { compileGamma, perRecordColumns, predicateFields } from "../../sql/gammas";
import { freshPairs, ruleName } from "../../sql/union";
import type { BlockingCount, BlockingRule, ComparisonSpec, Records } from "../../types";
import { type DuckDBModule, loadDuckDB } from "./module";
import { loadPairs, loadRecords, readIntegers } from "./tables";

/** Where and how DuckDB runs. */
export interface DuckDBEngineOptions {
  /**
   * The database: a file path, `":memory:"`, or (default) a new file in a fresh folder of the OS temp
   * directory, removed on `close()`.
   */
  database?: string;
  /**
   * Where DuckDB spills what does not fit in memory, and where the records are staged (a plain CSV of the
   * compared fields, deleted once loaded) — default: a fresh folder in the system's temporary folder.
   */
  tempDirectory?: string;
  /**
   * DuckDB's `memory_limit` (default `"768MB"`: beyond it DuckDB spills to `tempDirectory`, so the whole
   * process stays small beside the records the pipeline holds; raise it on a machine with memory to spare).
   */
  memoryLimit?: string;
  /**
   * Up to how many pairs a rule's new pairs (those no earlier rule finds) are counted by running its join
   * (default 50,000,000); a rule with more is counted by inclusion–exclusion over `GROUP BY` counts instead.
   */
  joinCountLimit?: number;
  /**
   * Up to how many records of each side one comparing join holds (default 250,000): pairs are compared
   * range of records by range, so DuckDB never holds two whole sides with every column at once.
   */
  joinRecords?: number;
  /** Worker threads; default DuckDB's (all cores). */
  threads?: number;
}

interface Session {
  duckdb: DuckDBModule;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  dialect: SqlDialect;
  /** The run's own temp folder (staging files; the database and spill unless told), removed on close. */
  folder: string;
  left: Records;
  right: Records | null;
  /** Fields already in the tables (those of the comparisons first, blocking fields when asked for). */
  loaded: Set<string>;
  /** The last change of the tables, so that loads run one after the other. */
  loading: Promise<void>;
  joinCountLimit: number;
  /** Records of a side in one comparing join (see `DuckDBEngineOptions.joinRecords`). */
  joinRecords: number;
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
    // The pairs of the last block() and their gammas, computed in the same query (only integers come
    // back). gammas() of them, or of slices of them in order (the
    // pipeline compares in chunks), reads them here; the gammas go once the last slice is handed out.
    let blocked: { pairs: BlockedPairs; gammas: Int8Array } | undefined;
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
    const width = specs.length;
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
        blocked = undefined;
        if (rules.length === 0) return pairs;
        const gammas = new Int8Array(total * width);
        let p = 0;
        // The pairs as integers first (the joins of the rules carry only their keys), into a temporary
        // table; then compared by ranges of records (see pairGammas).
        await s.connection.run(
          `CREATE OR REPLACE TEMP TABLE "blocked" AS ${compileBlockedPairs(rules, s.dialect, tables)}`,
        );
        try {
          await pairGammas(s, specs, '"blocked"', ["p.rule"], tables, (l, r, columns, rows) => {
            if (p + rows > total) throw new Error(`blocking built more pairs than the ${total} counted`);
            pairs.left.set(l, p);
            pairs.right.set(r, p);
            pairs.rule.set(columns[0] as ArrayLike<number>, p);
            for (let k = 0; k < width; k++) {
              const g = columns[k + 1] as ArrayLike<number>;
              for (let i = 0, o = p * width + k; i < rows; i++, o += width) gammas[o] = g[i] as number;
            }
            p += rows;
          });
        } finally {
          await s.connection.run(`DROP TABLE IF EXISTS "blocked"`);
        }
        if (p !== total) throw new Error(`blocking built ${p} pairs, counted ${total}`);
        pairs.length = p;
        blocked = { pairs, gammas };
        return pairs;
      },
      async gammas(pairs: PairList) {
        const s = await open();
        if (pairs.length === 0 || width === 0) return new Int8Array(pairs.length * width);
        const start = blocked === undefined ? undefined : sliceOf(blocked.pairs, pairs);
        if (blocked !== undefined && start !== undefined) {
          const end = start + pairs.length;
          const out = blocked.gammas.subarray(start * width, end * width);
          if (end === blocked.pairs.length) blocked = undefined;
          return out;
        }
        const out = new Int8Array(pairs.length * width);
        await loadPairs(s.connection, "pairs", pairs);
        try {
          await pairGammas(s, specs, '"pairs"', ["p.pos"], tables, (_l, _r, columns, rows) => {
            const pos = columns[0] as ArrayLike<number>;
            for (let k = 0; k < width; k++) {
              const g = columns[k + 1] as ArrayLike<number>;
              for (let i = 0; i < rows; i++) out[(pos[i] as number) * width + k] = g[i] as number;
            }
          });
        } finally {
          await s.connection.run(`DROP TABLE IF EXISTS "pairs"`);
        }
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
        await rm(s.folder, { recursive: true, force: true });
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
  // The staging files (and, unless told otherwise, the database and what spills).
  const folder = await mkdtemp(join(options.tempDirectory ?? tmpdir(), "ciudata-duckdb-"));
  const settings: Record<string, string> = {
    temp_directory: options.tempDirectory ?? join(folder, "spill"),
    preserve_insertion_order: "false",
  };
  settings.memory_limit = options.memoryLimit ?? "768MB";
  if (options.threads !== undefined) settings.threads = String(options.threads);
  const instance = await duckdb.DuckDBInstance.create(
    options.database ?? join(folder, "link.duckdb"),
    settings,
  );
  const connection = await instance.connect();
  const dialect: SqlDialect = { ...duckdbDialect, precomputedTokens: true, precomputedDates: true };
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
    // Tokens and dates computed once per record, in the same pass that reads the records in.
    const derived = perRecordColumns(specs, dialect);
    for (const [table, records] of right === null
      ? [["left", left] as const]
      : [["left", left] as const, ["right", right] as const]) {
      await loadRecords(connection, table, records, names, folder, derived);
      // Written to the database file now: until a checkpoint a new table stays in memory (about 150 MB
      // for 200,000 records), where it can neither spill nor be evicted.
      await connection.run("CHECKPOINT");
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
      joinRecords: options.joinRecords ?? 250_000,
    };
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    await rm(folder, { recursive: true, force: true });
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

/** One `TINYINT` column per comparison, `g0`, `g1`, …: its gamma over the pair's records `l` and `r`. */
function gammaColumns(specs: readonly ComparisonSpec[], dialect: SqlDialect): string[] {
  return specs.map((spec, k) => `CAST(${compileGamma(spec, dialect)} AS TINYINT) AS g${k}`);
}

/**
 * The gammas of the pairs in `source` (a table with columns `l` and `r`, record indexes), the one query
 * both blocked and given pairs are compared with: each pair joined to its two records, `lead` columns of
 * the pair first, then `g0`, `g1`, …. Run once per range of `joinRecords` left records × range of right
 * records, so each join holds a range of each side (every column of a record, tokens and dates
 * included, is wide: both whole sides of a million records each overran the 768MB limit), never both
 * whole tables. `take(l, r, columns, rows)` gets each result chunk: the pairs' record indexes, then the
 * `lead` and gamma columns.
 */
async function pairGammas(
  s: Session,
  specs: readonly ComparisonSpec[],
  source: string,
  lead: readonly string[],
  tables: { left: string; right: string | null },
  take: (
    l: ArrayLike<number>,
    r: ArrayLike<number>,
    columns: readonly ArrayLike<number>[],
    rows: number,
  ) => void,
): Promise<void> {
  const step = s.joinRecords;
  const ranges = (n: number) =>
    Array.from({ length: Math.max(1, Math.ceil(n / step)) }, (_, k) => [k * step, (k + 1) * step] as const);
  const within = (column: string, [from, to]: readonly [number, number]) =>
    `${column} >= ${from} AND ${column} < ${to}`;
  const side = (table: string, range: readonly [number, number]) =>
    `(SELECT * FROM ${table} WHERE ${within("idx", range)})`;
  const columns = ["p.l", "p.r", ...lead, ...gammaColumns(specs, s.dialect)].join(", ");
  for (const lr of ranges(s.left.ids.length)) {
    for (const rr of ranges((s.right ?? s.left).ids.length)) {
      const sql = `SELECT ${columns} FROM ${source} AS p INNER JOIN ${side(tables.left, lr)} AS l ON l.idx = p.l INNER JOIN ${side(tables.right ?? tables.left, rr)} AS r ON r.idx = p.r WHERE ${within("p.l", lr)} AND ${within("p.r", rr)}`;
      await readIntegers(s.connection, sql, (got, rows) =>
        take(got[0] as ArrayLike<number>, got[1] as ArrayLike<number>, got.slice(2), rows),
      );
    }
  }
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
      await loadRecords(s.connection, `${table}_more`, records, missing, s.folder);
      await s.connection.run(
        `CREATE OR REPLACE TABLE "${table}_next" AS SELECT * FROM "${table}" INNER JOIN "${table}_more" USING (idx); DROP TABLE "${table}"; DROP TABLE "${table}_more"; ALTER TABLE "${table}_next" RENAME TO "${table}"`,
      );
    }
    await s.connection.run("CHECKPOINT");
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
