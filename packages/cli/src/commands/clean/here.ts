import { type Cleaner, type OpenedTable, writeCsv } from "@ciudata/table";
import { type CellRange, readCellRange, tableRanges } from "@ciudata/table/node";
import type { LogText } from "./log";
import type { RowSpans } from "./repeats";
import { ReadAgain } from "./threads";

/** About this many bytes per range: one range's output (and log) is held at a time. */
const RANGE_BYTES = 8 << 20;

/** A local text file read in byte ranges by this thread, in order. */
export interface LocalPlan {
  ranges: CellRange[];
  /** The header records before the first range (its rows are numbered from there). */
  firstRow: number;
}

/**
 * The byte ranges of a local text file to clean in this thread with the range reader (cheaper than
 * the stream reader: the cells are cut from the bytes, without the streaming parser), or `null` when
 * the file cannot be read that way exactly (a spreadsheet, a stream, a quoted line break at a cut…):
 * then the stream reader.
 */
export function planHere(table: OpenedTable): LocalPlan | null {
  const size = table.source?.size ?? 0;
  return tableRanges(table, Math.max(2, Math.ceil(size / RANGE_BYTES)));
}

/**
 * Cleans the ranges in order with `cleaner` (which drops repeats itself: it sees every row in file
 * order; with `spans`, each repeat is confirmed by reading the earlier row again) and yields the cleaned
 * CSV, one string per batch read (the header excluded). The change log's lines, made by `log` (the
 * cleaner's sink), are written as it goes, once per range. Throws {@link ReadAgain} when a range cannot
 * be read exactly (nothing is then kept: the caller cleans with the stream reader).
 */
export async function* cleanHere(
  plan: LocalPlan,
  cleaner: Cleaner,
  log: LogText | null,
  eol: "\n" | "\r\n",
  spans: RowSpans | null,
): AsyncGenerator<string> {
  const dialect = { lineTerminator: eol, escapeFormulas: false } as const;
  let base = plan.firstRow;
  for (const range of plan.ranges) {
    // One flat string per batch read (a rope held for a whole range would cost the collector dearly).
    const pieces: string[] = [];
    let record = base;
    const done = readCellRange(
      range,
      (batch, offsets) => {
        const kept: string[][] = [];
        for (let r = 0; r < batch.length; r++) {
          spans?.mark(record + 1, offsets[r] as number, offsets[r + 1] as number);
          const out = cleaner.clean({ rowNumber: ++record, cells: batch[r] as string[] });
          if (out.cells !== null) kept.push(out.cells);
        }
        if (kept.length) pieces.push(writeCsv(kept, dialect), eol);
        log?.cut();
      },
      { text: true },
    );
    if (!done.ok) throw new ReadAgain(done.reason);
    base += done.records;
    await log?.flush();
    yield* pieces;
  }
}
