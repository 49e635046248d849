import type { RangeCheckFactory, RangeCheckPlan, RowView } from "@ciudata/table";

/**
 * What a check counts over rows, the same code in one pass and in each range of a parallel read: it
 * sees rows (numbered from 1 at the range's first row in a range) and gives its state, which the
 * check merges in file order.
 * @internal
 */
export interface Tally {
  onRow(row: RowView): void;
  state(): { state: unknown; transfer?: ArrayBuffer[] };
}

/**
 * A {@link RangeCheckFactory} from a tally's constructor: what `range-checks.js` exports.
 * @internal
 * @example
 * ```ts
 * export const missingValueRange = tallyRange((o: MissingOptions) => new MissingTally(o));
 * ```
 */
export function tallyRange<O>(
  make: (options: O, ctx: Parameters<RangeCheckFactory>[1]) => Tally,
): RangeCheckFactory {
  return (options, ctx) => {
    const tally = make(options as O, ctx);
    return { onRow: (row) => tally.onRow(row), finish: () => tally.state() };
  };
}

/**
 * The plan of a quality check that runs inside the ranges of a parallel read: `factory` of the built
 * `dist/node/range-checks.js` of this package (see `Check.inRanges`), or `null` where this module has
 * no URL (a CommonJS build).
 * @internal
 * @example
 * ```ts
 * inRanges: () => rangePlan("missingValueRange", { indexes, sample }),
 * ```
 */
export function rangePlan(factory: string, options: unknown): RangeCheckPlan | null {
  const of: unknown = import.meta.url;
  return typeof of === "string" ? { of, file: "range-checks.js", factory, options } : null;
}

/**
 * Adds a range's first located rows (counted from 1 in the range) to `rows` after `offset`, up to `max`.
 * @internal
 * @example
 * ```ts
 * addRows(rows, [1, 4], 1000, 3); // rows gets 1001, 1004 while fewer than 3
 * ```
 */
export function addRows(rows: number[], from: readonly number[], offset: number, max: number): void {
  for (const r of from) if (rows.length < max) rows.push(r + offset);
}
