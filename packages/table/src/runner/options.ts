import type { Dialect } from "../dialect/schema";
import type { ReadLimits } from "../parse/limits";
import type { Lang } from "../report/report";
import type { Check } from "./check";
import type { RowRunner } from "./row-runner";

/** Options of {@link validateTable} and {@link inspectTable}. */
export interface ValidateOptions {
  /** A Table Schema descriptor; without one the schema is inferred from the first `inferSample` rows. */
  schema?: unknown;
  /** Table Dialect values that override what is sniffed. */
  dialect?: Dialect;
  /** Force an encoding (any WHATWG label, e.g. `"windows-1252"`), skipping detection. */
  encoding?: string;
  /** Resource name shown in the report (defaults to the file name). */
  name?: string;
  /**
   * frictionless-py's deprecated `detector.schemaSync`: match labels with fields BY NAME, reporting only
   * missing required fields (the same as `fieldsMatch: "partial"`, which a schema's own `fieldsMatch` overrides).
   */
  schemaSync?: boolean;
  /** Extra checks (quality, privacy, disaggregation…) run in the same pass. */
  checks?: readonly Check[];
  /** Keep only these error types or tags (`"type-error"`, `"#row"`). */
  pickErrors?: readonly string[];
  /** Drop these error types or tags. */
  skipErrors?: readonly string[];
  /** Stop after this many errors (default 1000, as frictionless-py). */
  limitErrors?: number;
  /** Rows used to infer a schema when none is given (default 1000). */
  inferSample?: number;
  /** Language of the messages (default `"es"`). */
  lang?: Lang;
  /** Put raw cells in errors instead of masked ones. Off by default: reports never print raw personal data. */
  revealCells?: boolean;
  /** Stop reading when aborted. */
  signal?: AbortSignal;
  /** Called as bytes are read. */
  onProgress?: (progress: { bytesRead: number; totalBytes: number | null }) => void;
  /** `fetch` used for URL sources (defaults to the global one). */
  fetch?: typeof fetch;
  /**
   * Reads the data rows another way, e.g. `parallelRows()` from `@ciudata/table/node` (worker threads
   * for large local files). The report is the same; the runner falls back to its own loop when the
   * source or the checks do not allow it.
   */
  rowRunner?: RowRunner;
  /**
   * Raise (or lower) the reader limits: record and header size, columns, bytes downloaded from a URL
   * (see `ReadLimits`, defaults in `DEFAULT_LIMITS`). Input over a limit is reported as a `limit-error`.
   */
  limits?: Partial<ReadLimits>;
}
