import type { RowView } from "@ciudata/table";
import { ColumnTally } from "../_shared/in-ranges";
import { isSpaceCode } from "../_shared/spaces";

/** Only whitespace (plain, tabs, non-breaking and zero-width spaces). */
const SPACES_ONLY = /^[\s\u200b]+$/u;

/**
 * Whether a cell holds no value: empty, only spaces, or a missing-value marker of the schema (its cast
 * value is `null`, e.g. `NA` with `missingValues: ["", "NA"]`).
 *
 * @example
 * ```ts
 * isMissingCell(""); //=> true
 * isMissingCell("   "); //=> true
 * isMissingCell("Palermo"); //=> false
 * ```
 */
export function isMissingCell(cell: string, value?: unknown): boolean {
  // The regex only runs on cells that start with a space (few): the first character settles the rest.
  return cell === "" || value === null || (isSpaceCode(cell.charCodeAt(0)) && SPACES_ONLY.test(cell));
}

/** One column's cells without a value. @internal */
export interface MissingColumn {
  index: number;
  /** Cells without a value (empty, space-only or a missing-value marker). */
  cells: number;
  /** Of those, cells holding only spaces. */
  spaces: number;
  rows: number[];
}

/** What {@link MissingTally} counts: the columns (0-based) and the rows located per column. @internal */
export interface MissingOptions {
  indexes: readonly number[];
  sample: number;
}

/**
 * The counts of `quality/missing-value`, per column: in one pass, or per range then merged.
 * @internal
 * @example
 * ```ts
 * const t = new MissingTally({ indexes: [0], sample: 3 });
 * t.onRow({ rowNumber: 2, cells: [""], values: [null], blank: false });
 * t.columns[0].cells; //=> 1
 * ```
 */
export class MissingTally extends ColumnTally<MissingColumn> {
  constructor(options: MissingOptions) {
    super(options, (index) => ({ index, cells: 0, spaces: 0, rows: [] }));
  }

  onRow(row: RowView): void {
    if (row.blank) return;
    for (const c of this.columns) {
      const cell = row.cells[c.index];
      if (cell === undefined || !isMissingCell(cell, row.values[c.index])) continue;
      c.cells++;
      if (cell !== "" && SPACES_ONLY.test(cell)) c.spaces++;
      if (c.rows.length < this.sample) c.rows.push(row.rowNumber);
    }
  }

  protected add(c: MissingColumn, from: MissingColumn): void {
    c.cells += from.cells;
    c.spaces += from.spaces;
  }
}
