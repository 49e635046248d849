import type { RangeState, RowView } from "@ciudata/table";
import type { CountedColumn, DistinctEntry } from "../../text";
import type { Tally } from "./in-ranges";

/** Distinct cells a range keeps per column, times the check's `maxDistinct` (as one pass keeps them). */
const CELLS_PER_VALUE = 4;

/**
 * The distinct cells of some columns over one range of a parallel read, as read (spaces not yet
 * collapsed), with their counts and first rows, in the order they first appear: what `countRow` gives
 * a `DistinctCounter` in one pass. Merged in file order (see {@link mergeDistinctCells}), the counters
 * end exactly as after one pass. A range with more than `4 × limit` distinct cells in a column cannot
 * be merged exactly within that memory: it throws, and the table is read in one pass.
 * @internal
 * @example
 * ```ts
 * const t = new DistinctCells({ indexes: [2], limit: 5000 });
 * t.onRow({ rowNumber: 1, cells: ["a", "b", "Palermo"], values: [], blank: false });
 * ```
 */
export class DistinctCells implements Tally {
  private readonly indexes: readonly number[];
  private readonly maps: Map<string, DistinctEntry>[];
  private readonly bound: number;

  constructor(options: { indexes: readonly number[]; limit: number }) {
    this.indexes = options.indexes;
    this.maps = options.indexes.map(() => new Map());
    this.bound = options.limit * CELLS_PER_VALUE;
  }

  onRow(row: RowView): void {
    if (row.blank) return;
    for (let j = 0; j < this.indexes.length; j++) {
      const index = this.indexes[j] as number;
      const cell = row.cells[index];
      if (cell === undefined || row.values[index] === null) continue;
      const map = this.maps[j] as Map<string, DistinctEntry>;
      const entry = map.get(cell);
      if (entry) entry.count++;
      else if (map.size < this.bound) map.set(cell, { count: 1, firstRow: row.rowNumber });
      else throw new Error(`more than ${this.bound} distinct cells in column ${index + 1} of a range`);
    }
  }

  state(): { state: Map<string, DistinctEntry>[] } {
    return { state: this.maps };
  }
}

/**
 * Counts the ranges' distinct cells into the columns' counters in file order, with the same `keep` as
 * `countRow`: the counters then hold what one pass over every row gives.
 * @internal
 * @example
 * ```ts
 * mergeDistinctCells(columns, ranges, (value) => value !== "");
 * ```
 */
export function mergeDistinctCells(
  columns: readonly CountedColumn[],
  ranges: readonly RangeState[],
  keep: (value: string) => boolean,
): void {
  for (const { state, rowOffset } of ranges)
    (state as Map<string, DistinctEntry>[]).forEach((cells, j) => {
      const counter = (columns[j] as CountedColumn).counter;
      for (const [cell, { count, firstRow }] of cells)
        counter.addCell(cell, firstRow + rowOffset, keep, count);
    });
}
