import { CiudataError, createIssue } from "@ciudata/core";
import {
  type Dialect,
  decodeSource,
  formatError,
  isOpenedSource,
  type OpenedSource,
  openSource,
  type RawRow,
  type ReadLimits,
  type ResolvedDialect,
  readTable,
  type SourceInput,
  sniffDialect,
} from "@ciudata/table";

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
   * Reader limits (record and header size, columns…), as `@ciudata/table`'s readers take them: a
   * record over one is refused with a `limit-error` while reading, so an endless line cannot exhaust memory.
   */
  limits?: Partial<ReadLimits>;
}

function emptyTable(name: string | null): CiudataError {
  return new CiudataError([
    createIssue("privacy/empty-table", {
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
 * table (`privacy/empty-table`: no bytes, only a byte-order mark or only blank lines) and a record over
 * the reader limits (`limit-error`, found while streaming, in bounded memory; `limits` raises them).
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
  const signal = options.signal ? { signal: options.signal } : {};
  // A URL is downloaded up to limits.maxDownloadBytes (1 GiB unless raised).
  const maxBytes = options.limits?.maxDownloadBytes;
  const opened = isOpenedSource(input)
    ? input
    : await openSource(input, { ...signal, ...(maxBytes === undefined ? {} : { maxBytes }) });
  const decoded = await decodeSource(opened, {
    rejectEmpty: true,
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
  // A spreadsheet's sheet comes as comma-separated text with its own dialect (header below any title).
  const { dialect } = sniffDialect(decoded.sample, decoded.sheet?.dialect ?? options.dialect);
  const table = await readTable(decoded.text, dialect, {
    ...signal,
    source: opened.name,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  // Only blank lines (no bytes and a lone BOM are the reader's own `empty` refusal). A blank header over
  // data rows is still a table.
  if (table.labels.every((l) => l.trim() === "") && decoded.sample.trim() === "") {
    drop(table.rows);
    throw emptyTable(decoded.name);
  }
  return { labels: table.labels, dialect, encoding: decoded.encoding.encoding, rows: table.rows };
}
