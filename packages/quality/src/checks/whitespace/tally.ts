import type { RowView } from "@ciudata/table";
import { ColumnTally } from "../_shared/in-ranges";
import { WS_DOUBLE, WS_LEADING, WS_ONLY, WS_TRAILING, WS_UNUSUAL, whitespaceBits } from "../_shared/spaces";

/** One column's cells with extra whitespace. @internal */
export interface WhitespaceColumn {
  index: number;
  cells: number;
  leading: number;
  trailing: number;
  double: number;
  unusual: number;
  rows: number[];
  firstCell: string | null;
}

/**
 * The counts of `quality/whitespace`, per column: in one pass, or per range then merged.
 * @internal
 * @example
 * ```ts
 * const t = new WhitespaceTally({ indexes: [0], sample: 3 });
 * t.onRow({ rowNumber: 2, cells: ["Lima "], values: ["Lima "], blank: false });
 * t.columns[0].trailing; //=> 1
 * ```
 */
export class WhitespaceTally extends ColumnTally<WhitespaceColumn> {
  constructor(options: { indexes: readonly number[]; sample: number }) {
    super(options, (index) => ({
      index,
      cells: 0,
      leading: 0,
      trailing: 0,
      double: 0,
      unusual: 0,
      rows: [],
      firstCell: null,
    }));
  }

  onRow(row: RowView): void {
    if (row.blank) return;
    for (const c of this.columns) {
      const cell = row.cells[c.index];
      if (cell === undefined) continue;
      const bits = whitespaceBits(cell);
      // A cell of only spaces holds no value: quality/missing-value's finding, not extra whitespace.
      if (bits === 0 || (bits & WS_ONLY) !== 0) continue;
      c.cells++;
      if (bits & WS_LEADING) c.leading++;
      if (bits & WS_TRAILING) c.trailing++;
      if (bits & WS_DOUBLE) c.double++;
      if (bits & WS_UNUSUAL) c.unusual++;
      if (c.rows.length < this.sample) c.rows.push(row.rowNumber);
      if (c.firstCell === null) c.firstCell = cell;
    }
  }

  /** The first cell is the first range's that has one. */
  protected add(c: WhitespaceColumn, from: WhitespaceColumn): void {
    c.cells += from.cells;
    c.leading += from.leading;
    c.trailing += from.trailing;
    c.double += from.double;
    c.unusual += from.unusual;
    c.firstCell ??= from.firstCell;
  }
}
