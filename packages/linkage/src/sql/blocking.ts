import type { BlockingRule } from "../types";
import type { SqlDialect } from "./dialect";

/**
 * The tables a blocking query reads: `left` and `right` hold the two sides (the same table for dedupe)
 * with an integer record index column `index` (default `idx`) and one text column per field.
 */
export interface BlockingTables {
  left: string;
  /** `null` for dedupe (pairs within `left`, `l.idx < r.idx`). */
  right: string | null;
  index?: string;
}

/**
 * The union of the blocking rules' pairs as one SQL query with columns `l`, `r` (record indexes) and
 * `rule` (the index of the first rule that finds the pair), in Splink's pattern: one `INNER JOIN` per rule
 * excluding the pairs of every earlier rule with `NOT (coalesce(rule_0, false) OR …)`, joined by
 * `UNION ALL`, so no pair appears twice and no `DISTINCT` is needed.
 *
 * @example
 * ```ts
 * compileBlockedPairs([{ on: ["birthDate"] }, { on: ["surname1"] }], duckdbDialect, { left: "a", right: "b" });
 * // SELECT l.idx AS l, r.idx AS r, 0 AS rule FROM a AS l INNER JOIN b AS r ON l."birthDate" = r."birthDate"
 * // UNION ALL
 * // SELECT …, 1 AS rule … ON l."surname1" = r."surname1" WHERE NOT (coalesce(l."birthDate" = r."birthDate", false))
 * ```
 */
export function compileBlockedPairs(
  rules: readonly BlockingRule[],
  dialect: SqlDialect,
  tables: BlockingTables,
): string {
  if (rules.length === 0)
    return compileRulePairs([{ on: [] }], 0, dialect, tables).replace(" ON 1 = 1", " ON 1 = 0");
  return rules.map((_, k) => compileRulePairs(rules, k, dialect, tables)).join("\nUNION ALL\n");
}

/**
 * The pairs rule `k` adds to the rules before it (columns `l`, `r`, `rule`): one branch of
 * {@link compileBlockedPairs}. `SELECT count(*)` over it counts them exactly, at the cost of the rule's own
 * join (which its marginal count bounds).
 *
 * @example
 * ```ts
 * compileRulePairs([{ on: ["a"] }, { on: ["b"] }], 1, duckdbDialect, { left: "x", right: "y" });
 * // SELECT … 1 AS rule FROM x AS l INNER JOIN y AS r ON l."b" = r."b" WHERE NOT (coalesce(l."a" = r."a", false))
 * ```
 */
export function compileRulePairs(
  rules: readonly BlockingRule[],
  k: number,
  dialect: SqlDialect,
  tables: BlockingTables,
): string {
  const index = dialect.quote(tables.index ?? "idx");
  const right = tables.right ?? tables.left;
  const join = (rule: BlockingRule) =>
    rule.on.length === 0
      ? "1 = 1"
      : rule.on.map((f) => `l.${dialect.quote(f)} = r.${dialect.quote(f)}`).join(" AND ");
  const where: string[] = [];
  if (tables.right === null) where.push(`l.${index} < r.${index}`);
  if (k > 0) {
    const earlier = rules.slice(0, k).map((previous) => `coalesce(${join(previous)}, false)`);
    where.push(`NOT (${earlier.join(" OR ")})`);
  }
  return (
    `SELECT l.${index} AS l, r.${index} AS r, ${k} AS rule FROM ${tables.left} AS l INNER JOIN ${right} AS r ON ${join(rules[k] as BlockingRule)}` +
    (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "")
  );
}

/**
 * How many pairs are equal and non-null on every one of `fields`, counted without building them: per
 * side, `GROUP BY` the fields and `count(*)`; then Σ count_l · count_r over the keys both sides share. For
 * dedupe the query gives Σ count · (count − 1), the ordered pairs: halve it for the pairs `l < r`. No
 * fields means every pair. The query returns one row with one column, `n`.
 *
 * @example
 * ```ts
 * compileBlockingCount(["birthDate"], duckdbDialect, { left: "a", right: "b" });
 * ```
 */
export function compileBlockingCount(
  fields: readonly string[],
  dialect: SqlDialect,
  tables: BlockingTables,
): string {
  const q = (f: string) => dialect.quote(f);
  if (fields.length === 0) {
    return tables.right === null
      ? `SELECT count(*) * (count(*) - 1) AS n FROM ${tables.left}`
      : `SELECT (SELECT count(*) FROM ${tables.left}) * (SELECT count(*) FROM ${tables.right}) AS n`;
  }
  const keys = fields.map(q).join(", ");
  const present = fields.map((f) => `${q(f)} IS NOT NULL`).join(" AND ");
  const groups = (table: string) =>
    `SELECT ${keys}, count(*) AS n FROM ${table} WHERE ${present} GROUP BY ${keys}`;
  if (tables.right === null) {
    return `SELECT coalesce(sum(g.n * (g.n - 1)), 0) AS n FROM (${groups(tables.left)}) AS g`;
  }
  const on = fields.map((f) => `gl.${q(f)} = gr.${q(f)}`).join(" AND ");
  return `SELECT coalesce(sum(gl.n * gr.n), 0) AS n FROM (${groups(tables.left)}) AS gl INNER JOIN (${groups(tables.right)}) AS gr ON ${on}`;
}
