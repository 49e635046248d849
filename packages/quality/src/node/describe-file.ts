import { availableParallelism } from "node:os";
import type { OpenedSource } from "@ciudata/table";
import { type CellRange, openPath, runWorker, tableRanges, workerScript } from "@ciudata/table/node";
import {
  type ColumnAccumulator,
  type ColumnState,
  columnAccumulators,
  type DescribeOptions,
  openStats,
  type StatsOpening,
  streamStats,
  type TableStats,
} from "../stats/internal";
import { countRange, type RangeCount } from "./count-range";

/** Options of {@link describeFile}: those of `describeTable`, and the threads that read the file. */
export interface DescribeFileOptions extends DescribeOptions {
  /**
   * Threads counting at once, this one included. Default: the available parallelism, at most 4, and
   * one for a file under 8 MiB. Each reads a byte range of the file; their counts merge into the
   * same statistics as one pass (every total is exact and none depends on row order).
   */
  threads?: number;
}

/** Threads used by default at most, and the bytes of file per thread. */
const MAX_THREADS = 4;
const BYTES_PER_THREAD = 4 << 20;
const SMALL_FILE = 8 << 20;

/**
 * Column statistics of a file on disk (Node only), streamed: the file is opened as `validateFile`
 * opens it and never held in memory whole. A large local text file is read in byte ranges by worker
 * threads (see `threads`), with the same results. See `describeTable` for what is counted.
 *
 * @example
 * ```ts
 * import { describeFile } from "@ciudata/quality/node";
 * const stats = await describeFile("padron.csv");
 * stats.columns.map((c) => [c.name, c.empty]); //=> [["dni", 0], ["barrio", 12], …]
 * ```
 */
export async function describeFile(
  file: string | OpenedSource,
  options: DescribeFileOptions = {},
): Promise<TableStats> {
  const { threads, ...describe } = options;
  const open = () =>
    typeof file === "string" ? openPath(file, options.signal ? { signal: options.signal } : {}) : file;
  const opened = await openStats(await open(), describe);
  const source = opened.table.source;
  const size = source?.size ?? 0;
  const wanted = Math.floor(
    threads ??
      (size < SMALL_FILE ? 1 : Math.min(availableParallelism(), MAX_THREADS, size / BYTES_PER_THREAD)),
  );
  if (wanted >= 2 || (threads !== undefined && wanted >= 1)) {
    let ranged: Awaited<ReturnType<typeof countRanges>>;
    try {
      ranged = await countRanges(opened, wanted, options.signal);
    } catch (error) {
      await opened.table.close();
      throw error;
    }
    // A file a range read cannot take exactly (invalid UTF-8 past the start…) is read again in one pass.
    if (ranged === "again")
      return describeFile(await openPath(source?.path as string), { ...options, threads: 0 });
    if (ranged !== null) return opened.finish(ranged.accumulators, ranged.rows);
  }
  return streamStats(opened);
}

/**
 * Counts the data rows of a local text file in byte ranges: a worker each range but the first, started
 * at once (they count while this thread runs the privacy scan on the first rows), then this thread the
 * first; their states merge into this thread's accumulators. `null` when the file cannot be read in
 * ranges (the rows then stream here), `"again"` when a range met bytes it cannot read exactly.
 */
async function countRanges(
  opened: StatsOpening,
  threads: number,
  signal: AbortSignal | undefined,
): Promise<{ accumulators: ColumnAccumulator[]; rows: number } | "again" | null> {
  const { table } = opened;
  const split = tableRanges(table, Math.max(2, threads));
  if (split === null) return null;
  // One thread asked for: the same byte ranges, one after the other here.
  const { ranges } = split;
  const bytes = (ranges[0] as CellRange).encoding === "utf-8";
  // The workers count every column in full (the personal ones are not known yet): a personal
  // column's result shows counts only whatever was counted.
  const spec = { ...opened.spec, countsOnly: opened.spec.countsOnly.slice() };
  const here = (range: CellRange): RangeCount => countRange(spec, opened.picked, range);
  const script = threads >= 2 ? workerScript(import.meta.url, "stats-worker.js") : null;
  const data = (range: CellRange) => ({ range, spec, picked: opened.picked });
  const pending = ranges
    .slice(1)
    .map((range) => (script ? runWorker<RangeCount>(script, data(range), () => {}, signal) : null));
  // Rejections are awaited below, in order; until then none is left unhandled.
  for (const p of pending) p?.catch(() => {});
  await opened.scan();
  await table.close();
  const results: RangeCount[] = [here(ranges[0] as CellRange)];
  for (let k = 1; k < ranges.length; k++) {
    signal?.throwIfAborted();
    results.push((await pending[k - 1]) ?? here(ranges[k] as CellRange));
  }
  const accumulators = columnAccumulators(spec, bytes);
  let rows = 0;
  for (const result of results) {
    if (!result.ok) return "again";
    rows += result.records;
    for (let j = 0; j < accumulators.length; j++)
      (accumulators[j] as ColumnAccumulator).merge(result.states[j] as ColumnState);
  }
  return { accumulators, rows };
}
