import type { Detected } from "../report/detected";
import type { Report } from "../report/report";
import type { TableSchema } from "../schema";
import type { ValidateOptions } from "./options";
import { readAndCheck, type ValidateInput } from "./validate";

/** What `inspectTable` found: how the file is written and what it holds. */
export interface Inspection {
  /** Resource name. */
  name: string;
  /** Encoding, how sure, BOM; delimiter, quote, header rows, line terminator; format when not a table. */
  detected: Partial<Detected>;
  /** Labels as read. */
  labels: string[];
  /** Data rows: the rows after the header that hold at least one value (blank lines are counted apart). */
  rows: number;
  /**
   * Blank lines among the rows after the header (every cell empty; each is a `blank-row` finding), not
   * counted in `rows`; `null` when a row runner read the rows and could not say.
   */
  blankRows: number | null;
  /** Columns (fields). */
  columns: number;
  /** The Table Schema inferred (or given), editable and reusable with `validateTable`. */
  schema: TableSchema | null;
  /** The full report of the read, with structural problems found on the way. */
  report: Report;
}

/**
 * Reads a table and says what was detected: encoding, delimiter, header, rows, columns and
 * inferred types, with the problems found while reading.
 *
 * @example
 * ```ts
 * const info = await inspectTable("barrio;poblacion\nCentro;1.234\n");
 * info.detected.delimiter; //=> ";"
 * info.schema?.fields.map((f) => f.type); //=> ["string", "integer"]
 * (await inspectTable("barrio\nCentro\n\nOnce\n")).blankRows; //=> 1 (and rows 2)
 * ```
 */
export async function inspectTable(input: ValidateInput, options: ValidateOptions = {}): Promise<Inspection> {
  const { report, schema, blankRows } = await readAndCheck(input, options);
  const task = report.tasks[0];
  const read = task?.stats.rows ?? 0;
  return {
    name: task?.name ?? "table",
    detected: task?.detected ?? {},
    labels: task?.labels ?? [],
    rows: read - (blankRows ?? 0),
    blankRows,
    columns: schema?.fields.length ?? task?.labels.length ?? 0,
    schema,
    report,
  };
}
