import type { TableSchema } from "@ciudata/table";
import { compileChecks } from "../pushdown/compile";
import { postgresDialect } from "../pushdown/dialect";
import { countsOf, finding, type PushedResult, type PushedRiskOptions, runKeys, runRisk } from "./pushdown";

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
  /**
   * The tables foreign keys to other resources reference, by resource name (a table of the same
   * database, `schema.table` allowed), with their Table Schema when their fields' types differ.
   */
  references?: Readonly<Record<string, { table: string; schema?: TableSchema }>>;
  /** Measure the re-identification risk over these quasi-identifiers too, as `measureRisk` does. */
  risk?: PushedRiskOptions;
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
    const qualified = (t: string) =>
      t
        .split(".")
        .map((part) => d.quote(part))
        .join(".");
    const name = qualified(table);
    // Every column read as text, whatever its type in the database, as the checks expect.
    const asText = (names: readonly string[]) =>
      names.map((n) => `CAST(${d.quote(n)} AS TEXT) AS ${d.quote(n)}`).join(", ");
    // The key in its own type, so that findings come in key order (2 before 10), and as text after.
    const key = options.key === undefined ? "NULL" : d.quote(options.key);
    const source = `(SELECT ${key} AS "__key", ${asText(schema.fields.map((f) => f.name))} FROM ${name}) AS "__table"`;
    const references = Object.fromEntries(
      Object.entries(options.references ?? {}).map(([resource, r]) => {
        const fk = (schema.foreignKeys ?? []).find((k) => k.reference.resource === resource);
        const fields = r.schema?.fields.map((f) => f.name) ?? [fk?.reference.fields ?? []].flat();
        const from = `(SELECT ${asText(fields) || '1 AS "__none"'} FROM ${qualified(r.table)}) AS "__ref"`;
        return [resource, { table: from, ...(r.schema ? { schema: r.schema } : {}) }];
      }),
    );
    const sql = compileChecks(schema, d, { table: source, position: '"__key"', references });
    await client.query("BEGIN READ ONLY");
    await client.query(
      `SET LOCAL statement_timeout = ${Math.max(1, Math.floor(options.timeoutMs ?? 600_000))}`,
    );
    const row = (await client.query({ text: sql.counts, rowMode: "array" })).rows[0] ?? [];
    const limit = options.limit ?? 100;
    const listed = (await client.query({ text: sql.list(limit), rowMode: "array" })).rows;
    const keys = await runKeys(
      sql,
      sql,
      limit,
      async (text) => (await client.query({ text, rowMode: "array" })).rows as unknown[][],
    );
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
    const risk =
      options.risk === undefined
        ? undefined
        : await runRisk(
            options.risk,
            d,
            `(SELECT ${asText(options.risk.qi)} FROM ${name}) AS "__qi"`,
            async (text) => (await client.query({ text, rowMode: "array" })).rows as unknown[][],
          );
    await client.query("COMMIT");
    const keyOf = (position: unknown) => (position === null ? null : String(position));
    const findings = [
      ...listed.map((r: unknown[]) => finding(r, { rowNumber: null, key: keyOf(r[0]) })),
      ...keys.findings.map(({ position, ...f }) => ({ ...f, rowNumber: null, key: keyOf(position) })),
    ];
    const { rows, counts, missing } = countsOf(sql, row);
    return {
      engine: "postgres",
      rows,
      counts: [...counts, ...keys.counts],
      missing,
      ...(risk ? { risk } : {}),
      findings,
      keySample,
      notPushed: sql.notPushed,
      sql,
    };
  } finally {
    await client.end();
  }
}
