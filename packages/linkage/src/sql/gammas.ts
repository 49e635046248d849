import type { ComparisonSpec, LevelPredicate } from "../types";
import { dateColumn, paddedColumn, type SqlDialect, tokensColumn } from "./dialect";

/** The two records of a pair as SQL table aliases (`l` and `r` unless told). */
export interface PairAliases {
  left: string;
  right: string;
}

const defaultAliases: PairAliases = { left: "l", right: "r" };

/**
 * A level's predicate as one SQL boolean expression over the pair's two records. `NULL` (a missing value)
 * never makes a predicate true: the only negation is of `blank`, which is `NULL` too for a missing value,
 * so `NULL` behaves as false in `CASE WHEN`.
 *
 * @example
 * ```ts
 * compilePredicate({ crossed: ["surname1", "surname2"] }, duckdbDialect);
 * //=> '(l."surname1" = r."surname2" AND l."surname2" = r."surname1")'
 * ```
 */
export function compilePredicate(
  predicate: LevelPredicate,
  dialect: SqlDialect,
  aliases: PairAliases = defaultAliases,
): string {
  const l = (field: string) => `${aliases.left}.${dialect.quote(field)}`;
  const r = (field: string) => `${aliases.right}.${dialect.quote(field)}`;
  const date = (side: (field: string) => string, field: string) =>
    dialect.precomputedDates ? side(dateColumn(field)) : dialect.isoDate(side(field));
  if ("exact" in predicate) return `${l(predicate.exact)} = ${r(predicate.exact)}`;
  if ("jaroWinkler" in predicate) {
    const f = predicate.jaroWinkler;
    return `${dialect.jaroWinkler(l(f), r(f))} >= ${sqlNumber(predicate.min)}`;
  }
  if ("damerau" in predicate) {
    const f = predicate.damerau;
    const within = `${dialect.damerau(l(f), r(f))} <= ${sqlNumber(predicate.max)}`;
    // Levenshtein is at most twice Damerau–Levenshtein: a cheap test that lets most pairs skip the slow one.
    if (dialect.levenshtein === undefined) return within;
    const bound = `${dialect.levenshtein(l(f), r(f))} <= ${sqlNumber(2 * predicate.max)}`;
    // One edit: first the cheaper test of equal ends, which rules out almost every pair.
    if (predicate.max === 1 && dialect.oneEditApart !== undefined)
      return `(${dialect.oneEditApart(l(f), r(f))} AND ${bound} AND ${within})`;
    return `(${bound} AND ${within})`;
  }
  if ("crossed" in predicate) {
    const [a, b] = predicate.crossed;
    return `(${l(a)} = ${r(b)} AND ${l(b)} = ${r(a)})`;
  }
  if ("daySwap" in predicate) {
    const f = predicate.daySwap;
    const part = (side: (x: string) => string, start: number, length: number) =>
      dialect.substring(side(f), start, length);
    return `(${date(l, f)} IS NOT NULL AND ${date(r, f)} IS NOT NULL AND ${part(l, 1, 4)} = ${part(r, 1, 4)} AND ${part(l, 6, 2)} = ${part(r, 9, 2)} AND ${part(l, 9, 2)} = ${part(r, 6, 2)})`;
  }
  if ("dateWithin" in predicate) {
    const f = predicate.dateWithin;
    return `${dialect.daysApart(date(l, f), date(r, f))} <= ${sqlNumber(predicate.days)}`;
  }
  if ("tokenSubset" in predicate) {
    const f = predicate.tokenSubset;
    const [a, b] = [l(f), r(f)];
    const [ta, tb] = dialect.precomputedTokens
      ? [l(tokensColumn(f)), r(tokensColumn(f))]
      : [dialect.tokens(a), dialect.tokens(b)];
    const subset = `(${dialect.containsAll(tb, ta)} OR ${dialect.containsAll(ta, tb)})`;
    if (probes(dialect)) {
      // A cheap necessary test first: the first token of the smaller side, between spaces, is in the other
      // side's text between spaces. A blank side has no first token (NULL), so the test is never true
      // for it and replaces the two blank tests.
      const { text, first } = paddedColumn(f);
      const has = dialect.contains as NonNullable<SqlDialect["contains"]>;
      return `((${has(r(text), l(first))} OR ${has(l(text), r(first))}) AND ${subset})`;
    }
    return `(NOT (${dialect.blank(a)}) AND NOT (${dialect.blank(b)}) AND ${subset})`;
  }
  if ("all" in predicate) {
    if (predicate.all.length === 0) return "1 = 1";
    return `(${predicate.all.map((p) => compilePredicate(p, dialect, aliases)).join(" AND ")})`;
  }
  if (predicate.any.length === 0) return "1 = 0";
  return `(${predicate.any.map((p) => compilePredicate(p, dialect, aliases)).join(" OR ")})`;
}

/**
 * One comparison as one SQL `CASE` giving its gamma: `-1` when any of its fields is missing on either
 * side, `levels.length - i` for the first level `i` that applies, `0` otherwise, exactly as the
 * in-process engine evaluates the same {@link ComparisonSpec}.
 *
 * @example
 * ```ts
 * compileGamma({ name: "dob", fields: ["birthDate"], levels: [{ id: "exact", when: { exact: "birthDate" } }] }, duckdbDialect);
 * //=> 'CASE WHEN l."birthDate" IS NULL OR r."birthDate" IS NULL THEN -1 WHEN l."birthDate" = r."birthDate" THEN 1 ELSE 0 END'
 * ```
 */
export function compileGamma(
  spec: ComparisonSpec,
  dialect: SqlDialect,
  aliases: PairAliases = defaultAliases,
): string {
  const parts = ["CASE"];
  if (spec.fields.length > 0) {
    const missing = spec.fields.flatMap((f) => [
      `${aliases.left}.${dialect.quote(f)} IS NULL`,
      `${aliases.right}.${dialect.quote(f)} IS NULL`,
    ]);
    parts.push(`WHEN ${missing.join(" OR ")} THEN -1`);
  }
  spec.levels.forEach((level, i) => {
    parts.push(`WHEN ${compilePredicate(level.when, dialect, aliases)} THEN ${spec.levels.length - i}`);
  });
  if (parts.length === 1) return "0";
  parts.push("ELSE 0 END");
  return parts.join(" ");
}

/**
 * What a dialect with `precomputedTokens` or `precomputedDates` expects the tables to hold beside each
 * record's fields: one `expression AS column` per derived column (tokens, their padded text and first
 * token, dates), over the record's own columns, to compute once per record when the table is written.
 *
 * @example
 * ```ts
 * perRecordColumns(specs, { ...duckdbDialect, precomputedTokens: true, precomputedDates: true });
 * //=> ['string_split_regex(trim("given", \' \'), \' +\') AS "given__tokens"', …, 'CASE … END AS "birthDate__date"']
 * ```
 */
export function perRecordColumns(specs: readonly ComparisonSpec[], dialect: SqlDialect): string[] {
  const q = dialect.quote;
  const out: string[] = [];
  const levels = specs.flatMap((spec) => spec.levels.map((l) => l.when));
  if (dialect.precomputedTokens) {
    for (const f of new Set(levels.flatMap((p) => fieldsOf(p, "tokenSubset")))) {
      const tokens = dialect.tokens(q(f));
      out.push(`${tokens} AS ${q(tokensColumn(f))}`);
      if (probes(dialect)) {
        const { text, first } = paddedColumn(f);
        out.push(`' ' || ${q(f)} || ' ' AS ${q(text)}`);
        // NULL for a blank text (whose split may give one empty token).
        out.push(
          `' ' || nullif(${(dialect.first as (array: string) => string)(tokens)}, '') || ' ' AS ${q(first)}`,
        );
      }
    }
  }
  if (dialect.precomputedDates) {
    const dates = levels.flatMap((p) => [...fieldsOf(p, "daySwap"), ...fieldsOf(p, "dateWithin")]);
    for (const f of new Set(dates)) out.push(`${dialect.isoDate(q(f))} AS ${q(dateColumn(f))}`);
  }
  return out;
}

/** Whether token subsets are first probed with `contains` (see {@link SqlDialect.contains}). */
function probes(dialect: SqlDialect): boolean {
  return dialect.precomputedTokens === true && dialect.contains !== undefined && dialect.first !== undefined;
}

/** The fields of a predicate's leaves of one kind. */
function fieldsOf(predicate: LevelPredicate, kind: "tokenSubset" | "daySwap" | "dateWithin"): string[] {
  if (kind in predicate) return [(predicate as Record<string, unknown>)[kind] as string];
  if ("all" in predicate) return predicate.all.flatMap((p) => fieldsOf(p, kind));
  if ("any" in predicate) return predicate.any.flatMap((p) => fieldsOf(p, kind));
  return [];
}

/** The fields a predicate reads. */
export function predicateFields(predicate: LevelPredicate): string[] {
  if ("exact" in predicate) return [predicate.exact];
  if ("jaroWinkler" in predicate) return [predicate.jaroWinkler];
  if ("damerau" in predicate) return [predicate.damerau];
  if ("crossed" in predicate) return [...predicate.crossed];
  if ("daySwap" in predicate) return [predicate.daySwap];
  if ("dateWithin" in predicate) return [predicate.dateWithin];
  if ("tokenSubset" in predicate) return [predicate.tokenSubset];
  if ("all" in predicate) return predicate.all.flatMap(predicateFields);
  return predicate.any.flatMap(predicateFields);
}

/** A finite number as SQL text (no exponent, which some engines read as a double). */
function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return Number.isInteger(value) ? String(value) : value.toFixed(12).replace(/0+$/, "");
}
