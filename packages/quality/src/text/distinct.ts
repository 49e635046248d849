import { collapseSpaces } from "@ciudata/core";

/** One distinct value of a column: how often it appears and where first. */
export interface DistinctEntry {
  count: number;
  firstRow: number;
}

/** Distinct cells (as read) kept per distinct value (spaces collapsed) before cells are collapsed one by one. */
const CELLS_PER_VALUE = 4;

/**
 * Counts the distinct values of a column with bounded memory: past `limit` distinct values new
 * ones are no longer stored (known ones are still counted) and `capped` turns true.
 *
 * Cells go in as read with {@link DistinctCounter.addCell}: they are counted as they are (one map
 * lookup a cell) and spaces are collapsed, and `keep` asked, once per distinct cell when the counts
 * are read; the result is the same as collapsing every cell in row order. Past `4 × limit` distinct
 * cells, each cell is collapsed as it comes (memory stays bounded by the column's cardinality).
 *
 * @example
 * ```ts
 * const d = new DistinctCounter(2);
 * d.add("a", 2); d.add("b", 3); d.add("c", 4); d.add("a", 5);
 * d.capped; //=> true
 * d.get("a")?.count; //=> 2
 * ```
 */
export class DistinctCounter {
  readonly limit: number;
  private readonly counted = new Map<string, DistinctEntry>();
  private readonly cells = new Map<string, DistinctEntry>();
  private keep: ((value: string) => boolean) | null = null;
  private isCapped = false;
  /** Past `4 × limit` distinct cells: each cell is collapsed and counted as it comes. */
  private oneByOne = false;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** The distinct values and their counts (in the order they first appear). */
  get values(): ReadonlyMap<string, DistinctEntry> {
    this.settle();
    return this.counted;
  }

  /** True once a value was left out because the limit was reached. */
  get capped(): boolean {
    this.settle();
    return this.isCapped;
  }

  /** Counts one occurrence of `value` seen in `rowNumber`. */
  add(value: string, rowNumber: number): void {
    this.addCount(value, 1, rowNumber);
  }

  /**
   * Counts one cell as read (or `count` of them, the first in `rowNumber`): its value is the cell with
   * spaces collapsed, counted only when `keep` accepts it (the same `keep` for every cell of the counter).
   */
  addCell(cell: string, rowNumber: number, keep: (value: string) => boolean, count = 1): void {
    this.keep = keep;
    if (!this.oneByOne) {
      const entry = this.cells.get(cell);
      if (entry) {
        entry.count += count;
        return;
      }
      if (this.cells.size < this.limit * CELLS_PER_VALUE) {
        this.cells.set(cell, { count, firstRow: rowNumber });
        return;
      }
      // Too many distinct cells to keep apart: count those kept, then collapse each cell as it comes.
      this.settle();
      this.oneByOne = true;
    }
    const value = collapseSpaces(cell);
    if (keep(value)) this.addCount(value, count, rowNumber);
  }

  /** The entry of a value, if stored. */
  get(value: string): DistinctEntry | undefined {
    return this.values.get(value);
  }

  private addCount(value: string, count: number, firstRow: number): void {
    const entry = this.counted.get(value);
    if (entry) entry.count += count;
    else if (this.counted.size < this.limit) this.counted.set(value, { count, firstRow });
    else this.isCapped = true;
  }

  /**
   * Moves the cells counted as read into the values: in the order the cells first appeared, which is
   * the order their values first appeared, so the same values are stored before the limit.
   */
  private settle(): void {
    if (this.cells.size === 0 || this.keep === null) return;
    const keep = this.keep;
    for (const [cell, { count, firstRow }] of this.cells) {
      const value = collapseSpaces(cell);
      if (keep(value)) this.addCount(value, count, firstRow);
    }
    this.cells.clear();
  }
}
