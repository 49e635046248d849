import { Worker } from "node:worker_threads";
import {
  CLEAN_STEPS,
  type CleanChange,
  type Cleaner,
  type CleanSummary,
  type OpenedTable,
  RowFingerprints,
} from "@ciudata/table";
import { type CellRange, readCellRange, tableRanges, workerScript } from "@ciudata/table/node";
import { maskOf } from "./fixers";
import { type LogWriter, logHead, logRest } from "./log";
import { type CleanSetup, type RangeOut, stepOn } from "./ranges";

/** About this many bytes per range: the rows of a few ranges per thread are held at most. */
const RANGE_BYTES = 8 << 20;

const SOURCE_CONDITION = "@ciudata/source";

/** A range read met bytes it cannot read exactly (invalid UTF-8 further on…): clean in one pass instead. */
export class ReadAgain extends Error {}

/** How a table is cleaned in threads: its byte ranges and the worker script. */
export interface ThreadPlan {
  ranges: CellRange[];
  threads: number;
  script: string;
  /** The header records before the first range (its rows are numbered from there). */
  firstRow: number;
}

/**
 * The byte ranges of a local text file to clean in worker threads, or `null` for one pass: no
 * `threads` given (one pass is the default), one thread, a spreadsheet, a stream, or a file a range read cannot
 * take exactly (see `rangeLayout`), or the worker script is not built.
 */
export function planThreads(table: OpenedTable, threads: number | undefined): ThreadPlan | null {
  const size = table.source?.size ?? 0;
  // One pass unless asked: on a 2-core machine the threads cost more CPU than they save (measured
  // 1M rows: one pass 4.95–5.76 s and 157–230 MB, two threads 6.05–6.62 s and 750 MB, the same bytes).
  const wanted = threads ?? 1;
  if (wanted < 2) return null;
  const script = workerScript(import.meta.url, "clean-worker.js");
  if (script === null) return null;
  const split = tableRanges(table, Math.max(wanted * 2, Math.ceil(size / RANGE_BYTES)));
  if (split === null) return null;
  return { ...split, threads: Math.min(wanted, split.ranges.length), script };
}

/**
 * This process's Node flags for the workers, less the export condition that resolves the packages to
 * their TypeScript sources (the tests run on `src`; the worker script is built code).
 */
function workerArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if ((a === "--conditions" || a === "-C") && argv[i + 1] === SOURCE_CONDITION) i++;
    else if (a !== `--conditions=${SOURCE_CONDITION}`) out.push(a);
  }
  return out;
}

/** The counts of a threaded run, merged into the main thread's summary at the end. */
interface Tally {
  rowsIn: number;
  rowsOut: number;
  counts: Partial<Record<string, number>>;
  leftAsIs: Partial<Record<string, number>>;
}

const add = (into: Partial<Record<string, number>>, from: Partial<Record<string, number>>) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + (v ?? 0);
};

/**
 * Cleans the ranges in worker threads and yields the cleaned CSV in file order (the header excluded),
 * writing the log in order as it goes: the same bytes as one pass. The main thread drops the repeats of
 * earlier rows (fingerprints made in the workers) and numbers the log lines. Throws {@link ReadAgain}
 * when a range cannot be read exactly (nothing is then kept: the caller cleans in one pass).
 */
export function cleanInThreads(
  plan: ThreadPlan,
  setup: CleanSetup,
  here: Cleaner,
  logger: LogWriter | null,
): { text: AsyncGenerator<string>; summary: () => CleanSummary } {
  const tally: Tally = { rowsIn: 0, rowsOut: 0, counts: {}, leftAsIs: {} };
  const seen = stepOn(setup.profile, "duplicate-rows") ? new RowFingerprints() : null;
  const show = maskOf(setup.personal ? new Set(setup.personal) : null);
  const json = setup.log === "json";

  /** The cells of one record, read again from the file (a repeat, for its log line). */
  const cellsAt = (range: CellRange, start: number, end: number): string[] => {
    let cells: string[] = [];
    readCellRange({ ...range, start, end, final: true }, (rows) => (cells = rows[0] ?? []), { text: true });
    return cells;
  };

  async function* text(): AsyncGenerator<string> {
    const { ranges, threads, script } = plan;
    const workers = Array.from(
      { length: threads },
      () =>
        new Worker(script, {
          workerData: setup,
          execArgv: workerArgv(),
          resourceLimits: { maxYoungGenerationSizeMb: 16 },
        }),
    );
    const waiting = new Map<number, { resolve: (r: RangeOut) => void; reject: (e: unknown) => void }>();
    const results: Promise<RangeOut>[] = [];
    const fail = (error: unknown) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    };
    for (const worker of workers) {
      worker.on("message", (m: { k: number; result: RangeOut }) => {
        waiting.get(m.k)?.resolve(m.result);
        waiting.delete(m.k);
      });
      // A worker that fails (out of memory…) leaves the file to one pass, which gives the same result.
      worker.on("error", (error) => fail(new ReadAgain(error.message)));
      worker.on("exit", () => fail(new ReadAgain("a worker exited")));
    }
    const send = (k: number) => {
      results[k] = new Promise<RangeOut>((resolve, reject) => waiting.set(k, { resolve, reject }));
      results[k].catch(() => {});
      (workers[k % threads] as Worker).postMessage({ k, range: ranges[k] });
    };
    // Each thread holds at most two ranges ahead of the one being written.
    const window = threads * 2;
    for (let k = 0; k < Math.min(window, ranges.length); k++) send(k);
    let base = plan.firstRow;
    try {
      for (let k = 0; k < ranges.length; k++) {
        const r = await (results[k] as Promise<RangeOut>);
        if (!r.ok) throw new ReadAgain(r.reason);
        if (k + window < ranges.length) send(k + window);
        yield* settle(r, base, ranges[k] as CellRange);
        base += r.records;
      }
    } finally {
      for (const w of workers) {
        w.removeAllListeners("exit");
        void w.terminate();
      }
    }
  }

  /** One range's rows in order, less the repeats of earlier rows; its log lines numbered and written. */
  async function* settle(r: Extract<RangeOut, { ok: true }>, base: number, range: CellRange) {
    tally.rowsIn += r.records;
    add(tally.counts, r.counts);
    add(tally.leftAsIs, r.leftAsIs);
    const repeats: number[] = [];
    const firsts: number[] = [];
    if (seen && r.hashes && r.stepEnds && r.steps) {
      for (let i = 0; i < r.rows.length; i++) {
        const first = seen.firstOrAddHash(
          r.hashes[2 * i] as number,
          r.hashes[2 * i + 1] as number,
          base + (r.rows[i] as number),
        );
        if (first === null) continue;
        repeats.push(i);
        firsts.push(first);
        // A dropped row's changes are not made: uncounted.
        for (let s = i ? (r.stepEnds[i - 1] as number) : 0; s < (r.stepEnds[i] as number); s++) {
          const step = CLEAN_STEPS[r.steps[s] as number] as string;
          tally.counts[step] = (tally.counts[step] ?? 0) - 1;
        }
      }
      if (repeats.length)
        tally.counts["duplicate-rows"] = (tally.counts["duplicate-rows"] ?? 0) + repeats.length;
    }
    tally.rowsOut += r.rows.length - repeats.length;
    if (logger) await writeLog(r, base, range, repeats, firsts);
    if (repeats.length === 0) {
      if (r.text) yield r.text;
      return;
    }
    const ends = r.ends as Uint32Array;
    let out = "";
    let from = 0;
    for (const i of repeats) {
      out += r.text.slice(from, i ? (ends[i - 1] as number) : 0);
      from = ends[i] as number;
    }
    out += r.text.slice(from);
    if (out) yield out;
  }

  /** The range's log lines with their row numbers, a repeat's lines replaced by its drop. */
  async function writeLog(
    r: Extract<RangeOut, { ok: true }>,
    base: number,
    range: CellRange,
    repeats: readonly number[],
    firsts: readonly number[],
  ) {
    const log = logger as LogWriter;
    let text = "";
    let entries = 0;
    const line = (row: number, rest: string) => {
      text += logHead(row, json, log.entries + entries === 0) + rest;
      entries++;
    };
    const drop = (d: number) => {
      const i = repeats[d] as number;
      const spans = r.spans as Float64Array;
      const cells = cellsAt(range, spans[2 * i] as number, spans[2 * i + 1] as number);
      const row = base + (r.rows[i] as number);
      const change: CleanChange = {
        row,
        column: null,
        step: "duplicate-rows",
        before: cells.map(show).join("|"),
        after: "",
        duplicateOf: firsts[d] as number,
      };
      line(row, logRest(change, json));
    };
    let d = 0;
    let from = 0;
    for (let l = 0; l < r.logRows.length; l++) {
      const rel = r.logRows[l] as number;
      const to = r.logEnds[l] as number;
      while (d < repeats.length && (r.rows[repeats[d] as number] as number) < rel) drop(d++);
      if (d >= repeats.length || (r.rows[repeats[d] as number] as number) !== rel)
        line(base + rel, r.log.slice(from, to));
      from = to;
    }
    while (d < repeats.length) drop(d++);
    await log.addText(text, entries);
  }

  return {
    text: text(),
    summary: () => {
      const s = here.summary();
      // Zero counts are dropped once, where the counts are put in step order (run.ts).
      add(s.counts, tally.counts);
      add(s.leftAsIs, tally.leftAsIs);
      return { ...s, rowsIn: tally.rowsIn, rowsOut: tally.rowsOut };
    },
  };
}
