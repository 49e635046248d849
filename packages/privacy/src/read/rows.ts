import {
  CiudataError,
  type Dialect,
  decodeSource,
  formatError,
  type OpenedSource,
  openSource,
  type RawRow,
  type ResolvedDialect,
  readTable,
  type SourceInput,
  sniffDialect,
  tableError,
} from "@ciudata/table";
import { registerPrivacyMessages } from "../messages";

/** A table opened for one streaming pass: labels, dialect, and row batches (cells as read). */
export interface RowStream {
  labels: string[];
  dialect: ResolvedDialect;
  encoding: string;
  rows: AsyncIterable<RawRow[]>;
}

/** Options of {@link streamRows}. */
export interface StreamRowsOptions {
  dialect?: Dialect;
  encoding?: string;
  signal?: AbortSignal;
  /**
   * The longest line (characters between two line breaks) read before the table is refused with
   * `privacy/record-too-large`, so one endless line cannot exhaust memory. Default 33,554,432 (32 Mi).
   */
  maxLineChars?: number;
}

/** The default of {@link StreamRowsOptions.maxLineChars}. */
export const MAX_LINE_CHARS = 32 * 1024 * 1024;

const isOpened = (x: unknown): x is OpenedSource =>
  typeof x === "object" && x !== null && "chunks" in x && "size" in x && "name" in x;

/** The text, refusing a line longer than `max` characters as soon as it is seen (never held whole). */
async function* boundedLines(
  text: AsyncIterable<string>,
  max: number,
  name: string | null,
): AsyncGenerator<string> {
  let run = 0;
  let line = 1;
  const breaks = /\r\n?|\n/g;
  for await (const piece of text) {
    let from = 0;
    breaks.lastIndex = 0;
    for (let m = breaks.exec(piece); m !== null; m = breaks.exec(piece)) {
      if (run + (m.index - from) > max) throw recordTooLarge(line, max, name);
      run = 0;
      line++;
      from = m.index + m[0].length;
    }
    run += piece.length - from;
    if (run > max) throw recordTooLarge(line, max, name);
    yield piece;
  }
}

function recordTooLarge(line: number, max: number, name: string | null): CiudataError {
  return new CiudataError([
    tableError("privacy/record-too-large", {
      tags: ["#table"],
      rowNumber: line,
      params: { line, max, file: name ?? "" },
      note: `line ${line} is longer than ${max} characters`,
    }),
  ]);
}

function emptyTable(name: string | null): CiudataError {
  return new CiudataError([
    tableError("privacy/empty-table", {
      tags: ["#table"],
      params: { file: name ?? "" },
      note: "the table has no header and no rows",
    }),
  ]);
}

/**
 * Opens a table and streams its raw rows (no casting: the fastest pass, used by the risk measures and
 * the transforms). Encoding and dialect are sniffed as `validateTable` does. Refuses, with a
 * `CiudataError`, what is not a text table (`format-error`: PDF, HTML, gzip, ZIP, images…), an empty
 * table (`privacy/empty-table`: no bytes, only a byte-order mark or only blank lines) and a line longer
 * than `maxLineChars` (`privacy/record-too-large`, found while streaming, in bounded memory).
 *
 * @example
 * ```ts
 * const t = await streamRows("edad;sexo\n30;F\n");
 * t.labels; //=> ["edad", "sexo"]
 * for await (const batch of t.rows) for (const row of batch) console.log(row.cells);
 * ```
 */
export async function streamRows(
  input: SourceInput | OpenedSource,
  options: StreamRowsOptions = {},
): Promise<RowStream> {
  registerPrivacyMessages();
  const signal = options.signal ? { signal: options.signal } : {};
  const opened = isOpened(input) ? input : await openSource(input, signal);
  const decoded = await decodeSource(opened, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...signal,
  });
  /** Releases the file handle of a source refused before all its text is read. */
  const drop = (iterable: AsyncIterable<unknown>) => {
    try {
      const it = iterable[Symbol.asyncIterator]();
      Promise.resolve(it.return?.()).catch(() => {});
    } catch {
      // already being read: its reader closes it
    }
  };
  if (decoded.format) {
    drop(decoded.text);
    throw new CiudataError([formatError(decoded.format, decoded.name)]);
  }
  const { dialect } = sniffDialect(decoded.sample, options.dialect);
  const max = Math.max(1, Math.floor(options.maxLineChars ?? MAX_LINE_CHARS));
  const table = await readTable(boundedLines(decoded.text, max, decoded.name), dialect, signal);
  if (table.labels.every((l) => l.trim() === "")) {
    drop(table.rows);
    throw emptyTable(decoded.name);
  }
  return { labels: table.labels, dialect, encoding: decoded.encoding.encoding, rows: table.rows };
}
