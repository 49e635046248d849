/**
 * What differs between SQL engines for linkage: how names are quoted and which functions compare strings,
 * split tokens and read dates. Everything else (the blocking joins, the `CASE` per comparison, the counts)
 * is plain SQL the compiler writes once for every engine.
 *
 * A distributed engine is a new dialect, not a new algorithm: write its `SqlDialect`, pass it to
 * {@link compileBlockedPairs}, {@link compileBlockingCount} and {@link compileGamma}, and run the SQL on
 * tables holding the standardised records (`idx` plus one text column per field). Each function receives
 * SQL expressions (already quoted and qualified) and returns a SQL expression. The string measures are
 * defined over UTF-8 bytes, like DuckDB's; standardised names are ASCII, where bytes and characters agree.
 */
export interface SqlDialect {
  /** Name shown in messages and snapshots (`duckdb`, `spark`, `trino`). */
  readonly name: string;
  /** A quoted identifier (`"birthDate"` in DuckDB and Trino, `` `birthDate` `` in Spark SQL). */
  quote(identifier: string): string;
  /** Jaro–Winkler similarity of two texts (p = 0.1, prefix up to 4, bonus only above 0.7), in [0, 1]. */
  jaroWinkler(a: string, b: string): string;
  /** Unrestricted Damerau–Levenshtein distance of two texts (an integer). */
  damerau(a: string, b: string): string;
  /**
   * Levenshtein distance over the same units as `damerau`, when the engine has a fast one (optional). It
   * is never more than twice the Damerau–Levenshtein distance, so `levenshtein ≤ 2 × max` is tested first
   * and the slower Damerau–Levenshtein only runs on the pairs that pass.
   */
  levenshtein?(a: string, b: string): string;
  /**
   * A cheap test that two texts can be at most one Damerau–Levenshtein edit apart (optional; tried before
   * `levenshtein` and `damerau` when a level allows one edit). One edit leaves a common prefix and a
   * common suffix (in characters, on UTF-8 text) covering all but two characters of the shorter text, so
   * one of them covers half of it: with `m` the shorter length, the first `m ÷ 2` characters (integer
   * division) or the last `m − 1 − m ÷ 2` are equal. Pairs of IDs or phones of different people
   * almost never pass.
   */
  oneEditApart?(a: string, b: string): string;
  /** The text as a date when it is a `YYYY-MM-DD` calendar day, else `NULL`. */
  isoDate(text: string): string;
  /** Absolute number of days between two date expressions. */
  daysApart(a: string, b: string): string;
  /** `length` characters of `text` from 1-based `start`. */
  substring(text: string, start: number, length: number): string;
  /** True when the text has no token (empty or only spaces). */
  blank(text: string): string;
  /** The text's tokens (split on runs of spaces, no empty token) as an array. */
  tokens(text: string): string;
  /** True when every element of the array `part` is in the array `whole`. */
  containsAll(whole: string, part: string): string;
  /**
   * Whether the tables also hold each token-compared field's tokens, computed once per record in the
   * column {@link tokensColumn}`(field)` (an array, as `tokens` makes it), instead of splitting the text
   * for every pair (optional; the embedded DuckDB engine does this).
   */
  readonly precomputedTokens?: boolean;
  /**
   * Whether the tables also hold each date-compared field as a date, `isoDate` computed once per record
   * in the column {@link dateColumn}`(field)`, instead of parsing both texts for every pair (optional; the
   * embedded DuckDB engine does this). {@link perRecordColumns} writes these columns and the token ones.
   */
  readonly precomputedDates?: boolean;
  /**
   * True when the text `part` occurs in the text `text` (optional). With `precomputedTokens`, a token
   * subset is first tested this way, cheaply: the first token of the smaller side, padded with spaces,
   * must occur in the other side's text padded with spaces (held per record in {@link paddedColumn}).
   */
  contains?(text: string, part: string): string;
  /** The first element of an array (optional; needed with `contains`). */
  first?(array: string): string;
}

/**
 * The column holding a field's tokens when a dialect has `precomputedTokens`.
 *
 * @example
 * ```ts
 * tokensColumn("surnames"); //=> "surnames__tokens"
 * ```
 */
export function tokensColumn(field: string): string {
  return `${field}__tokens`;
}

/**
 * The column holding a field's text as a date when a dialect has `precomputedDates`.
 *
 * @example
 * ```ts
 * dateColumn("birthDate"); //=> "birthDate__date"
 * ```
 */
export function dateColumn(field: string): string {
  return `${field}__date`;
}

/**
 * The columns holding a field's text between two spaces and its first token between two spaces, when a
 * dialect has `precomputedTokens` and `contains`.
 *
 * @example
 * ```ts
 * paddedColumn("given"); //=> { text: "given__padded", first: "given__first" }
 * ```
 */
export function paddedColumn(field: string): { text: string; first: string } {
  return { text: `${field}__padded`, first: `${field}__first` };
}
