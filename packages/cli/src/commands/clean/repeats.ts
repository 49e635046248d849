import type { Cleaner } from "@ciudata/table";
import { type CellRange, readCellRange } from "@ciudata/table/node";

/**
 * Where each record of a local file starts, to read a row again: the exact check of a repeat found by
 * its fingerprint (the earlier row read again from the input, cleaned again, compared cell by cell).
 * 8 bytes a record.
 */
export class RowSpans {
  private starts = new Float64Array(1 << 16);
  private probe: Cleaner | null = null;

  /**
   * `firstRow`: the records before the first range (the header); `range`: any range of the file (its
   * dialect and encoding); `cleaner`: makes a cleaner settled like the run's, to clean a row read again.
   */
  constructor(
    private readonly firstRow: number,
    private readonly range: CellRange,
    private readonly cleaner: () => Cleaner,
  ) {}

  /** Records where record `row` starts and ends in the file. */
  mark(row: number, start: number, end: number): void {
    const k = row - this.firstRow - 1;
    if (k + 1 >= this.starts.length) this.starts = doubled(this.starts);
    this.starts[k] = start;
    this.starts[k + 1] = end;
  }

  /** Whether row `first`, read again and cleaned, has exactly `cells`. */
  readonly same = (cells: readonly string[], first: number): boolean => {
    const k = first - this.firstRow - 1;
    let read: string[] | null = null;
    const done = readCellRange(
      { ...this.range, start: this.starts[k] as number, end: this.starts[k + 1] as number, final: true },
      (rows) => {
        read = rows[0] ?? null;
      },
      { text: true },
    );
    if (!done.ok || read === null) return false;
    this.probe ??= this.cleaner();
    const again = this.probe.clean({ rowNumber: first, cells: read }).cells;
    if (again === null || again.length !== cells.length) return false;
    for (let i = 0; i < cells.length; i++) if (again[i] !== cells[i]) return false;
    return true;
  };
}

/** The same numbers in an array twice as long (typed arrays do not grow). */
function doubled(from: Float64Array): Float64Array<ArrayBuffer> {
  const to = new Float64Array(from.length * 2);
  to.set(from);
  return to;
}
