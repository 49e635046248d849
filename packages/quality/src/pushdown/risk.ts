import { DEFAULT_MISSING, type KViolation, type RiskReport } from "@ciudata/privacy";
import type { SqlDialect } from "./dialect";

/**
 * Whitespace as JavaScript's `trim()` and `\s` know it (plus the zero-width space), written as the
 * characters themselves so that every engine's regular expressions read them alike.
 * @internal
 */
export const UNICODE_SPACES = " \t\n\u000b\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";

/** The SQL of the re-identification counts over quasi-identifiers (see {@link compileRisk}). */
export interface CompiledRisk {
  /** One `SELECT` giving one row: records, classes, smallest class, sample uniques, then per k records and classes. */
  sql: string;
  /** The k values tabulated (2, 3, 5 and the one asked), in the row's order. */
  ks: readonly number[];
  /** The row read back as `measureRisk` reports it (plain counts: no sensitive columns, no weights). */
  read(row: readonly unknown[]): RiskReport;
}

/** Options of {@link compileRisk}. */
export interface CompileRiskOptions {
  /** The table (or a subquery in parentheses) holding the cells as text. */
  table: string;
  /** The k asked for besides 2, 3 and 5 (default 3, as `measureRisk`). */
  k?: number;
  /** Cells read as missing, trimmed (default `measureRisk`'s: `""`, `NA`, `NaN`, `s/d`, `null`…). */
  missingValues?: readonly string[];
}

/**
 * Compiles `measureRisk`'s counts over quasi-identifiers to one SQL query (a GROUP BY on the trimmed
 * quasi-identifiers, missing cells one value of their own, a database NULL missing too), so a table
 * in a database is measured where it is: equivalence classes, records and classes violating 2-, 3-, 5-
 * and k-anonymity, sample uniques, smallest class and prosecutor risk — the same numbers `measureRisk`
 * gives on the same rows. Sensitive columns (l-diversity), weights and sdcMicro's missing-matches-any
 * are not compiled (run `measureRisk` for them).
 *
 * @example
 * ```ts
 * import { compileRisk, duckdbDialect } from "@ciudata/quality";
 * const risk = compileRisk(["edad", "sexo", "barrio"], duckdbDialect, { table: '"padron"', k: 5 });
 * risk.ks; //=> [2, 3, 5]
 * // run risk.sql in the engine, then: risk.read(row).violations
 * ```
 */
export function compileRisk(qi: readonly string[], d: SqlDialect, options: CompileRiskOptions): CompiledRisk {
  const k = options.k ?? 3;
  const ks = [...new Set([2, 3, 5, k])].sort((a, b) => a - b);
  const tokens = options.missingValues ?? DEFAULT_MISSING;
  const keys = qi.map((name, i) => {
    const trimmed = d.replaceAll(
      `coalesce(${d.quote(name)}, '')`,
      `^[${UNICODE_SPACES}]+|[${UNICODE_SPACES}]+$`,
      "",
    );
    const missing =
      tokens.length === 0 ? "FALSE" : `"__q${i}" IN (${tokens.map((t) => d.text(t)).join(", ")})`;
    return { trimmed: `${trimmed} AS "__q${i}"`, key: `CASE WHEN ${missing} THEN NULL ELSE "__q${i}" END` };
  });
  const trimmed = `(SELECT ${keys.map((x) => x.trimmed).join(", ") || "1 AS __none"} FROM ${options.table}${d.fence})`;
  const groupBy = keys.map((_, i) => i + 1).join(", ");
  const classes =
    keys.length === 0
      ? `SELECT count(*) AS "__c" FROM ${trimmed} AS "__trimmed" HAVING count(*) > 0`
      : `SELECT ${keys.map((x) => x.key).join(", ")}, count(*) AS "__c" FROM ${trimmed} AS "__trimmed" GROUP BY ${groupBy}`;
  const big = (e: string) => `CAST(coalesce(${e}, 0) AS BIGINT)`;
  const columns = [
    big(`sum("__c")`),
    big("count(*)"),
    big(`min("__c")`),
    big(`sum(CASE WHEN "__c" = 1 THEN 1 ELSE 0 END)`),
    ...ks.flatMap((kk) => [
      big(`sum(CASE WHEN "__c" < ${kk} THEN "__c" ELSE 0 END)`),
      big(`sum(CASE WHEN "__c" < ${kk} THEN 1 ELSE 0 END)`),
    ]),
  ];
  const sql = `SELECT ${columns.join(", ")} FROM (${classes}) AS "__classes"`;
  const read = (row: readonly unknown[]): RiskReport => {
    const n = (i: number) => Number(row[i] ?? 0);
    const records = n(0);
    const count = n(1);
    const smallest = n(2);
    const violations: KViolation[] = ks.map((kk, j) => ({
      k: kk,
      records: n(4 + 2 * j),
      share: records ? n(4 + 2 * j) / records : 0,
      classes: n(5 + 2 * j),
    }));
    return {
      records,
      qi: [...qi],
      classes: count,
      k,
      kAnonymous: (violations.find((v) => v.k === k) as KViolation).records === 0,
      violations,
      sampleUniques: n(3),
      smallestClass: smallest,
      risk: {
        mean: records ? count / records : 0,
        max: count ? 1 / smallest : 0,
        expectedReidentifications: count,
      },
      lDiversity: [],
      missingMatchesAny: false,
    };
  };
  return { sql, ks, read };
}
