import { closeSync, openSync, readSync } from "node:fs";
import type { OpenedTable } from "../../runner/open-table";
import type { CellRange } from "./cell-ranges";
import { rangeLayout } from "./parallel-rows";

/** The first `length` bytes of a file, one char per byte (to settle the line break). */
function head(path: string, length: number): string {
  const fd = openSync(path, "r");
  try {
    const bytes = Buffer.allocUnsafe(length);
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0)).toString("latin1");
  } finally {
    closeSync(fd);
  }
}

/**
 * The byte ranges an opened local text file splits into for {@link readCellRange} (about `count` of
 * them, each starting on a record boundary), and the header records before the first; `null` when the
 * table is not a local text file or cannot be read in ranges exactly (see `rangeLayout`).
 *
 * @example
 * ```ts
 * const split = tableRanges(await openPath("padron.csv"), 4);
 * split?.ranges.length; //=> 4
 * split?.firstRow; //=> 1 (the header)
 * ```
 */
export function tableRanges(
  table: OpenedTable,
  count: number,
): { ranges: CellRange[]; firstRow: number } | null {
  const source = table.source;
  const path = source?.path;
  const size = source?.size ?? null;
  const { dialect, encoding } = table;
  if (path === undefined || size === null || dialect === null || encoding === null) return null;
  if (table.detected?.sheet || table.format) return null;
  const firstRow = dialect.header && dialect.headerRows.length ? Math.max(...dialect.headerRows) : 0;
  const layout = rangeLayout(
    {
      encoding: encoding.encoding,
      bomBytes: encoding.bom && /^utf-?8$/i.test(encoding.encoding) ? 3 : 0,
      dialect,
      sample: head(path, 1 << 16),
      lastHeaderRow: firstRow,
    },
    path,
    size,
    count,
  );
  if (layout === null) return null;
  const { starts } = layout;
  const ranges = starts.map(
    (start, k): CellRange => ({
      path,
      start,
      end: starts[k + 1] ?? size,
      final: k === starts.length - 1,
      encoding: layout.encoding,
      dialect,
      newline: layout.newline,
    }),
  );
  return { ranges, firstRow };
}
