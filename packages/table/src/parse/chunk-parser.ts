import Papa from "papaparse";
import type { ResolvedDialect } from "../dialect/schema";
import { findTerminator } from "./newline";

/** Text gathered before a papaparse call, so tiny chunks do not cost one call each. */
const MIN_PARSE_CHARS = 64 * 1024;

interface PapaResult {
  data: string[][];
  errors?: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Incremental CSV parsing on top of papaparse's core `Parser`: `push` text chunks, get back the
 * records completed so far; `finish` flushes the last one. The declared line terminator is checked
 * against the text's first line break outside quotes and replaced by it
 * when they differ, so a default `\r\n` dialect still reads an LF file, as Python's csv would. Only the incomplete tail is kept, and a
 * tail that makes no progress (an open quote) is re-parsed only after it doubles, so the total
 * work stays linear.
 *
 * @example
 * ```ts
 * const p = new ChunkParser(resolveDialect({ delimiter: ";" }));
 * p.push('a;"b\n'); // null (buffered until 64 KiB)
 * p.push('c"\n1;2'); // null
 * p.finish(); // [["a", "b\nc"], ["1", "2"]]
 * ```
 */
export class ChunkParser {
  private parser: Papa.Parser;
  private newline: ResolvedDialect["lineTerminator"];
  /** False until the text's own line break is known (see {@link findTerminator}). */
  private newlineChecked = false;
  private scanAt = 1;
  private readonly dialect: ResolvedDialect;
  private readonly skipInitialSpace: boolean;
  private pending = "";
  private pieces: string[] = [];
  private size = 0;
  private threshold: number;
  private readonly minChars: number;
  /**
   * The longest incomplete record to hold (default unlimited): past it the text is parsed at once,
   * and {@link pendingChars} tells the caller a record is over its limit.
   */
  maxPending = Number.POSITIVE_INFINITY;
  /** Characters of the text behind the records the last `push` or `finish` returned. */
  lastInputChars = 0;
  /**
   * After `finish`: the index, among the records it returned, of the one whose quoted field is never
   * closed (it swallowed the rest of the text), or null.
   */
  unclosedQuote: number | null = null;

  constructor(dialect: ResolvedDialect, minChars = MIN_PARSE_CHARS) {
    this.minChars = Math.max(1, Math.floor(minChars));
    this.threshold = this.minChars;
    this.dialect = dialect;
    this.newline = dialect.lineTerminator;
    this.skipInitialSpace = dialect.skipInitialSpace;
    this.parser = this.createParser();
  }

  private createParser(): Papa.Parser {
    return papaParser(this.dialect, this.newline);
  }

  /** Settles the line break from the text; false when more text is needed. */
  private checkNewline(input: string, final: boolean): boolean {
    const d = this.dialect;
    const escapeChar = d.doubleQuote ? null : d.escapeChar;
    const found = findTerminator(
      input,
      { delimiter: d.delimiter, quoteChar: d.quoteChar, escapeChar },
      final,
    );
    if (found === null) return false;
    this.newlineChecked = true;
    if (found !== "keep" && found !== this.newline) {
      this.newline = found;
      this.parser = this.createParser();
    }
    return true;
  }

  /** Adds a chunk; returns the records it completed, or null when it only buffered. */
  push(chunk: string): string[][] | null {
    if (chunk.length === 0) return null;
    this.pieces.push(chunk);
    this.size += chunk.length;
    const over = this.size > this.maxPending;
    let input: string;
    if (this.newlineChecked) {
      if (this.size < this.threshold && !over) return null;
      input = this.take();
    } else {
      // Nothing is parsed before the line break is settled, so chunking cannot change the result.
      if (this.size < this.scanAt && !over) return null;
      input = this.take();
      if (!this.checkNewline(input, false)) {
        this.pending = input;
        this.scanAt = input.length * 2;
        return null;
      }
    }
    this.lastInputChars = input.length;
    const result = this.parser.parse(input, 0, true) as PapaResult;
    const cursor = result.meta.cursor;
    this.pending = cursor === 0 ? input : input.slice(cursor);
    this.size = this.pending.length;
    // No record completed (e.g. an open quoted field): wait for twice as much text before retrying.
    this.threshold = result.data.length === 0 ? input.length * 2 : this.pending.length + this.minChars;
    return this.clean(result.data);
  }

  /** Ends the input; returns the last records (a final line break adds no empty record). */
  finish(): string[][] {
    const input = this.take();
    this.pending = "";
    this.size = 0;
    this.lastInputChars = input.length;
    this.unclosedQuote = null;
    if (input === "") return [];
    if (!this.newlineChecked) this.checkNewline(input, true);
    const result = this.parser.parse(input, 0, false) as PapaResult;
    const missing = result.errors?.find((e) => e.code === "MissingQuotes");
    if (missing !== undefined) this.unclosedQuote = missing.row ?? result.data.length - 1;
    return this.clean(dropFinalEmpty(result.data, input, this.newline));
  }

  /**
   * Characters held and not yet returned as records. Past `maxPending` the text is parsed at once,
   * so this stays at or under `maxPending` unless the record being read is itself longer.
   */
  get pendingChars(): number {
    return this.size;
  }

  private take(): string {
    const input =
      this.pieces.length === 1 && this.pending === ""
        ? (this.pieces[0] as string)
        : this.pending + this.pieces.join("");
    this.pieces = [];
    return input;
  }

  private clean(rows: string[][]): string[][] {
    if (this.skipInitialSpace) stripInitialSpace(rows);
    return rows;
  }
}

/**
 * papaparse's core parser for a resolved dialect and line break.
 * @internal
 * @example
 * ```ts
 * papaParser(resolveDialect({ delimiter: ";" }), "\n").parse("a;b\n", 0, false).data; // [["a", "b"], [""]]
 * ```
 */
export function papaParser(d: ResolvedDialect, newline: ResolvedDialect["lineTerminator"]): Papa.Parser {
  return new Papa.Parser({
    delimiter: d.delimiter,
    newline,
    quoteChar: d.quoteChar,
    escapeChar: d.doubleQuote || d.escapeChar === null ? d.quoteChar : d.escapeChar,
    comments: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    header: false,
  });
}

/**
 * The records of the end of a text (a final line break adds no empty record), and whether a quoted
 * field was left open at its end (the one-pass reader reports that as `unclosed-quote`).
 * @internal
 * @example
 * ```ts
 * lastRecords(papaParser(dialect, "\n"), "a;b\n", "\n"); // { rows: [["a", "b"]], unclosed: false }
 * ```
 */
export function lastRecords(
  parser: Papa.Parser,
  input: string,
  newline: string,
): { rows: string[][]; unclosed: boolean } {
  const result = parser.parse(input, 0, false) as PapaResult;
  const unclosed = result.errors?.some((e) => e.code === "MissingQuotes") === true;
  return { rows: dropFinalEmpty(result.data, input, newline), unclosed };
}

function dropFinalEmpty(rows: string[][], input: string, newline: string): string[][] {
  const last = rows[rows.length - 1];
  if (last !== undefined && last.length === 1 && last[0] === "" && input.endsWith(newline)) rows.pop();
  return rows;
}

/**
 * Drops the spaces after each delimiter (`skipInitialSpace`), in place.
 * @internal
 * @example
 * ```ts
 * stripInitialSpace([["a", "  b"]]); // [["a", "b"]]
 * ```
 */
export function stripInitialSpace(rows: string[][]): string[][] {
  for (const row of rows) {
    for (let j = 1; j < row.length; j++) {
      const cell = row[j] as string;
      if (cell.charCodeAt(0) === 32) row[j] = cell.replace(/^ +/, "");
    }
  }
  return rows;
}
