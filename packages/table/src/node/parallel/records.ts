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

/** Bytes read from the disk at once by {@link readBlocks}. */
const BLOCK = 1 << 20;

/**
 * Reads bytes [start, end) of an open file a block at a time (one buffer for the whole range: fresh
 * pages on every read cost more than the reads), each block starting with the unfinished record of the
 * block before. `visit` gets each block with the ends of its whole records and the file offset of its
 * first byte. Returns the bytes left after the last record end (a last record without a line break)
 * and their offset. Throws {@link Unsure} when the file is shorter than `end`.
 * @internal
 * @example
 * ```ts
 * const rest = readBlocks(fd, 0, size, 0x22, { inQuotes: false }, (bytes, at, ends) => count(ends.length));
 * ```
 */
export function readBlocks(
  fd: number,
  start: number,
  end: number,
  quote: number,
  state: ScanState,
  visit: (data: Buffer, base: number, ends: readonly number[]) => void,
  onProgress?: (bytes: number) => void,
): { rest: Buffer; at: number } {
  const ends: number[] = [];
  let buffer = Buffer.allocUnsafe(BLOCK * 2);
  let carry = 0;
  let at = start;
  for (let pos = start; pos < end; ) {
    const len = Math.min(BLOCK, end - pos);
    if (carry + len > buffer.length) {
      const bigger = Buffer.allocUnsafe((carry + len) * 2);
      buffer.copy(bigger, 0, 0, carry);
      buffer = bigger;
    }
    const data = buffer.subarray(0, carry + len);
    if (readAt(fd, data, carry, len, pos) < len) throw new Unsure("the file got shorter while reading");
    pos += len;
    onProgress?.(pos - start);
    ends.length = 0;
    scanRecordEnds(data, carry, data.length, quote, state, ends);
    visit(data, at, ends);
    const taken = ends.length ? (ends[ends.length - 1] as number) : 0;
    buffer.copyWithin(0, taken, data.length);
    carry = data.length - taken;
    at += taken;
  }
  return { rest: buffer.subarray(0, carry), at };
}

/**
 * The cells of the bytes left at the end of a range (a last record without a line break), or `null`
 * when none are left. Throws {@link Unsure} when a quote is still open, or bytes are left at the end
 * of a range that is not the file's last.
 * @internal
 * @example
 * ```ts
 * lastRecord(range, { inQuotes: false }, Buffer.from("3;Eva"), (b) => b.toString("latin1")); //=> ["3", "Eva"]
 * ```
 */
export function lastRecord(
  range: { final: boolean; dialect: ResolvedDialect; newline: "\n" | "\r\n" },
  state: ScanState,
  rest: Buffer,
  decode: (bytes: Buffer) => string,
): string[] | null {
  if (state.inQuotes) throw new Unsure("a quoted field is still open at the end of the range");
  if (rest.length === 0) return null;
  if (!range.final) throw new Unsure("the range does not end on a record boundary");
  const rows = splitRecords(decode(rest), range.dialect, range.newline);
  if (rows.length !== 1) throw new Unsure("records counted differently");
  return rows[0] as string[];
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
