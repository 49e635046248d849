import { deserialize, serialize } from "node:v8";
import { type CellRange, readCellRange } from "@ciudata/table/node";
// From the column module itself, not `../stats/internal`: the worker bundle stays without the privacy scan.
import {
  type ColumnAccumulator,
  type ColumnState,
  type ColumnsSpec,
  countRows,
  rawCounter,
} from "../stats/column";

/** What a worker counting ranges gives: the columns' states, or why a range cannot be read exactly. */
export type RangeCount = { ok: true; records: number; states: ColumnState[] } | { ok: false; reason: string };

/** What the threads count: the byte ranges of the file, and how to count the picked columns. */
export interface RangeJob {
  ranges: CellRange[];
  spec: ColumnsSpec;
  picked: number[];
}

/**
 * Counts the byte ranges `claim` hands out, one after another, into `accumulators` (in this thread or
 * a worker) until it gives -1: pieces with no quote come as raw bytes, cut and hashed with no string
 * per cell; the others as cells. Stops at the first range that cannot be read exactly.
 * @internal
 */
export function countClaimed(
  accumulators: readonly ColumnAccumulator[],
  job: RangeJob,
  claim: () => number,
): { ok: true; records: number } | { ok: false; reason: string } {
  const { ranges, picked } = job;
  const delimiter = (ranges[0] as CellRange).dialect.delimiter.charCodeAt(0);
  const raw =
    new Set(picked).size === picked.length ? rawCounter(accumulators, picked, delimiter) : undefined;
  const visit = (rows: readonly string[][]) => countRows(accumulators, picked, rows);
  let records = 0;
  for (let k = claim(); k >= 0; k = claim()) {
    const done = readCellRange(ranges[k] as CellRange, visit, raw ? { raw } : {});
    if (!done.ok) return done;
    records += done.records;
  }
  return { ok: true, records };
}

// The block a thread shares with its workers: four 32-bit words (the job's state, its length in bytes,
// the next range to claim, whether a range failed), a byte per column (found personal: counts only),
// then the job, serialised (structured clone).
const STATE = 0;
const LENGTH = 1;
const NEXT = 2;
const FAILED = 3;
const WORDS = 16;
/** Columns whose personal flag is shared (past them, a worker counts every column in full). */
const FLAGS = 4096;
const HEADER = WORDS + FLAGS;
const WAITING = 0;
const POSTED = 1;
const CANCELLED = 2;
/** Room for the job: its ranges, fields and missing values (a few KiB; a bigger job is not posted). */
const ROOM = 1 << 20;

/**
 * The work of the threads counting a file: the workers start (and load their code) before the job is
 * known, wait for it on shared memory, then every thread claims the next range until none is left, so
 * a thread busy elsewhere (the privacy scan) or slower takes fewer ranges and all end together.
 * @internal
 *
 * @example
 * ```ts
 * const queue = new RangeQueue(); // this thread: workers get `queue.control`
 * queue.post(job); // they start; here: for (let k = queue.claim(n); k >= 0; k = queue.claim(n)) …
 * const job = new RangeQueue(control).take(); // a worker: the job, or null when cancelled
 * ```
 */
export class RangeQueue {
  readonly #words: Int32Array;
  readonly #flags: Uint8Array;
  #ranges = 0;

  constructor(readonly control = new SharedArrayBuffer(HEADER + ROOM)) {
    this.#words = new Int32Array(control, 0, WORDS / 4);
    this.#flags = new Uint8Array(control, WORDS, FLAGS);
  }

  /** A queue of `ranges` ranges claimed in this thread only. */
  static local(ranges: number): RangeQueue {
    const queue = new RangeQueue(new SharedArrayBuffer(HEADER));
    queue.#ranges = ranges;
    return queue;
  }

  /** Hands the job to the workers; `false` (nothing posted) when it does not fit. */
  post(job: RangeJob): boolean {
    const bytes = serialize(job);
    if (bytes.length > this.control.byteLength - HEADER) return false;
    new Uint8Array(this.control, HEADER, bytes.length).set(bytes);
    this.#ranges = job.ranges.length;
    Atomics.store(this.#words, LENGTH, bytes.length);
    Atomics.store(this.#words, STATE, POSTED);
    Atomics.notify(this.#words, STATE);
    return true;
  }

  /** Tells the workers waiting that no job comes. */
  cancel(): void {
    if (Atomics.compareExchange(this.#words, STATE, WAITING, CANCELLED) === WAITING)
      Atomics.notify(this.#words, STATE);
  }

  /** A worker: waits for the job (blocking this worker), `null` when cancelled. */
  take(): RangeJob | null {
    while (Atomics.load(this.#words, STATE) === WAITING) Atomics.wait(this.#words, STATE, WAITING, 1000);
    if (Atomics.load(this.#words, STATE) !== POSTED) return null;
    const length = Atomics.load(this.#words, LENGTH);
    const job = deserialize(Buffer.from(new Uint8Array(this.control, HEADER, length))) as RangeJob;
    this.#ranges = job.ranges.length;
    return job;
  }

  /** The next range to count, or -1 when none is left (or one failed: the file is read again). */
  claim(): number {
    if (Atomics.load(this.#words, FAILED) !== 0) return -1;
    const k = Atomics.add(this.#words, NEXT, 1);
    return k < this.#ranges ? k : -1;
  }

  /** The columns (by position in the job's `picked`) found personal: the workers count them only. */
  markPersonal(columns: readonly number[]): void {
    for (const j of columns) if (j < FLAGS) Atomics.store(this.#flags, j, 1);
  }

  /** Whether column `j` was found personal (see {@link markPersonal}). */
  personal(j: number): boolean {
    return j < FLAGS && Atomics.load(this.#flags, j) === 1;
  }

  /** A range could not be read exactly: the others stop claiming. */
  fail(): void {
    Atomics.store(this.#words, FAILED, 1);
  }
}
