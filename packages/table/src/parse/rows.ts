import type { ResolvedDialect } from "../dialect/schema";
import { throwIfAborted } from "./abort";
import { ChunkParser } from "./chunk-parser";
import type { ParseOptions, RawRow } from "./types";

const DEFAULT_BATCH = 1000;
/** Huge chunks are parsed piece by piece so only a bounded number of rows exist at once. */
const MAX_PIECE = 1 << 20;

function* piecesOf(chunk: string): Generator<string> {
  if (chunk.length <= MAX_PIECE) yield chunk;
  else for (let i = 0; i < chunk.length; i += MAX_PIECE) yield chunk.slice(i, i + MAX_PIECE);
}

/**
 * Streams every physical record of `text` in batches, in order, with frictionless row numbers
 * (the first record is 1; an empty line is `[""]` and counts; a quoted field spanning lines is one
 * record). Ragged rows keep all their cells; cells are not trimmed. Text is pulled only when the
 * consumer pulls rows (back-pressure), and only a bounded tail is buffered.
 *
 * @example
 * ```ts
 * async function* chunks() { yield "a,b\n1,"; yield "2\n"; }
 * for await (const batch of parseRows(chunks(), resolveDialect({}))) console.log(batch);
 * // [{ rowNumber: 1, cells: ["a", "b"] }, { rowNumber: 2, cells: ["1", "2"] }]
 * ```
 */
export async function* parseRows(
  text: AsyncIterable<string>,
  dialect: ResolvedDialect,
  options: ParseOptions = {},
): AsyncGenerator<RawRow[], void, undefined> {
  const { signal } = options;
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  throwIfAborted(signal);
  const parser = new ChunkParser(dialect, options.chunkChars);
  let rowNumber = 0;
  let batch: RawRow[] = [];
  for await (const chunk of text) {
    throwIfAborted(signal);
    for (const piece of piecesOf(chunk)) {
      const rows = parser.push(piece);
      if (rows === null) continue;
      for (let i = 0; i < rows.length; i++) {
        batch.push({ rowNumber: ++rowNumber, cells: rows[i] as string[] });
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
          throwIfAborted(signal);
        }
      }
    }
  }
  throwIfAborted(signal);
  const rows = parser.finish();
  for (let i = 0; i < rows.length; i++) {
    batch.push({ rowNumber: ++rowNumber, cells: rows[i] as string[] });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
      throwIfAborted(signal);
    }
  }
  if (batch.length > 0) yield batch;
}
