import {
  type Dialect,
  decodeSource,
  type OpenedSource,
  openSource,
  type RawRow,
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
}

const isOpened = (x: unknown): x is OpenedSource =>
  typeof x === "object" && x !== null && "chunks" in x && "size" in x && "name" in x;

/**
 * Opens a table and streams its raw rows (no casting: the fastest pass, used by the risk measures and
 * the transforms). Encoding and dialect are sniffed as `validateTable` does.
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
  const opened = isOpened(input) ? input : await openSource(input, signal);
  const decoded = await decodeSource(opened, {
    rejectEmpty: true,
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...signal,
  });
  const { dialect } = sniffDialect(decoded.sample, options.dialect);
  const table = await readTable(decoded.text, dialect, { ...signal, source: opened.name });
  return { labels: table.labels, dialect, encoding: decoded.encoding.encoding, rows: table.rows };
}
