import type { IssueCatalog, PerLang } from "@ciudata/core";
import type { TableError } from "../report/error";
import type { Lang } from "../report/report";
import type { Field, TableSchema } from "../schema";

/**
 * One data row as every check sees it: the cells as read and their cast values. A runner may reuse
 * the view and its `values` for the next row: copy what you keep.
 */
export interface RowView {
  /** Physical row number, header = 1. */
  readonly rowNumber: number;
  /** The cells as read (never trimmed, ragged rows keep every cell). */
  readonly cells: readonly string[];
  /**
   * Cast values aligned with the schema fields: the value, `null` when missing, `undefined` when the cell
   * failed its type or is absent. The array is reused for the next row: copy what you keep.
   */
  readonly values: readonly unknown[];
  /** True when every cell is empty: cell checks should skip it. */
  readonly blank: boolean;
}

/** What a check can read and do while a table is read. */
export interface CheckContext {
  /** The labels (header) as read. */
  readonly labels: readonly string[];
  /** The schema fields, in the order of the data columns. */
  readonly fields: readonly Field[];
  /** The schema in use (given, or inferred from a sample). */
  readonly schema: TableSchema;
  /** The language messages are rendered in. */
  readonly lang: Lang;
  /** Records a problem. Errors over the limit or filtered out by pick/skip are dropped here. */
  report(error: TableError): void;
  /**
   * Masks a cell before it goes into an error: pass its column (0-based, `field`) and a cell of a column
   * the caller classed as public comes back as it is; a personal column's cell, or a cell given without
   * its column, is masked whole (unless the caller asked to reveal cells).
   */
  mask(cell: string, field?: number): string;
}

/**
 * A check plugs into the one-pass runner: it registers handlers for the header, each row and the end,
 * so quality, privacy and disaggregation checks all run together in ONE read of a file.
 *
 * @example
 * ```ts
 * const countEmpty: Check = {
 *   name: "count-empty",
 *   onRow(row, ctx) { if (row.blank) n++; },
 *   onFinish(ctx) { if (n > 10) ctx.report(tableError("quality/too-many-empty", { params: { n } })); },
 * };
 * ```
 */
export interface Check {
  /** A stable name, e.g. `"duplicate-row"` or `"privacy/k-anonymity"`. */
  readonly name: string;
  /** How es, en and pt word the issue types this check reports; the report is localised with it. */
  readonly issues?: PerLang<IssueCatalog>;
  /** Called once the header is read and the schema is known. */
  onStart?(ctx: CheckContext): void;
  /** Called for every data row, in order. */
  onRow?(row: RowView, ctx: CheckContext): void;
  /**
   * The field positions (in `ctx.fields`) whose values `onRow` reads, known after `onStart`. A check
   * that declares them reads nothing else of a row but `rowNumber`, `blank`, and `cells` only to report
   * an error: it can then follow rows read in parallel. Checks without it make the read sequential.
   */
  valuesRead?(): readonly number[];
  /** Called after the last row. */
  onFinish?(ctx: CheckContext): void | Promise<void>;
}
