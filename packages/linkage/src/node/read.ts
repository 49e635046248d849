import { open } from "node:fs/promises";
import { CiudataError, createIssue, type Issue } from "@ciudata/core";
import { openFile } from "@ciudata/table/node";
import { type LinkMapping, parseLinkMapping } from "../standardise/mapping";
import { mappedPositions, type StandardiseOptions } from "../standardise/standardise";
import { createStandardiser } from "../standardise/stream";
import type { Records } from "../types";

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions extends Omit<StandardiseOptions, "file"> {
  /** Force an encoding (any WHATWG label, e.g. `"windows-1252"`), skipping detection. */
  encoding?: string;
  /** Stop reading when aborted. */
  signal?: AbortSignal;
}

/** Rows read before they are standardised (and their raw cells let go). */
const CHUNK_ROWS = 1 << 16;

/** Issues openTable records without stopping (a warning about the encoding or the dialect). */
const NOT_STOPPING = new Set(["encoding-error", "mojibake", "dialect-error"]);

/**
 * Reads a CSV (or any delimited text `@ciudata/table` reads: encodings, BOM, dialects) and standardises
 * it with a mapping (Node only). Only the mapped columns are kept while reading. Throws a `CiudataError`:
 * `linkage/missing-column` before reading rows when the header lacks a mapped column,
 * `linkage/empty-side` for an empty file or one with a header and no rows, and the table's own issues
 * when the file cannot be read (not found, not a table).
 *
 * @example
 * ```ts
 * import { FEBRL_MAPPING } from "@ciudata/linkage";
 * import { readRecords } from "@ciudata/linkage/node";
 * const a = await readRecords("febrl4a.csv", FEBRL_MAPPING, { source: "a" });
 * a.fields.given?.[0]; //=> "MICHAELA"
 * ```
 */
export async function readRecords(
  path: string,
  mapping: LinkMapping,
  options: ReadRecordsOptions,
): Promise<Records> {
  const map = parseLinkMapping(mapping);
  const table = await openFile(path, {
    inferSample: 0,
    ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  try {
    if (table.stopped !== null) {
      const stop = table.issues.filter((i) => !NOT_STOPPING.has(i.type));
      if (stop.some((i) => i.params.reason === "empty"))
        throw new CiudataError([
          createIssue("linkage/empty-side", { params: { file: path }, note: `${path}: empty` }),
        ]);
      throw new CiudataError((stop.length > 0 ? stop : table.issues) as [Issue, ...Issue[]]);
    }
    // Checked on the header, before any row is read.
    const positions = mappedPositions(table.labels, map, path);
    // Standardised chunk by chunk as the rows come: a million raw cells are never held at once.
    const side = createStandardiser(map, { ...options, file: path }, await lineCount(path, options.signal));
    let columns: string[][] = positions.map(() => []);
    let rows = 0;
    for await (const batch of table.batches()) {
      for (const row of batch)
        for (let k = 0; k < positions.length; k++)
          (columns[k] as string[]).push(row.cells[positions[k] as number] ?? "");
      rows += batch.length;
      if (rows >= CHUNK_ROWS) {
        side.add(columns);
        columns = positions.map(() => []);
        rows = 0;
      }
    }
    side.add(columns);
    return side.finish();
  } finally {
    await table.close();
  }
}

/**
 * The line breaks of a file, plus one: at least its rows (quoted line breaks only add to it), counted
 * once in large reads so the side's columns are sized once. 0 when the file cannot be read here.
 */
async function lineCount(path: string, signal: AbortSignal | undefined): Promise<number> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const buffer = Buffer.allocUnsafe(1 << 20);
    let lf = 0;
    let cr = 0;
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lf++;
      if (lf === 0) for (let at = chunk.indexOf(13); at !== -1; at = chunk.indexOf(13, at + 1)) cr++;
    }
    return Math.max(lf, cr) + 1;
  } catch (error) {
    if (signal?.aborted) throw error;
    return 0;
  } finally {
    await handle?.close();
  }
}
