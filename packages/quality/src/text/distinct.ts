/** One distinct value of a column: how often it appears and where first. */
export interface DistinctEntry {
  count: number;
  firstRow: number;
}

/**
 * Counts the distinct values of a column with bounded memory: past `limit` distinct values new
 * ones are no longer stored (known ones are still counted) and `capped` turns true.
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
  readonly values = new Map<string, DistinctEntry>();
  /** True once a value was left out because the limit was reached. */
  capped = false;

  constructor(limit: number) {
    this.limit = limit;
  }

  /** Counts one occurrence of `value` seen in `rowNumber`. */
  add(value: string, rowNumber: number): void {
    const entry = this.values.get(value);
    if (entry) entry.count++;
    else if (this.values.size < this.limit) this.values.set(value, { count: 1, firstRow: rowNumber });
    else this.capped = true;
  }

  /** The entry of a value, if stored. */
  get(value: string): DistinctEntry | undefined {
    return this.values.get(value);
  }
}
