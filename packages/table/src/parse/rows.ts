import { CiudataError } from "@ciudata/core";
import type { ResolvedDialect } from "../dialect/schema";
import { type TableError, tableError } from "../report/error";
import { throwIfAborted } from "./abort";
import { ChunkParser } from "./chunk-parser";
import { type LimitName, limitError, type ReadLimits, resolveLimits } from "./limits";
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
  const guard = createRowGuard(dialect, resolveLimits(options.limits), options.source ?? null);
  const parser = new ChunkParser(dialect, options.chunkChars);
  let rowNumber = 0;
  let batch: RawRow[] = [];
  parser.maxPending = guard.pendingLimit(1);
  for await (const chunk of text) {
    throwIfAborted(signal);
    for (const piece of piecesOf(chunk)) {
      const rows = parser.push(piece);
      if (rows !== null) {
        const inputChars = parser.lastInputChars;
        for (let i = 0; i < rows.length; i++) {
          const cells = rows[i] as string[];
          const over = guard.row(cells, rowNumber + 1, inputChars);
          if (over) {
            // The rows before it are still given, then the read stops.
            if (batch.length > 0) yield batch;
            throw new CiudataError([over]);
          }
          batch.push({ rowNumber: ++rowNumber, cells });
          if (batch.length === batchSize) {
            yield batch;
            batch = [];
            throwIfAborted(signal);
          }
        }
      }
      const long = guard.pending(parser.pendingChars, rowNumber + 1);
      if (long) {
        if (batch.length > 0) yield batch;
        throw new CiudataError([long]);
      }
      parser.maxPending = guard.pendingLimit(rowNumber + 1);
    }
  }
  throwIfAborted(signal);
  const rows = parser.finish();
  const unclosed = parser.unclosedQuote;
  const inputChars = parser.lastInputChars;
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i] as string[];
    const stop =
      i === unclosed
        ? unclosedQuoteError(rowNumber + 1, cells, options.source ?? null)
        : guard.row(cells, rowNumber + 1, inputChars);
    if (stop) {
      if (batch.length > 0) yield batch;
      throw new CiudataError([stop]);
    }
    batch.push({ rowNumber: ++rowNumber, cells });
    if (batch.length === batchSize) {
      yield batch;
      batch = [];
      throwIfAborted(signal);
    }
  }
  if (batch.length > 0) yield batch;
}

/** Checks rows against the {@link ReadLimits} as they are parsed. */
interface RowGuard {
  /** The longest incomplete record to hold while `next` is the row being read. */
  pendingLimit(next: number): number;
  /** The `limit-error` of a record still incomplete and already over its limit, or null. */
  pending(chars: number, next: number): TableError | null;
  /** The `limit-error` of a row too wide or too long (parsed from `inputChars` of text), or null. */
  row(cells: readonly string[], row: number, inputChars: number): TableError | null;
}

function createRowGuard(dialect: ResolvedDialect, limits: ReadLimits, source: string | null): RowGuard {
  const lastHeader = dialect.header && dialect.headerRows.length ? Math.max(...dialect.headerRows) : 0;
  const sizeLimit = (row: number): [LimitName, number] =>
    row <= lastHeader && limits.maxHeaderSize < limits.maxRecordSize
      ? ["maxHeaderSize", limits.maxHeaderSize]
      : ["maxRecordSize", limits.maxRecordSize];
  return {
    pendingLimit: (next) => sizeLimit(next)[1],
    pending(chars, next) {
      const [name, value] = sizeLimit(next);
      return chars > value ? limitError(name, value, chars, { rowNumber: next, source }) : null;
    },
    row(cells, row, inputChars) {
      if (cells.length > limits.maxColumns)
        return limitError("maxColumns", limits.maxColumns, cells.length, { rowNumber: row, source });
      // A record can only be over its size limit when the text it came from is (the common case:
      // decided without building anything per row).
      if (row > lastHeader && inputChars <= limits.maxRecordSize) return null;
      const [name, value] = sizeLimit(row);
      const size = recordChars(cells);
      return size > value ? limitError(name, value, size, { rowNumber: row, source }) : null;
    },
  };
}

/** The characters of a record as written, delimiters counted, quotes not. */
function recordChars(cells: readonly string[]): number {
  let size = cells.length - 1;
  for (let i = 0; i < cells.length; i++) size += (cells[i] as string).length;
  return size;
}

/**
 * The error for a quoted field never closed: it opened in row `rowNumber` and swallowed the rest of the file.
 * @internal
 */
function unclosedQuoteError(rowNumber: number, cells: readonly string[], source: string | null): TableError {
  const swallowed = cells[cells.length - 1] ?? "";
  let lines = 1;
  for (let i = swallowed.indexOf("\n"); i !== -1; i = swallowed.indexOf("\n", i + 1)) lines++;
  return tableError("unclosed-quote", {
    tags: ["#table", "#row"],
    rowNumber,
    fieldNumber: cells.length,
    note: `the quoted field that opens in row ${rowNumber} is never closed: it runs to the end of the file`,
    params: { lines, source },
  });
}
