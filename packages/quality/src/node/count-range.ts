import { type CellRange, readCellRange } from "@ciudata/table/node";
// From the column module itself, not `../stats/internal`: the worker bundle stays without the privacy scan.
import {
  type ColumnState,
  type ColumnsSpec,
  columnAccumulators,
  countRows,
  rawCounter,
} from "../stats/column";

/** What counting one byte range gives: the columns' states, or why the range cannot be read exactly. */
export type RangeCount = { ok: true; records: number; states: ColumnState[] } | { ok: false; reason: string };

/**
 * Counts the cells of one byte range of a file into new accumulators (in this thread or a worker):
 * pieces with no quote come as raw bytes, cut and hashed with no string per cell; the others as cells.
 * @internal
 */
export function countRange(spec: ColumnsSpec, picked: readonly number[], range: CellRange): RangeCount {
  const accumulators = columnAccumulators(spec, range.encoding === "utf-8");
  const raw =
    new Set(picked).size === picked.length
      ? rawCounter(accumulators, picked, range.dialect.delimiter.charCodeAt(0))
      : undefined;
  const done = readCellRange(range, (rows) => countRows(accumulators, picked, rows), raw ? { raw } : {});
  return done.ok ? { ...done, states: accumulators.map((a) => a.state()) } : done;
}
