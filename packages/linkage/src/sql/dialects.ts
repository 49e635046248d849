import type { SqlDialect } from "./dialect";

const doubleQuote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;
const substr = (text: string, start: number, length: number): string =>
  `substr(${text}, ${start}, ${length})`;

/**
 * DuckDB (the embedded engine of `@ciudata/linkage/node`): native `jaro_winkler_similarity` and
 * `damerau_levenshtein` (the in-process engine computes the same over UTF-8 bytes; `levenshtein` first, as a
 * cheap bound), `TRY_CAST` dates and `list_has_all` over `string_split_regex` tokens.
 *
 * @example
 * ```ts
 * duckdbDialect.jaroWinkler('l."surname1"', 'r."surname1"');
 * //=> 'jaro_winkler_similarity(l."surname1", r."surname1")'
 * ```
 */
export const duckdbDialect: SqlDialect = {
  name: "duckdb",
  quote: doubleQuote,
  jaroWinkler: (a, b) => `jaro_winkler_similarity(${a}, ${b})`,
  damerau: (a, b) => `damerau_levenshtein(${a}, ${b})`,
  // Over UTF-8 bytes like damerau_levenshtein (levenshtein('Ñ', 'N') is 2), and several times faster.
  levenshtein: (a, b) => `levenshtein(${a}, ${b})`,
  oneEditApart: (a, b) => {
    const m = `least(length(${a}), length(${b}))`;
    const half = `${m} // 2`;
    const rest = `${m} - 1 - ${half}`;
    return `(left(${a}, ${half}) = left(${b}, ${half}) OR right(${a}, ${rest}) = right(${b}, ${rest}))`;
  },
  isoDate: (text) =>
    `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${text} AS DATE) END`,
  daysApart: (a, b) => `abs(date_diff('day', ${a}, ${b}))`,
  substring: substr,
  blank: (text) => `trim(${text}, ' ') = ''`,
  tokens: (text) => `string_split_regex(trim(${text}, ' '), ' +')`,
  containsAll: (whole, part) => `list_has_all(${whole}, ${part})`,
  contains: (text, part) => `contains(${text}, ${part})`,
  first: (array) => `${array}[1]`,
};

/**
 * Spark SQL (compile-only: ciudata writes the SQL, Spark runs it). Spark has no Jaro–Winkler nor
 * Damerau–Levenshtein built in: register `jaro_winkler(a, b)` and `damerau_levenshtein(a, b)` as UDFs first
 * (for example from a JVM string-similarity library, as Splink does on Spark). Tokens with `split` and
 * `array_except`, dates with `to_date` and `datediff` (run with ANSI mode off, so a bad date is `NULL`).
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
  damerau: (a, b) => `damerau_levenshtein(${a}, ${b})`,
  isoDate: (text) =>
    `CASE WHEN ${text} RLIKE '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN to_date(${text}, 'yyyy-MM-dd') END`,
  daysApart: (a, b) => `abs(datediff(${a}, ${b}))`,
  substring: (text, start, length) => `substring(${text}, ${start}, ${length})`,
  blank: (text) => `trim(${text}) = ''`,
  tokens: (text) => `split(trim(${text}), ' +')`,
  containsAll: (whole, part) => `size(array_except(${part}, ${whole})) = 0`,
};

/**
 * Trino (and Presto; compile-only). Trino has `levenshtein_distance` but neither Jaro–Winkler nor
 * Damerau–Levenshtein: provide `jaro_winkler(a, b)` and `damerau_levenshtein(a, b)` as functions of a
 * plugin. Tokens with `regexp_split` and `array_except`, dates with `try_cast` and `date_diff`.
 *
 * @example
 * ```ts
 * trinoDialect.daysApart("x", "y"); //=> "abs(date_diff('day', x, y))"
 * ```
 */
export const trinoDialect: SqlDialect = {
  name: "trino",
  quote: doubleQuote,
  jaroWinkler: (a, b) => `jaro_winkler(${a}, ${b})`,
  damerau: (a, b) => `damerau_levenshtein(${a}, ${b})`,
  isoDate: (text) =>
    `CASE WHEN regexp_like(${text}, '^[0-9]{4}-[0-9]{2}-[0-9]{2}$') THEN try_cast(${text} AS date) END`,
  daysApart: (a, b) => `abs(date_diff('day', ${a}, ${b}))`,
  substring: substr,
  blank: (text) => `trim(${text}) = ''`,
  tokens: (text) => `regexp_split(trim(${text}), ' +')`,
  containsAll: (whole, part) => `cardinality(array_except(${part}, ${whole})) = 0`,
};
