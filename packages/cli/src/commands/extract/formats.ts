// The table formats `extract` and `convert` read and write, by name and by file extension. Imports
// nothing: the declarations (`command.ts`) list the choices without loading any table code.

/** Every table format `convert` reads and writes. */
export const TABLE_FORMATS = ["csv", "json", "jsonl", "xlsx", "parquet"] as const;

/** A table format: delimited text, a JSON array of objects, one JSON object per line, a workbook, Parquet. */
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** The extensions each format is recognised by (lowercase, without the dot). */
const EXTENSIONS: Readonly<Record<string, TableFormat>> = {
  csv: "csv",
  tsv: "csv",
  txt: "csv",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  xlsx: "xlsx",
  parquet: "parquet",
  pq: "parquet",
};

/**
 * The format a file name says by its extension (`.csv`, `.tsv`, `.txt`, `.json`, `.jsonl`, `.ndjson`,
 * `.xlsx`, `.parquet`, `.pq`), or `undefined`.
 *
 * @example
 * ```ts
 * formatOfPath("salida/padron.PARQUET"); //=> "parquet"
 * formatOfPath("padron.ods"); //=> undefined
 * ```
 */
export function formatOfPath(path: string): TableFormat | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === undefined ? undefined : EXTENSIONS[ext];
}

/** The extensions, as a list for messages. */
export const EXTENSION_LIST = Object.keys(EXTENSIONS)
  .map((e) => `.${e}`)
  .join(", ");
