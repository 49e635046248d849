import { open, rm } from "node:fs/promises";
import { join } from "node:path";
import { registerTemp, releaseTemp } from "@ciudata/table/node";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { PairList } from "../../engine";
import type { Records } from "../../types";

const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** Bytes of the staging file written per call to `write`. */
const STAGE_BYTES = 1 << 20;
const [COMMA, QUOTE, NEWLINE] = [0x2c, 0x22, 0x0a];

/**
 * Creates `table` (`idx INTEGER` = the record's index in `records`, then one `VARCHAR` per field, then the
 * `also` expressions over them, each `expression AS name`) from the records: written to a staging CSV in
 * `folder` (every value quoted, a missing one left empty) that one parallel `read_csv` reads, then
 * removed: several times faster than DuckDB's appender value by value on 200,000 generated records.
 */
export async function loadRecords(
  connection: DuckDBConnection,
  table: string,
  records: Records,
  fields: readonly string[],
  folder: string,
  also: readonly string[] = [],
): Promise<void> {
  const n = records.ids.length;
  const values = fields.map((f) => records.fields[f] ?? []);
  const file = join(folder, `${table}.stage.csv`);
  const handle = await open(file, "w");
  // The staged fields are personal (names, IDs, dates): deleted on Ctrl-C or a kill too, not only here.
  registerTemp(file);
  try {
    // Bytes written into one reused buffer: no text per row is built, so a million records leave no
    // garbage behind (strings joined per chunk held hundreds of MB until the next collection).
    const buffer = Buffer.allocUnsafe(STAGE_BYTES);
    let at = 0;
    const flush = async () => {
      await handle.write(buffer, 0, at);
      at = 0;
    };
    const full = (bytes: number) => at + bytes > buffer.length;
    for (let i = 0; i < n; i++) {
      if (full(16)) await flush();
      at += buffer.write(String(i), at, "latin1");
      for (const column of values) {
        const value = column[i];
        if (value === null || value === undefined) {
          if (full(1)) await flush();
          buffer[at++] = COMMA;
          continue;
        }
        const text = value.includes('"') ? value.replaceAll('"', '""') : value;
        // UTF-8 takes at most 3 bytes per UTF-16 unit.
        const most = 3 * text.length + 3;
        if (most > buffer.length) {
          await flush();
          await handle.write(`,"${text}"`);
          continue;
        }
        if (full(most)) await flush();
        buffer[at++] = COMMA;
        buffer[at++] = QUOTE;
        at += buffer.write(text, at, "utf8");
        buffer[at++] = QUOTE;
      }
      if (full(1)) await flush();
      buffer[at++] = NEWLINE;
    }
    if (at > 0) await handle.write(buffer, 0, at);
  } finally {
    await handle.close();
  }
  try {
    const columns = ["idx: 'INTEGER'", ...fields.map((f) => `${sqlString(f)}: 'VARCHAR'`)];
    // A quoted empty value is an empty text; only an unquoted empty one is missing.
    const read = `read_csv(${sqlString(file)}, columns = {${columns.join(", ")}}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, auto_detect = false)`;
    await connection.run(
      `CREATE OR REPLACE TABLE ${quote(table)} AS SELECT *${also.map((a) => `, ${a}`).join("")} FROM ${read}`,
    );
  } finally {
    await rm(file, { force: true });
    releaseTemp(file);
  }
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Creates the temporary `table` (`pos`, `l`, `r` INTEGER) holding the pairs, `pos` being each pair's
 * position (temporary: it never reaches the database file, so closing has nothing of it to write).
 */
export async function loadPairs(connection: DuckDBConnection, table: string, pairs: PairList): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${quote(table)} (pos INTEGER, l INTEGER, r INTEGER)`);
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
 * by chunk; a column with no NULL is read as the typed array DuckDB filled, not item by item. (A streamed
 * read was tried: one linkage of 1,000,000 × 1,000,000 records then stalled, using no CPU, for reasons not
 * yet understood; the materialised read is the one measured at that size.)
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
