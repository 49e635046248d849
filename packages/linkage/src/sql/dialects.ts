import type { SqlDialect } from "./dialect";

const doubleQuote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;
const substr = (text: string, start: number, length: number): string =>
  `substr(${text}, ${start}, ${length})`;

/**
 * DuckDB (the embedded engine of `@ciudata/linkage/node`): native `jaro_winkler_similarity`,
 * `damerau_levenshtein` and `list_has_all(string_split(…))`.
 *
 * DuckDB's `damerau_levenshtein` is the unrestricted distance, which can be lower than the optimal string
 * alignment the levels are defined with (`CA`/`ABC`: 2 against 3). Both agree up to 1; above, a pair
 * whose unrestricted distance is within `max` but whose Levenshtein distance is not is settled by
 * `ciudata_osa(a, b)`, a function the engine registers (only those rare pairs reach it).
 *
 * @example
 * ```ts
 * duckdbDialect.jaroWinkler('l."surname1"', 'r."surname1"', "surname1");
 * //=> 'jaro_winkler_similarity(l."surname1", r."surname1")'
 * ```
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  quote: doubleQuote,
  jaroWinkler: (a, b) => `jaro_winkler_similarity(${a}, ${b})`,
  damerauAtMost: (a, b, max) =>
    max <= 1
      ? `damerau_levenshtein(${a}, ${b}) <= ${max}`
      : `CASE WHEN damerau_levenshtein(${a}, ${b}) > ${max} THEN false WHEN levenshtein(${a}, ${b}) <= ${max} THEN true ELSE ciudata_osa(${a}, ${b}) <= ${max} END`,
  tokensWithin: (a, b) => `list_has_all(string_split(${b}, ' '), string_split(${a}, ' '))`,
  daysApart: (a, b) => `abs(date_diff('day', TRY_CAST(${a} AS DATE), TRY_CAST(${b} AS DATE)))`,
  substring: substr,
};

/**
 * Spark SQL (compile-only: ciudata writes the SQL, Spark runs it). Spark has no Jaro–Winkler nor
 * Damerau–Levenshtein built in: register `jaro_winkler(a, b)` and `osa_distance(a, b)` as UDFs first (for
 * example from a JVM similarity library, as Splink does on Spark). Tokens with `split` and
 * `array_except`, dates with `to_date` and `datediff`.
 *
 * @example
 * ```ts
 * sparkDialect.quote("birthDate"); //=> "`birthDate`"
 * ```
 */
export const sparkDialect: SqlDialect = {
  name: "spark",
  quote: (identifier) => `\`${identifier.replaceAll("`", "``")}\``,
  jaroWinkler: (a, b) => `jaro_winkler(${a}, ${b})`,
  damerauAtMost: (a, b, max) => `osa_distance(${a}, ${b}) <= ${max}`,
  tokensWithin: (a, b) => `size(array_except(split(${a}, ' '), split(${b}, ' '))) = 0`,
  daysApart: (a, b) => `abs(datediff(to_date(${a}, 'yyyy-MM-dd'), to_date(${b}, 'yyyy-MM-dd')))`,
  substring: (text, start, length) => `substring(${text}, ${start}, ${length})`,
};

/**
 * Trino (and Presto; compile-only). Trino has `levenshtein_distance` but neither Jaro–Winkler nor an
 * optimal-string-alignment distance: provide `jaro_winkler(a, b)` and `osa_distance(a, b)` as functions
 * of a plugin. Tokens with `split` and `array_except`, dates with `try_cast` and `date_diff`.
 *
 * @example
 * ```ts
 * trinoDialect.daysApart("l.d", "r.d");
 * //=> "abs(date_diff('day', try_cast(l.d AS date), try_cast(r.d AS date)))"
 * ```
 */
export const trinoDialect: SqlDialect = {
  name: "trino",
  quote: doubleQuote,
  jaroWinkler: (a, b) => `jaro_winkler(${a}, ${b})`,
  damerauAtMost: (a, b, max) => `osa_distance(${a}, ${b}) <= ${max}`,
  tokensWithin: (a, b) => `cardinality(array_except(split(${a}, ' '), split(${b}, ' '))) = 0`,
  daysApart: (a, b) => `abs(date_diff('day', try_cast(${a} AS date), try_cast(${b} AS date)))`,
  substring: substr,
};
