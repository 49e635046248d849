/**
 * What differs between SQL engines for linkage: how names are quoted and which functions compare strings
 * and dates. Everything else (the blocking joins, the `CASE` per comparison, the counts) is plain SQL the
 * compiler writes once for every engine.
 *
 * A distributed engine is a new dialect, not a new algorithm: write its `SqlDialect`, pass it to
 * {@link compileBlockedPairs}, {@link compileBlockingCount} and {@link compileGammas}, and run the SQL on
 * tables holding the standardised records (`idx` plus one text column per field). Each function receives
 * SQL expressions (already quoted and qualified) and returns a SQL expression.
 */
export interface SqlDialect {
  /** Name shown in messages and snapshots (`duckdb`, `spark`, `trino`). */
  readonly name: string;
  /** A quoted identifier (`"birthDate"` in DuckDB and Trino, `` `birthDate` `` in Spark SQL). */
  quote(identifier: string): string;
  /**
   * Jaro–Winkler similarity of two text expressions (p = 0.1, prefix up to 4, bonus only above 0.7), a
   * number in [0, 1]. `field` names the compared field, for dialects that choose per field.
   */
  jaroWinkler(a: string, b: string, field: string): string;
  /** True when the optimal-string-alignment distance of `a` and `b` is at most `max` (a boolean). */
  damerauAtMost(a: string, b: string, max: number, field: string): string;
  /** True when every space-separated token of `a` is among the tokens of `b` (a boolean). */
  tokensWithin(a: string, b: string): string;
  /** Absolute number of days between two `YYYY-MM-DD` texts; `NULL` when either is not a date. */
  daysApart(a: string, b: string): string;
  /** `length` characters of `text` from 1-based `start`. */
  substring(text: string, start: number, length: number): string;
}
