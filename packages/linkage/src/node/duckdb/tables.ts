import type { DuckDBConnection } from "@duckdb/node-api";
import type { PairList } from "../../engine";
import type { Records } from "../../types";
import type { DuckDBModule } from "./module";

/** Rows per appended chunk (DuckDB's vector size). */
const CHUNK = 2048;

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Creates `table` (`idx INTEGER` = the record's index in `records`, then one `VARCHAR` per field) and
 * appends the records chunk by chunk, column by column.
 */
export async function loadRecords(
  duckdb: DuckDBModule,
  connection: DuckDBConnection,
  table: string,
  records: Records,
  fields: readonly string[],
): Promise<void> {
  const columns = ["idx INTEGER", ...fields.map((f) => `${quote(f)} VARCHAR`)];
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (${columns.join(", ")})`);
  const n = records.ids.length;
  const values = fields.map((f) => records.fields[f]);
  const types = [duckdb.INTEGER, ...fields.map(() => duckdb.VARCHAR)];
  const appender = await connection.createAppender(table);
  try {
    for (let start = 0; start < n; start += CHUNK) {
      const size = Math.min(CHUNK, n - start);
      const chunk = duckdb.DuckDBDataChunk.create(types, size);
      const index = chunk.getColumnVector(0);
      for (let i = 0; i < size; i++) index.setItem(i, start + i);
      index.flush();
      values.forEach((column, c) => {
        const vector = chunk.getColumnVector(c + 1);
        for (let i = 0; i < size; i++) vector.setItem(i, column?.[start + i] ?? null);
        vector.flush();
      });
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Creates `table` (`pos`, `l`, `r` INTEGER) holding the pairs, `pos` being each pair's position. */
export async function loadPairs(
  duckdb: DuckDBModule,
  connection: DuckDBConnection,
  table: string,
  pairs: PairList,
): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (pos INTEGER, l INTEGER, r INTEGER)`);
  const types = [duckdb.INTEGER, duckdb.INTEGER, duckdb.INTEGER];
  const appender = await connection.createAppender(table);
  try {
    for (let start = 0; start < pairs.length; start += CHUNK) {
      const size = Math.min(CHUNK, pairs.length - start);
      const chunk = duckdb.DuckDBDataChunk.create(types, size);
      const [pos, l, r] = [0, 1, 2].map((c) => chunk.getColumnVector(c));
      for (let i = 0; i < size; i++) {
        pos?.setItem(i, start + i);
        l?.setItem(i, pairs.left[start + i] as number);
        r?.setItem(i, pairs.right[start + i] as number);
      }
      for (const vector of [pos, l, r]) vector?.flush();
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/**
 * Runs a query and hands each result chunk's integer columns to `take` (column by column, no row
 * objects): `take(columns, rows)` where `columns[c](i)` reads row `i` of column `c` of this chunk. The
 * result is materialised by DuckDB first (integers only, a few bytes per pair), then read chunk by chunk.
 */
export async function readIntegers(
  connection: DuckDBConnection,
  sql: string,
  take: (column: (c: number, i: number) => number, rows: number) => void,
): Promise<void> {
  const result = await connection.run(sql);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const vectors = Array.from({ length: chunk.columnCount }, (_, c) => chunk.getColumnVector(c));
    take((c, i) => Number(vectors[c]?.getItem(i) ?? 0), chunk.rowCount);
  }
}
