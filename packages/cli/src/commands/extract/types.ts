import type { Field, RawRow } from "@ciudata/table";

/** Where the types of a source's fields come from. */
export type TypeOrigin = "given" | "inferred" | "parquet";

/**
 * A table to export, whatever its format: column names, the fields in force (types), and its rows as
 * text cells, streamed in batches (`rowNumber` is the CSV line, the JSON object's or the JSONL line's number).
 */
export interface RowSource {
  /** The column names, in order (the schema's field names when one is given). */
  readonly names: readonly string[];
  /** The fields in force, one per name: given, inferred from the first rows, or Parquet's own types. */
  readonly fields: readonly Field[];
  readonly origin: TypeOrigin;
  /** The cells read as missing (the schema's `missingValues`, `[""]` by default). */
  readonly missingValues: readonly string[];
  /** The rows, once. */
  batches(): AsyncIterable<readonly RawRow[]>;
  /** Releases the input when the rows are not read to the end. */
  close(): Promise<void>;
}
