/**
 * What the reader detected about a file, as file-level checks read it (`task.detected` of a report).
 * A local stand-in until `@ciudata/table` exports its own typed `Detected`: the fields the quality
 * file rules read, all optional (a source that could not be read has none of them).
 */
export interface Detected {
  /** The encoding the bytes were decoded with (`"utf-8"`, `"windows-1252"`). */
  encoding?: string;
  encodingConfidence?: number;
  /** Whether the file starts with a byte order mark. */
  bom?: boolean;
  /** The field delimiter (`","`, `";"`). */
  delimiter?: string;
  /** The quote character (`"\""`). */
  quoteChar?: string;
  lineTerminator?: string;
  /** Whether the first rows hold the column names. */
  header?: boolean;
  /** The rows (1-based) that hold the header. */
  headerRows?: number[];
  /** The names of the checks that ran (the review adds them for the score). */
  checks?: string[];
  [key: string]: unknown;
}

/**
 * Reads a report task's untyped `detected` record as {@link Detected}, keeping only well-typed fields.
 *
 * @example
 * ```ts
 * detectedOf({ delimiter: ";", bom: "yes" }); //=> { delimiter: ";" }
 * ```
 */
export function detectedOf(raw: Readonly<Record<string, unknown>> | undefined): Detected {
  const out: Detected = {};
  if (!raw) return out;
  const str = (k: "encoding" | "delimiter" | "quoteChar" | "lineTerminator") => {
    const v = raw[k];
    if (typeof v === "string") out[k] = v;
  };
  str("encoding");
  str("delimiter");
  str("quoteChar");
  str("lineTerminator");
  if (typeof raw.encodingConfidence === "number") out.encodingConfidence = raw.encodingConfidence;
  if (typeof raw.bom === "boolean") out.bom = raw.bom;
  if (typeof raw.header === "boolean") out.header = raw.header;
  if (Array.isArray(raw.headerRows))
    out.headerRows = raw.headerRows.filter((r): r is number => typeof r === "number");
  if (Array.isArray(raw.checks)) out.checks = raw.checks.filter((c): c is string => typeof c === "string");
  return out;
}
