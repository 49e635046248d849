import { isAscii, isUtf8 } from "node:buffer";
import { closeSync, openSync } from "node:fs";
import type { ResolvedDialect } from "../../dialect/schema";
import { decodeWindows1252 } from "../../encoding/windows-1252";
import { cutCells, lastRecord, readBlocks, type ScanState, splitRecords, Unsure } from "./records";

/**
 * One byte range of a local text file for {@link readCellRange}: it starts on a record boundary and,
 * unless `final`, ends on one (see `rangeLayout`).
 */
export interface CellRange {
  path: string;
  start: number;
  end: number;
  /** The range that ends the file (its last record may lack a line break). */
  final: boolean;
  encoding: "utf-8" | "windows-1252";
  dialect: ResolvedDialect;
  newline: "\n" | "\r\n";
}

/** Options of {@link readCellRange}. */
export interface CellRangeOptions {
  /**
   * Cells of a UTF-8 file as their text (decoded) rather than their bytes one char per byte: for a
   * caller that rewrites or shows cells (`clean`), not one that only counts them. Default `false`.
   */
  text?: boolean;
  /**
   * Takes a piece of rows as raw bytes when it can, instead of `visit` (a UTF-8 file whose delimiter is
   * one ASCII byte, a piece with no quote byte; its bytes checked as UTF-8 first): `bytes` with each
   * row's start and end (its line break left out) in `starts`/`ends`, `count` rows, and `base`, the
   * file offset of `bytes[0]`. The caller cuts the cells at the delimiter byte, with no string made per
   * cell. Other pieces still come to `visit`. Not with `text`.
   */
  raw?: RawRows;
}

/** What {@link CellRangeOptions.raw} takes: rows as byte ranges of `bytes`, `count` of them. */
export type RawRows = (
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  base: number,
) => void;

/** About how many bytes of records each visit gets. */
const PIECE = 64 * 1024;

/**
 * Reads the records of one byte range and hands their cells to `visit`, a few hundred rows at a time,
 * in file order. In a UTF-8 file the bytes are checked, then each cell comes as its UTF-8 bytes one
 * char per byte (latin1: far cheaper than decoding; decode a cell with `Buffer.from(cell, "latin1")`
 * when its text matters); windows-1252 cells come decoded. It gives up (`ok: false`) rather than
 * guess when the bytes are not what a range read takes exactly (invalid UTF-8, a quote open at the
 * end of the range, a lone line feed in a CRLF file, records counted differently): read the file in
 * one pass then. `visit` also gets each row's byte offset in the file, and the end of the last one.
 *
 * @example
 * ```ts
 * const done = readCellRange(range, (rows) => { for (const cells of rows) count(cells); });
 * if (done.ok) done.records; //=> 499_812
 * ```
 */
export function readCellRange(
  range: CellRange,
  visit: (rows: readonly string[][], offsets: readonly number[]) => void,
  options: CellRangeOptions = {},
): { ok: true; records: number } | { ok: false; reason: string } {
  const { dialect, newline } = range;
  const utf8 = range.encoding === "utf-8";
  const delimiter = dialect.delimiter;
  const crlf = newline === "\r\n";
  const cutByLines = delimiter.length === 1 && !dialect.skipInitialSpace;
  const quote = dialect.quoteChar.charCodeAt(0);
  let records = 0;
  const raw =
    utf8 && options.text !== true && cutByLines && delimiter.charCodeAt(0) < 0x80 ? options.raw : undefined;
  /** Where the record whose line break ends at `stop` ends, its line break left out. */
  const lineEnd = (bytes: Buffer, stop: number): number => {
    if (!crlf) return stop - 1;
    if (bytes[stop - 2] !== 0x0d) throw new Unsure("a line feed without a carriage return");
    return stop - 2;
  };
  let starts = new Int32Array(1024);
  let stops = new Int32Array(1024);
  /** The rows of bytes[from, ends[j]) to `raw`, as byte ranges. */
  const rawRows = (
    bytes: Buffer,
    base: number,
    from: number,
    ends: readonly number[],
    k: number,
    j: number,
  ) => {
    if (!isUtf8(bytes.subarray(from, ends[j] as number))) throw new Unsure("invalid UTF-8");
    const count = j - k + 1;
    if (count > starts.length) {
      starts = new Int32Array(count * 2);
      stops = new Int32Array(count * 2);
    }
    let start = from;
    for (let r = k; r <= j; r++) {
      starts[r - k] = start;
      stops[r - k] = lineEnd(bytes, ends[r] as number);
      start = ends[r] as number;
    }
    (raw as RawRows)(bytes, starts, stops, count, base);
    records += count;
  };

  const text = (bytes: Buffer): string => {
    if (!utf8) return decodeWindows1252(bytes);
    if (!isUtf8(bytes)) throw new Unsure("invalid UTF-8");
    return bytes.toString("latin1");
  };
  // Text asked for: a piece that is not all ASCII is decoded, then split as text.
  const decodes = utf8 && options.text === true;
  const asText = (bytes: Buffer): string => {
    if (!isUtf8(bytes)) throw new Unsure("invalid UTF-8");
    return bytes.toString("utf8");
  };
  /** The records of bytes[from, ends[j]), whose line ends are ends[k..j]. */
  const rowsOf = (
    bytes: Buffer,
    from: number,
    ends: readonly number[],
    k: number,
    j: number,
    quoted: boolean,
  ) => {
    const piece = bytes.subarray(from, ends[j] as number);
    if (decodes && !isAscii(piece)) {
      const rows = splitRecords(asText(piece), dialect, newline, quoted);
      if (rows.length !== j - k + 1) throw new Unsure("records counted differently");
      return rows;
    }
    const decoded = text(piece);
    if (quoted || !cutByLines) {
      const rows = splitRecords(decoded, dialect, newline, quoted);
      if (rows.length !== j - k + 1) throw new Unsure("records counted differently");
      return rows;
    }
    const rows: string[][] = [];
    let start = from;
    for (let r = k; r <= j; r++) {
      rows.push(cutCells(decoded, start - from, lineEnd(bytes, ends[r] as number) - from, delimiter, null));
      start = ends[r] as number;
    }
    return rows;
  };

  const fd = openSync(range.path, "r");
  try {
    const state: ScanState = { inQuotes: false };
    const tail = readBlocks(fd, range.start, range.end, quote, state, (bytes, base, ends) => {
      let from = 0;
      // The next quote byte, searched again only once passed (a block without quotes is scanned once).
      let nextQuote = bytes.indexOf(quote);
      for (let k = 0; k < ends.length; ) {
        let j = k;
        while (j + 1 < ends.length && (ends[j + 1] as number) - from <= PIECE) j++;
        const to = ends[j] as number;
        if (nextQuote >= 0 && nextQuote < from) nextQuote = bytes.indexOf(quote, from);
        const quoted = nextQuote >= 0 && nextQuote < to;
        if (raw !== undefined && !quoted) rawRows(bytes, base, from, ends, k, j);
        else {
          const rows = rowsOf(bytes, from, ends, k, j, quoted);
          records += rows.length;
          const offsets = [base + from];
          for (let r = k; r <= j; r++) offsets.push(base + (ends[r] as number));
          visit(rows, offsets);
        }
        from = to;
        k = j + 1;
      }
    });
    const last = lastRecord(range, state, tail.rest, (b) => (decodes && !isAscii(b) ? asText(b) : text(b)));
    if (last) {
      records++;
      visit([last], [tail.at, tail.at + tail.rest.length]);
    }
  } catch (error) {
    if (error instanceof Unsure) return { ok: false, reason: error.message };
    throw error;
  } finally {
    closeSync(fd);
  }
  return { ok: true, records };
}
