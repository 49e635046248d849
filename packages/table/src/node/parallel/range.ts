import { isUtf8 } from "node:buffer";
import { closeSync, openSync } from "node:fs";
import { decodeWindows1252 } from "../../encoding/windows-1252";
import type { RawRow } from "../../parse/types";
import type { TableError } from "../../report/error";
import type { Lang } from "../../report/report";
import type { RangeCheck, RangeCheckPlan, RowView } from "../../runner/check";
import { createErrorSink } from "../../runner/error-sink";
import { cellMask } from "../../runner/mask";
import { createRowProcessor } from "../../runner/row-processor";
import type { Field } from "../../schema";
import type { CellRange } from "./cell-ranges";
import { ColumnBuilder, type EncodedColumn } from "./columns";
import {
  cutCells,
  lastRecord,
  readBlocks,
  recordCells,
  type ScanState,
  splitRecords,
  Unsure,
} from "./records";

/** One worker's share of a table: a byte range that starts and (unless last) ends on a record boundary. */
export interface RangeTask extends CellRange {
  fields: readonly Field[];
  labels: readonly string[];
  missingValues: readonly string[];
  lang: Lang;
  revealCells: boolean;
  shownColumns: readonly number[];
  pickErrors: readonly string[] | undefined;
  skipErrors: readonly string[] | undefined;
  limitErrors: number;
  valueFields: readonly number[];
  /** The checks that run over the range's rows (loaded by the worker; see `Check.inRanges`). */
  rangeChecks: readonly RangeCheckPlan[];
  /** About how many records the range holds (sizes the arrays up front). */
  expectedRecords: number;
}

/**
 * What a worker found in its range. Row numbers in `errors` count from 1 at the range's first record;
 * `offsets` has the byte offset of every record start plus the range end; `flags` says per record
 * 0 (read), 1 (blank) or 2 (not checked: past the error limit).
 */
export type RangeResult =
  | {
      ok: true;
      records: number;
      errors: TableError[];
      offsets: Float64Array;
      flags: Uint8Array;
      columns: EncodedColumn[];
      /** What each range check found (see `RangeCheck.finish`), in the order of `rangeChecks`. */
      checks: unknown[];
    }
  | { ok: false; reason: string };

/** Records are decoded and split in pieces of about PIECE bytes (read in blocks by `readBlocks`). */
/** Findings a range sends back at most (each is counted by the runner); more: read in one pass. */
const MAX_FINDINGS = 200_000;
const PIECE = 64 * 1024;

/**
 * Reads, decodes, splits and checks the records of one byte range with the same row checks as the
 * one-pass runner. It gives up (`ok: false`) rather than guess when the bytes are not what a parallel
 * read can take exactly (invalid UTF-8, a quote left open at the range end, records the parser and
 * the byte scan count differently): the caller then reads the file in one pass.
 * @internal
 *
 * @example
 * ```ts
 * const { result } = readRange({ path: "padron.csv", start: 120, end: 5_000_000, final: false, … });
 * if (result.ok) console.log(result.records, result.errors.length);
 * ```
 */
export function readRange(
  task: RangeTask,
  onProgress?: (bytes: number) => void,
  checks: readonly RangeCheck[] = [],
): { result: RangeResult; transfer: ArrayBuffer[] } {
  const { dialect, newline, valueFields } = task;
  // UTF-8 is checked, then read byte for byte (latin1): far cheaper than decoding, and delimiters,
  // quotes and line breaks are ASCII. The row checks repair a cell to its real text only where the
  // text matters (a value that is text, a cast that fails, an error to report).
  // Range checks read every cell as text (spaces, spellings): with them, UTF-8 is decoded once per
  // piece of records (far cheaper than repairing most cells one by one).
  const utf8 = task.encoding === "utf-8";
  const latin1 = utf8 && checks.length === 0;
  const decode = (bytes: Buffer): string => {
    if (!utf8) return decodeWindows1252(bytes);
    if (!isUtf8(bytes)) throw new Unsure("invalid UTF-8");
    return bytes.toString(latin1 ? "latin1" : "utf8");
  };
  /** The record being checked, as bytes, for its real cells when an error is reported. */
  let current: Buffer = Buffer.alloc(0);
  let currentStart = 0;
  let currentEnd = 0;
  const realCells = (): string[] =>
    recordCells(current.subarray(currentStart, currentEnd), task.encoding, dialect, newline);
  const sink = createErrorSink(task);
  const processor = createRowProcessor({
    fields: task.fields,
    labels: task.labels,
    missingValues: task.missingValues,
    lang: task.lang,
    mask: cellMask(task.revealCells, task.shownColumns),
    report: sink.report,
    // Range checks see every cell as its text and every cast value.
    keepValues: valueFields.length > 0 || checks.length > 0,
    valuesNeeded: checks.length > 0 ? task.fields.map((_, i) => i) : valueFields,
    // Errors carry the record's real cells (cells nobody reads were not copied out of the text).
    rowCells: realCells,
    ...(latin1 ? { repair: (cell: string) => Buffer.from(cell, "latin1").toString("utf8") } : {}),
  });
  // Cells the checks never look at are not copied out of the text (errors read the record again).
  const reads = processor.reads;
  const values = processor.values;
  const capacity = Math.max(1024, Math.ceil(task.expectedRecords * 1.1));
  const columns = valueFields.map(() => new ColumnBuilder(capacity));
  let offsets = new Float64Array(capacity + 1);
  let flags = new Uint8Array(capacity + 1);
  const quote = dialect.quoteChar.charCodeAt(0);
  let record = 0;

  /** One row object for every record (the row checks keep nothing of it). */
  const raw: RawRow = { rowNumber: 0, cells: [] };
  /** The row the range checks see (the cells are their real text: see `decode`). */
  const view: { rowNumber: number; cells: string[]; values: unknown[]; blank: boolean } = {
    rowNumber: 0,
    cells: [],
    values,
    blank: false,
  };
  /** Records the next record's start and checks its cells. */
  const take = (start: number, cells: string[], bytes: Buffer, from: number, to: number) => {
    current = bytes;
    currentStart = from;
    currentEnd = to;
    if (record + 1 >= offsets.length) {
      const grown = new Float64Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
      const more = new Uint8Array(flags.length * 2);
      more.set(flags);
      flags = more;
    }
    offsets[record] = start;
    record++;
    if (sink.limited()) {
      flags[record - 1] = 2;
      for (const column of columns) column.push(undefined);
      return;
    }
    raw.rowNumber = record;
    raw.cells = cells;
    const blank = processor.process(raw);
    // Every finding goes back to be counted; past this many, one pass counts them without keeping them.
    if (sink.errors.length > MAX_FINDINGS) throw new Unsure("too many findings to send back");
    if (blank) flags[record - 1] = 1;
    if (checks.length > 0) {
      view.rowNumber = record;
      view.cells = cells;
      view.blank = blank;
      try {
        for (const check of checks) check.onRow(view as RowView);
      } catch (error) {
        // A check that cannot follow a range exactly (e.g. too many distinct values): one pass reads it.
        throw new Unsure(`a check cannot follow the range: ${(error as Error).message}`);
      }
    }
    for (let j = 0; j < columns.length; j++)
      (columns[j] as ColumnBuilder).push(values[valueFields[j] as number]);
  };

  // Text without quotes and a one-char delimiter: the line ends are already known from the byte scan
  // (one char per byte in latin1 and windows-1252), so only the cells are cut.
  const delimiter = dialect.delimiter;
  const linesKnown = delimiter.length === 1 && !dialect.skipInitialSpace && (latin1 || !utf8);
  const crlf = newline === "\r\n";

  /** Decodes and checks the records of data[from, to), which end at ends[k..j]. */
  const piece = (
    data: Buffer,
    base: number,
    from: number,
    ends: readonly number[],
    k: number,
    j: number,
    quoted: boolean,
  ) => {
    const to = ends[j] as number;
    const text = decode(data.subarray(from, to));
    if (linesKnown && !quoted) {
      for (let r = k; r <= j; r++) {
        const start = r === k ? from : (ends[r - 1] as number);
        const stop = ends[r] as number;
        let end = stop - 1;
        if (crlf) {
          // A line feed without its carriage return is inside a cell for the reader: read in one pass.
          if (data[end - 1] !== 0x0d) throw new Unsure("a line feed without a carriage return");
          end--;
        }
        take(base + start, cutCells(text, start - from, end - from, delimiter, reads), data, start, stop);
      }
      return;
    }
    const rows = splitRecords(text, dialect, newline, quoted, reads);
    if (rows.length !== j - k + 1) throw new Unsure("records counted differently");
    for (let r = 0; r < rows.length; r++) {
      const start = r === 0 ? from : (ends[k + r - 1] as number);
      take(base + start, rows[r] as string[], data, start, ends[k + r] as number);
    }
  };

  const fd = openSync(task.path, "r");
  try {
    const state: ScanState = { inQuotes: false };
    const { rest, at } = readBlocks(
      fd,
      task.start,
      task.end,
      quote,
      state,
      (data, base, ends) => {
        let from = 0;
        let k = 0;
        // The next quote byte: pieces before it are split without looking for quotes in the text.
        let nextQuote = data.indexOf(quote);
        while (k < ends.length) {
          let j = k;
          while (j + 1 < ends.length && (ends[j + 1] as number) - from <= PIECE) j++;
          if (nextQuote >= 0 && nextQuote < from) nextQuote = data.indexOf(quote, from);
          piece(data, base, from, ends, k, j, nextQuote >= 0 && nextQuote < (ends[j] as number));
          from = ends[j] as number;
          k = j + 1;
        }
      },
      onProgress,
    );
    const last = lastRecord(task, state, rest, decode);
    if (last) take(at, last, rest, 0, rest.length);
  } catch (error) {
    if (error instanceof Unsure) return { result: { ok: false, reason: error.message }, transfer: [] };
    throw error;
  } finally {
    closeSync(fd);
  }
  const offsetArray = offsets.slice(0, record + 1);
  offsetArray[record] = task.end;
  const flagArray = flags.slice(0, record);
  const transfer: ArrayBuffer[] = [offsetArray.buffer, flagArray.buffer];
  const encoded: EncodedColumn[] = [];
  for (const column of columns) {
    const done = column.finish();
    encoded.push(done.column);
    transfer.push(...done.transfer);
  }
  const states: unknown[] = [];
  for (const check of checks) {
    const done = check.finish();
    states.push(done.state);
    if (done.transfer) transfer.push(...done.transfer);
  }
  return {
    result: {
      ok: true,
      checks: states,
      records: record,
      errors: sink.errors,
      offsets: offsetArray,
      flags: flagArray,
      columns: encoded,
    },
    transfer,
  };
}
