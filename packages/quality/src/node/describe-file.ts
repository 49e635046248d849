import { stat } from "node:fs/promises";
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
import { countClaimed, type RangeCount, type RangeJob, RangeQueue } from "./count-range";

/** Options of {@link describeFile}: those of `describeTable`, and the threads that read the file. */
export interface DescribeFileOptions extends DescribeOptions {
  /**
   * Threads counting at once, this one included. Default: the available parallelism, at most 4, and
   * one for a file under 8 MiB. The file is cut into byte ranges (about 4 MiB, at least two a thread)
   * that the threads claim one after another; their counts merge into the same statistics as one pass
   * (every total is exact and none depends on row order).
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
  const path = typeof file === "string" ? file : file.path;
  const size =
    typeof file === "string"
      ? await stat(file).then(
          (s) => s.size,
          () => 0,
        )
      : (file.size ?? 0);
  const wanted = Math.floor(
    threads ??
      (size < SMALL_FILE ? 1 : Math.min(availableParallelism(), MAX_THREADS, size / BYTES_PER_THREAD)),
  );
  // The workers start now, to load their code while this thread infers the types.
  const crew = path !== undefined && wanted >= 2 ? new Crew(wanted - 1, options.signal) : null;
  let opened: StatsOpening;
  try {
    const source =
      typeof file === "string"
        ? await openPath(file, options.signal ? { signal: options.signal } : {})
        : file;
    opened = await openStats(source, describe);
  } catch (error) {
    crew?.cancel();
    throw error;
  }
  if (wanted >= 2 || (threads !== undefined && wanted >= 1)) {
    let ranged: Awaited<ReturnType<typeof countRanges>>;
    try {
      ranged = await countRanges(opened, crew, size, options.signal);
    } catch (error) {
      crew?.stop();
      await opened.table.close();
      throw error;
    }
    // A file a range read cannot take exactly (invalid UTF-8 past the start…) is read again in one pass.
    if (ranged === "again")
      return describeFile(await openPath(opened.table.source?.path as string), { ...options, threads: 0 });
    if (ranged !== null) return opened.finish(ranged.accumulators, ranged.rows);
  }
  crew?.cancel();
  return streamStats(opened);
}

/** The worker threads of {@link describeFile}, started before their job is known (see `RangeQueue`). */
class Crew {
  readonly queue = new RangeQueue();
  readonly #stop = new AbortController();
  readonly results: Promise<RangeCount | null>[];
  #posted = false;

  constructor(workers: number, signal: AbortSignal | undefined) {
    const script = workerScript(import.meta.url, "stats-worker.js");
    const stop = this.#stop;
    const onAbort = () => stop.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    this.results = Array.from({ length: script ? workers : 0 }, () =>
      // A worker stopped (cancelled, or on abort: this thread then throws the reason) gives nothing.
      runWorker<RangeCount>(script as string, { control: this.queue.control }, () => {}, stop.signal).catch(
        () => null,
      ),
    );
    // The caller's signal may outlive this file: once the workers are done, it no longer stops them.
    void Promise.all(this.results).then(() => signal?.removeEventListener("abort", onAbort));
  }

  /** Hands the job to the workers; `false` when there are none to take it. */
  post(job: RangeJob): boolean {
    this.#posted = this.results.length > 0 && this.queue.post(job);
    return this.#posted;
  }

  /** Stops the workers when no job was posted (they count a job posted to the end). */
  cancel(): void {
    if (!this.#posted) this.stop();
  }

  /** Stops the workers. */
  stop(): void {
    this.queue.cancel();
    this.#stop.abort();
  }
}

/** About how many bytes of the file each range claimed holds (a thread claims the next when done). */
const RANGE_BYTES = 4 << 20;
const MAX_RANGES = 256;

/**
 * Counts the data rows of a local text file in byte ranges: the file is cut into ranges that the
 * workers (already started) and this thread claim one after another, this thread once it has run the
 * privacy scan on the first rows; the workers' states merge into this thread's accumulators. `null`
 * when the file cannot be read in ranges (the rows then stream here), `"again"` when a range met bytes
 * it cannot read exactly.
 */
async function countRanges(
  opened: StatsOpening,
  crew: Crew | null,
  size: number,
  signal: AbortSignal | undefined,
): Promise<{ accumulators: ColumnAccumulator[]; rows: number } | "again" | null> {
  const { table } = opened;
  const count = Math.max(2, 2 * (crew ? crew.results.length + 1 : 1), Math.ceil(size / RANGE_BYTES));
  const split = tableRanges(table, Math.min(MAX_RANGES, count));
  if (split === null) return null;
  const { ranges } = split;
  // The workers count every column in full (the personal ones are not known yet): a personal
  // column's result shows counts only whatever was counted.
  const spec = { ...opened.spec, countsOnly: opened.spec.countsOnly.slice() };
  const job: RangeJob = { ranges, spec, picked: opened.picked };
  const shared = crew?.post(job) === true;
  const queue = shared ? (crew as Crew).queue : RangeQueue.local(ranges.length);
  const personal = await opened.scan();
  await table.close();
  signal?.throwIfAborted();
  // The personal columns are now known: counted only here, and by the workers from their next range.
  queue.markPersonal(opened.picked.flatMap((column, j) => (personal.has(column) ? [j] : [])));
  const accumulators = columnAccumulators(opened.spec, (ranges[0] as CellRange).encoding === "utf-8");
  // An abort stops this thread between two ranges (the workers are stopped at once).
  const here = countClaimed(accumulators, job, () => (signal?.aborted ? -1 : queue.claim()));
  signal?.throwIfAborted();
  if (!here.ok) queue.fail();
  let rows = here.ok ? here.records : 0;
  let again = !here.ok;
  for (const pending of shared ? (crew as Crew).results : []) {
    const result = await pending;
    signal?.throwIfAborted();
    if (result === null || !result.ok) {
      again = true;
      continue;
    }
    rows += result.records;
    for (let j = 0; j < accumulators.length; j++)
      (accumulators[j] as ColumnAccumulator).merge(result.states[j] as ColumnState);
  }
  return again ? "again" : { accumulators, rows };
}
