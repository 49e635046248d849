import type {
  Check,
  CheckContext,
  RangeCheckFactory,
  RangeCheckPlan,
  RangeState,
  RowView,
} from "@ciudata/table";
import { selectColumns } from "./columns";

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

/**
 * A {@link Tally} of per-column counts with the first rows located (`sample` of them): merged by
 * adding each range's counts ({@link ColumnTally.add}) and its rows, in file order.
 * @internal
 */
export abstract class ColumnTally<C extends { index: number; rows: number[] }> implements Tally {
  readonly columns: C[];
  protected readonly sample: number;

  constructor(options: { indexes: readonly number[]; sample: number }, column: (index: number) => C) {
    this.sample = options.sample;
    this.columns = options.indexes.map(column);
  }

  abstract onRow(row: RowView): void;

  /** Adds a range's counts of one column into this one's (rows apart). */
  protected abstract add(into: C, from: C): void;

  state(): { state: C[] } {
    return { state: this.columns };
  }

  /** Adds the ranges' counts in file order. */
  merge(ranges: readonly RangeState[]): void {
    for (const { state, rowOffset } of ranges)
      (state as C[]).forEach((from, j) => {
        const c = this.columns[j] as C;
        this.add(c, from);
        addRows(c.rows, from.rows, rowOffset, this.sample);
      });
  }
}

/**
 * The handlers of a check that counts per column with a {@link ColumnTally}: columns chosen at the
 * start (`fields`, or all; the names not found go to `missing`), every row counted, and the same tally
 * run in the ranges of a parallel read (`factory` of range-checks.js) then merged.
 * @internal
 * @example
 * ```ts
 * const { tally, handlers } = columnTally(options.fields, 3, (o) => new MissingTally(o), "missingValueRange");
 * ```
 */
export function columnTally<T extends ColumnTally<{ index: number; rows: number[] }>>(
  fields: readonly string[] | undefined,
  sample: number,
  make: (options: { indexes: readonly number[]; sample: number }) => T,
  factory: string,
): {
  tally: () => T;
  missing: () => string[];
  handlers: Pick<Check, "onStart" | "onRow" | "inRanges" | "mergeRanges">;
} {
  let tally = make({ indexes: [], sample });
  let missing: string[] = [];
  return {
    tally: () => tally,
    missing: () => missing,
    handlers: {
      onStart(ctx: CheckContext) {
        const selected = selectColumns(ctx, fields);
        missing = selected.missing;
        tally = make({ indexes: selected.indexes, sample });
      },
      onRow: (row) => tally.onRow(row),
      // In a parallel read, each range counts its cells and the counts are added in file order.
      inRanges: () => rangePlan(factory, { indexes: tally.columns.map((c) => c.index), sample }),
      mergeRanges: (ranges) => tally.merge(ranges),
    },
  };
}
