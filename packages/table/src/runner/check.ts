import type { IssueCatalog, PerLang } from "@ciudata/core";
import type { RowHasher } from "../clean/row-hash";
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
  /**
   * How the check runs inside the workers of a parallel read instead of `onRow`, one instance per
   * byte range (see {@link RangeCheckPlan}), known after `onStart`; `null` when it cannot. The runner
   * then hands the ranges' states to {@link Check.mergeRanges} in file order, and calls `onFinish`.
   */
  inRanges?(): RangeCheckPlan | null;
  /**
   * Takes what each range's instance found, in file order, and leaves the check as if `onRow` had
   * seen every row; findings of single rows are reported here, in row order.
   */
  mergeRanges?(ranges: readonly RangeState[], ctx: RangeMergeContext): void;
  /** Called after the last row. */
  onFinish?(ctx: CheckContext): void | Promise<void>;
}

/**
 * Where a worker finds a check's per-range code: the built file `dist/node/<file>` of the package that
 * holds the module `of` (pass `import.meta.url`), its export `factory` (a {@link RangeCheckFactory}),
 * and the options it is called with (structured-clone-able). The file must be self-contained, with
 * `@ciudata/table` used for types only (the worker gives the factory what it needs of it).
 *
 * @example
 * ```ts
 * inRanges: () => ({ of: import.meta.url, file: "range-checks.js", factory: "missingValueRange", options: { columns } }),
 * ```
 */
export interface RangeCheckPlan {
  readonly of: string;
  readonly file: string;
  readonly factory: string;
  readonly options: unknown;
}

/** What a {@link RangeCheckFactory} gets besides its options. */
export interface RangeCheckContext {
  readonly fields: readonly Field[];
  readonly labels: readonly string[];
  /** A new row hasher of the reader's own classes (cast values are `instanceof` them). */
  rowHasher(): RowHasher;
}

/**
 * One byte range's instance of a check: it sees the range's rows in order, numbered from 1 at the
 * range's first record, with their real cells and cast values (every field), and returns what it
 * found, structured-clone-able (typed-array buffers listed in `transfer` move without a copy).
 */
export interface RangeCheck {
  onRow(row: RowView): void;
  finish(): { state: unknown; transfer?: ArrayBuffer[] };
}

/**
 * Builds a {@link RangeCheck} for one range, in a worker or in the main thread.
 *
 * @example
 * ```ts
 * export const countBlankRange: RangeCheckFactory = () => {
 *   let n = 0;
 *   return { onRow: (row) => void (row.blank && n++), finish: () => ({ state: n }) };
 * };
 * ```
 */
export type RangeCheckFactory = (options: unknown, ctx: RangeCheckContext) => RangeCheck;

/** What one range's instance found, and the physical row number just before the range's first row. */
export interface RangeState {
  readonly state: unknown;
  /** Add it to a row number of the range (counted from 1) to get the physical row number. */
  readonly rowOffset: number;
}

/** The context of {@link Check.mergeRanges}: a {@link CheckContext} that can read single rows back. */
export interface RangeMergeContext extends CheckContext {
  /** The row at a physical row number, read again from the file (cells and cast values). */
  row(rowNumber: number): RowView;
}
