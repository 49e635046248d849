/** One physical record as read: `rowNumber` is 1-based (header = 1), cells untouched. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

/** Options shared by {@link parseRows} and {@link readTable}. */
export interface ParseOptions {
  /** Aborting stops reading and rejects with a `DOMException` named `AbortError`. */
  signal?: AbortSignal;
  /** Rows per yielded batch (default 1000). */
  batchSize?: number;
  /** Text (UTF-16 units) gathered before each papaparse call (default 64 Ki); smaller only costs speed. */
  chunkChars?: number;
}
