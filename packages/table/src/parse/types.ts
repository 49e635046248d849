/** One physical record as read: `rowNumber` is 1-based (header = 1), cells untouched. */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

import type { ReadLimits } from "./limits";

/** Options shared by {@link parseRows} and {@link readTable}. */
export interface ParseOptions {
  /** Aborting stops reading and rejects with a `DOMException` named `AbortError`. */
  signal?: AbortSignal;
  /** Rows per yielded batch (default 1000). */
  batchSize?: number;
  /** Text (UTF-16 units) gathered before each papaparse call (default 64 Ki); smaller only costs speed. */
  chunkChars?: number;
  /**
   * Raise (or lower) the reader limits: record and header size, columns (see {@link ReadLimits};
   * defaults in `DEFAULT_LIMITS`). A row over a limit stops the read with a `limit-error` `CiudataError`.
   */
  limits?: Partial<ReadLimits>;
  /** The file name or URL shown in errors, when known. */
  source?: string | null;
}
