import { readSync } from "node:fs";
import type { ResolvedDialect } from "../../dialect/schema";
import { decodeWindows1252 } from "../../encoding/windows-1252";
import { lastRecords, papaParser, stripInitialSpace } from "../../parse/chunk-parser";

/** The quote state of a byte-level scan, carried from one block of bytes to the next. */
export interface ScanState {
  inQuotes: boolean;
}

const LF = 0x0a;

/**
 * Finds where records end in `bytes[from, to)`: the offset just after each line feed outside quotes
 * is pushed to `ends`. Quotes are counted as RFC 4180 reads them (a doubled quote inside a quoted
 * field closes and reopens it, which leaves the state unchanged), so this only holds for text whose
 * quotes open fields; the reader checks that the parser finds exactly as many records.
 * Works on the bytes of any ASCII-compatible encoding (UTF-8, windows-1252).
 * @internal
 *
 * @example
 * ```ts
 * const ends: number[] = [];
 * scanRecordEnds(Buffer.from('a,"x\ny"\nb\n'), 0, 10, 0x22, { inQuotes: false }, ends); // ends = [8, 10]
 * ```
 */
export function scanRecordEnds(
  bytes: Buffer,
  from: number,
  to: number,
  quote: number,
  state: ScanState,
  ends: number[],
): void {
  let i = from;
  let q = quote < 0 ? -1 : bytes.indexOf(quote, i);
  if (q >= to) q = -1;
  while (i < to) {
    if (state.inQuotes) {
      if (q < 0) return;
      state.inQuotes = false;
      i = q + 1;
      q = bytes.indexOf(quote, i);
      if (q >= to) q = -1;
      continue;
    }
    const nl = bytes.indexOf(LF, i);
    if (nl < 0 || nl >= to) {
      if (q >= 0) {
        // A quote opens before the end: the state after this block depends on it.
        state.inQuotes = true;
        i = q + 1;
        q = bytes.indexOf(quote, i);
        if (q >= to) q = -1;
        continue;
      }
      return;
    }
    if (q >= 0 && q < nl) {
      state.inQuotes = true;
      i = q + 1;
      q = bytes.indexOf(quote, i);
      if (q >= to) q = -1;
      continue;
    }
    ends.push(nl + 1);
    i = nl + 1;
  }
}

/**
 * Splits text made of whole records (each ending with `newline`, except maybe the last one of the
 * file) into cells, exactly as the streaming reader does. Text without the quote character is split
 * with `indexOf`; text with quotes goes through papaparse. `quoted` may be given when the caller
 * already knows from the bytes whether the quote character occurs. With `reads`, a non-empty cell of a
 * column marked `false` is not copied out of the text: it comes as {@link UNREAD} (empty cells stay
 * `""`, so blank rows are still seen). `quoted` may be given when the caller
 * already knows from the bytes whether the quote character occurs. With `reads`, a non-empty cell of a
 * column marked `false` is not copied out of the text: it comes as {@link UNREAD} (empty cells stay
 * `""`, so blank rows are still seen).
 * @internal
 *
 * @example
 * ```ts
 * splitRecords("1;Ana\n2;Luis\n", resolveDialect({ delimiter: ";" }), "\n"); // [["1", "Ana"], ["2", "Luis"]]
 * ```
 */
export function splitRecords(
  text: string,
  dialect: ResolvedDialect,
  newline: "\n" | "\r\n",
  quoted = text.indexOf(dialect.quoteChar) >= 0,
  reads: readonly boolean[] | null = null,
): string[][] {
  const rows = quoted
    ? splitQuoted(text, dialect, newline)
    : splitPlain(text, dialect.delimiter, newline, dialect.skipInitialSpace ? null : reads);
  return dialect.skipInitialSpace ? stripInitialSpace(rows) : rows;
}

/** Stands for a non-empty cell that was not copied out (see {@link splitRecords}). @internal */
export const UNREAD = "\u0000unread";

function splitPlain(
  text: string,
  delimiter: string,
  newline: string,
  reads: readonly boolean[] | null,
): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const end = text.indexOf(newline, pos);
    if (end < 0) {
      rows.push(cutCells(text, pos, n, delimiter, reads));
      break;
    }
    rows.push(cutCells(text, pos, end, delimiter, reads));
    pos = end + newline.length;
  }
  return rows;
}

/**
 * The cells of one line `text[start, end)` without quotes. With `reads`, a non-empty cell of a column
 * marked `false` comes as {@link UNREAD} instead of being copied out.
 * @internal
 * @example
 * ```ts
 * cutCells("1;Ana;x", 0, 7, ";", [true, false]); // ["1", UNREAD, "x"]
 * ```
 */
export function cutCells(
  text: string,
  start: number,
  end: number,
  delimiter: string,
  reads: readonly boolean[] | null,
): string[] {
  const row: string[] = [];
  let cellStart = start;
  let column = 0;
  while (true) {
    let d = text.indexOf(delimiter, cellStart);
    if (d < 0 || d > end) d = end;
    row.push(reads !== null && reads[column] === false && d > cellStart ? UNREAD : text.slice(cellStart, d));
    if (d === end) return row;
    cellStart = d + delimiter.length;
    column++;
  }
}

/**
 * The cells of the one record in `bytes` (its line break included or not), decoded as the file is.
 * @internal
 * @example
 * ```ts
 * recordCells(Buffer.from("1;Muñoz\n"), "utf-8", dialect, "\n"); // ["1", "Muñoz"]
 * ```
 */
export function recordCells(
  bytes: Buffer,
  encoding: "utf-8" | "windows-1252",
  dialect: ResolvedDialect,
  newline: "\n" | "\r\n",
): string[] {
  const text = encoding === "utf-8" ? bytes.toString("utf8") : decodeWindows1252(bytes);
  return splitRecords(text, dialect, newline)[0] ?? [""];
}

/**
 * Reads `length` bytes of an open file at `position` into `into` from `offset`, as many as there are;
 * returns how many.
 * @internal
 * @example
 * ```ts
 * const got = readAt(fd, Buffer.allocUnsafe(100), 0, 100, 0);
 * ```
 */
export function readAt(fd: number, into: Buffer, offset: number, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, into, offset + got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

function splitQuoted(text: string, d: ResolvedDialect, newline: "\n" | "\r\n"): string[][] {
  const { rows, unclosed } = lastRecords(papaParser(d, newline), text, newline);
  // The one-pass reader reports a quote never closed (unclosed-quote, with its row): read it there.
  if (unclosed) throw new Unsure("a quoted field is never closed");
  return rows;
}

/**
 * Thrown when a range cannot be read exactly here; the whole file is then read in one pass.
 * @internal
 */
export class Unsure extends Error {}
