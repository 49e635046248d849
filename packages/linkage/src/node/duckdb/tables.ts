import type { DuckDBConnection } from "@duckdb/node-api";
import type { PairList } from "../../engine";
import type { Records } from "../../types";

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/**
 * Creates `table` (`idx INTEGER` = the record's index in `records`, then one `VARCHAR` per field) and
 * appends the records with DuckDB's appender.
 */
export async function loadRecords(
  connection: DuckDBConnection,
  table: string,
  records: Records,
  fields: readonly string[],
): Promise<void> {
  const columns = ["idx INTEGER", ...fields.map((f) => `${quote(f)} VARCHAR`)];
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (${columns.join(", ")})`);
  const n = records.ids.length;
  const values = fields.map((f) => records.fields[f] ?? []);
  const appender = await connection.createAppender(table);
  try {
    // Cell by cell: measured faster than filling data chunks (0.66 s against 0.91 s of CPU for 200,000
    // rows of ten text fields).
    for (let i = 0; i < n; i++) {
      appender.appendInteger(i);
      for (const column of values) {
        const value = column[i];
        if (value === null || value === undefined) appender.appendNull();
        else appender.appendVarchar(value);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/** Creates `table` (`pos`, `l`, `r` INTEGER) holding the pairs, `pos` being each pair's position. */
export async function loadPairs(connection: DuckDBConnection, table: string, pairs: PairList): Promise<void> {
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (pos INTEGER, l INTEGER, r INTEGER)`);
  const appender = await connection.createAppender(table);
  try {
    for (let p = 0; p < pairs.length; p++) {
      appender.appendInteger(p);
      appender.appendInteger(pairs.left[p] as number);
      appender.appendInteger(pairs.right[p] as number);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

/**
 * Runs a query and hands each result chunk's integer columns to `take` (column by column, no row
 * objects): `take(columns, rows)` where `columns[c][i]` is row `i` of column `c` of this chunk (NULL read
 * as 0). The result is materialised by DuckDB first (integers only, a few bytes per pair), then read chunk
 * by chunk; a column with no NULL is read as the typed array DuckDB filled, not item by item.
 */
export async function readIntegers(
  connection: DuckDBConnection,
  sql: string,
  take: (columns: readonly ArrayLike<number>[], rows: number) => void,
): Promise<void> {
  const result = await connection.run(sql);
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) break;
    const rows = chunk.rowCount;
    const columns = Array.from({ length: chunk.columnCount }, (_, c) =>
      integers(chunk.getColumnVector(c), rows),
    );
    take(columns, rows);
  }
}

/** A vector's integers: its typed array when every item is valid, else item by item (NULL as 0). */
function integers(vector: { getItem(i: number): unknown }, rows: number): ArrayLike<number> {
  const { items, validity } = vector as { items?: unknown; validity?: { data?: unknown } };
  const typed =
    items instanceof Int8Array ||
    items instanceof Int16Array ||
    items instanceof Int32Array ||
    items instanceof Uint8Array ||
    items instanceof Uint16Array ||
    items instanceof Uint32Array;
  if (typed && validity !== undefined && validity.data === null) return items;
  return Array.from({ length: rows }, (_, i) => Number(vector.getItem(i) ?? 0));
}
