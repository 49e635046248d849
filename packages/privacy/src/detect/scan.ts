import type { OpenedSource, SourceInput } from "@ciudata/table";
import { type StreamRowsOptions, streamRows } from "../read/rows";
import type { Jurisdiction } from "./categories";
import { type ColumnFinding, classifyColumn } from "./column";

/** Options of {@link scanTable}. */
export interface ScanOptions extends StreamRowsOptions {
  /** Rows sampled from the start of the table (default 2000). */
  sampleRows?: number;
  /** Jurisdictions whose sensitive-data laws are cited (default AR, CL, MX, BR). */
  jurisdictions?: readonly Jurisdiction[];
}

/** What {@link scanTable} found. */
export interface ScanReport {
  labels: string[];
  rowsSampled: number;
  /** Findings, column by column (a column may have several, best first). */
  findings: ColumnFinding[];
  /** Columns with any finding. */
  personalColumns: string[];
}

/**
 * Scans a table for personal and sensitive data: every column is classified from its header and a
 * sample of its values (see {@link classifyColumn}). Samples in the report are masked.
 *
 * @example
 * ```ts
 * const r = await scanTable("nombre;cuil\nAna Pérez;20-10123456-9\n");
 * r.personalColumns; //=> ["nombre", "cuil"]
 * ```
 */
export async function scanTable(
  input: SourceInput | OpenedSource,
  options: ScanOptions = {},
): Promise<ScanReport> {
  const limit = options.sampleRows ?? 2000;
  const table = await streamRows(input, options);
  const columns: string[][] = table.labels.map(() => []);
  let rows = 0;
  outer: for await (const batch of table.rows) {
    for (const row of batch) {
      if (rows >= limit) break outer;
      if (row.cells.every((c) => c === "")) continue;
      rows++;
      for (let i = 0; i < row.cells.length; i++) columns[i]?.push(row.cells[i] as string);
    }
  }
  const findings = table.labels.flatMap((label, i) =>
    classifyColumn(label, i + 1, columns[i] ?? [], options.jurisdictions),
  );
  const personalColumns = [...new Set(findings.map((f) => f.column))];
  return { labels: table.labels, rowsSampled: rows, findings, personalColumns };
}
