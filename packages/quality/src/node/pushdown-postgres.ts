import type { TableSchema } from "@ciudata/table";
import { compileChecks } from "../pushdown/compile";
import { postgresDialect } from "../pushdown/dialect";
import { countsOf, finding, type PushedResult } from "./pushdown";

/** Options of {@link checkInPostgres}. */
export interface PostgresPushdownOptions {
  /** The column that names a row in the findings (a primary key); without it findings carry no key. */
  key?: string;
  /** Failing cells listed per field (default 100); counts are never capped. */
  limit?: number;
  /**
   * Keys to read (the first by key order, default 1,000, when `key` is given) into `keySample`, so a
   * caller can judge whether the key column is personal on a fixed sample, not on the failing rows.
   */
  keySample?: number;
  /** Longest a query may run, in milliseconds (default 10 minutes): PostgreSQL cancels it after that. */
  timeoutMs?: number;
}

/**
 * Runs a Table Schema's cell checks inside PostgreSQL on a table (or view) whose columns hold the cells
 * as text (`text`/`varchar`; other column types are read as their text), in a read-only transaction:
 * exact counts by error type, field and constraint, and the first failing cells ordered by `key`.
 * Nothing is copied out of the database but the counts and the keys of the listed cells.
 *
 * @example
 * ```ts
 * import { checkInPostgres } from "@ciudata/quality/node";
 * const result = await checkInPostgres(process.env.DATABASE_URL!, "public.padron", schema, { key: "id" });
 * result.counts; //=> [{ type: "type-error", fieldName: "edad", count: 3, … }]
 * ```
 */
export async function checkInPostgres(
  connectionString: string,
  table: string,
  schema: TableSchema,
  options: PostgresPushdownOptions = {},
): Promise<PushedResult> {
  const pg = await import("pg");
  const { Client } = ((pg as unknown as { default?: typeof pg }).default ?? pg) as typeof pg;
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const d = postgresDialect;
    const name = table
      .split(".")
      .map((part) => d.quote(part))
      .join(".");
    // Every column read as text, whatever its type in the database, as the checks expect.
    const columns = schema.fields.map((f) => `CAST(${d.quote(f.name)} AS TEXT) AS ${d.quote(f.name)}`);
    // The key in its own type, so that findings come in key order (2 before 10), and as text after.
    const key = options.key === undefined ? "NULL" : d.quote(options.key);
    const source = `(SELECT ${key} AS "__key", ${columns.join(", ")} FROM ${name}) AS "__table"`;
    const sql = compileChecks(schema, d, { table: source, position: '"__key"' });
    await client.query("BEGIN READ ONLY");
    await client.query(
      `SET LOCAL statement_timeout = ${Math.max(1, Math.floor(options.timeoutMs ?? 600_000))}`,
    );
    const row = (await client.query({ text: sql.counts, rowMode: "array" })).rows[0] ?? [];
    const listed = (await client.query({ text: sql.list(options.limit ?? 100), rowMode: "array" })).rows;
    const sampleSize = options.key === undefined ? 0 : Math.max(0, Math.floor(options.keySample ?? 1000));
    const keySample =
      sampleSize === 0
        ? []
        : (
            await client.query({
              text: `SELECT CAST(${key} AS TEXT) FROM ${name} ORDER BY ${key} LIMIT ${sampleSize}`,
              rowMode: "array",
            })
          ).rows.map((r: unknown[]) => String(r[0] ?? ""));
    await client.query("COMMIT");
    const findings = listed.map((r: unknown[]) =>
      finding(r, { rowNumber: null, key: r[0] === null ? null : String(r[0]) }),
    );
    return { engine: "postgres", ...countsOf(sql, row), findings, keySample, notPushed: sql.notPushed, sql };
  } finally {
    await client.end();
  }
}
