import { closeSync, existsSync, openSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { canonicalEncoding } from "../../charsets/labels";
import { findTerminator } from "../../parse/newline";
import type { TableError } from "../../report/error";
import type { RangeCheckPlan, RowView } from "../../runner/check";
import { createRowProcessor } from "../../runner/row-processor";
import type { RowPlan, RowRunner, RowRunResult } from "../../runner/row-runner";
import { readColumn } from "./columns";
import { LazyRow, RecordReader } from "./lazy-row";
import { type RangeResult, type RangeTask, readRange } from "./range";
import { loadRangeChecks } from "./range-checks";
import { readAt, scanRecordEnds } from "./records";

/** Threads used by default at most, whatever the machine: memory grows with each worker's heap. */
const MAX_DEFAULT_THREADS = 4;

/** The share of the rows this thread reads, against 1 for each worker (workers take time to start). */
const MAIN_WEIGHT = 1.2;

/** Options of {@link parallelRows}. */
export interface ParallelRowsOptions {
  /**
   * Threads reading at once, this one included; below 2, one pass. Default: the available parallelism,
   * at most 4 (each worker has its own heap, ~30 MB) and at most one per 4 MiB of file.
   */
  threads?: number;
  /** Files smaller than this many bytes are read in one pass (default 8 MiB): workers cost ~50 ms to start. */
  minBytes?: number;
}

/**
 * A built worker script, `dist/node/<name>` of the package a module belongs to (found from the module's
 * URL, whether it runs from `src` or `dist`), or `null` when the package is not built.
 * @internal
 * @example
 * ```ts
 * workerScript(import.meta.url, "worker.js"); //=> ".../packages/table/dist/node/worker.js"
 * ```
 */
export function workerScript(moduleUrl: string, name: string): string | null {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (let up = 0; up < 5; up++) {
    if (existsSync(join(dir, "package.json"))) {
      const file = join(dir, "dist", "node", name);
      return existsSync(file) ? file : null;
    }
    dir = dirname(dir);
  }
  return null;
}

/**
 * The built file of each range check (`dist/node/<file>` of its package), or `null` when one is not
 * built (the table is then read in one pass).
 * @internal
 * @example
 * ```ts
 * rangeCheckFiles([{ of: import.meta.url, file: "range-checks.js", factory: "f", options: {} }]);
 * ```
 */
export function rangeCheckFiles(plans: readonly RangeCheckPlan[]): RangeCheckPlan[] | null {
  const out: RangeCheckPlan[] = [];
  for (const plan of plans) {
    const file = workerScript(plan.of, plan.file);
    if (file === null) return null;
    out.push({ ...plan, of: pathToFileURL(file).href });
  }
  return out;
}

/** The first record start at or after `at` when a line feed follows within `window` bytes. */
function nextLineStart(fd: number, at: number, window: number): number | null {
  const bytes = Buffer.allocUnsafe(window);
  const lf = bytes.subarray(0, readAt(fd, bytes, 0, window, at)).indexOf(0x0a);
  return lf < 0 ? null : at + lf + 1;
}

/**
 * Where each range starts: the data start (after the header records, counted the way the reader
 * counts them), then the first line start after each nominal cut. A cut that lands inside a quoted
 * field makes the range before it fail, and the file is then read in one pass. This thread reads the
 * first range itself while the workers start (~0.1–0.2 s), so it takes a larger share. Also the bytes
 * per record in the first MiB, to size each range's arrays up front.
 */
function splitPoints(
  path: string,
  size: number,
  plan: RangePlan,
  threads: number,
): { starts: number[]; perRecord: number } | null {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    const head = buffer.subarray(0, readAt(fd, buffer, 0, buffer.length, 0));
    const ends: number[] = [];
    const quote = plan.dialect.quoteChar.charCodeAt(0);
    scanRecordEnds(head, plan.bomBytes, head.length, quote, { inQuotes: false }, ends);
    const dataStart = plan.lastHeaderRow === 0 ? plan.bomBytes : ends[plan.lastHeaderRow - 1];
    if (dataStart === undefined) return null;
    const sampled = ends.length - plan.lastHeaderRow;
    const perRecord = sampled > 0 ? ((ends[ends.length - 1] as number) - dataStart) / sampled : 100;

    const weights = Array.from({ length: threads }, (_, k) => (k === 0 ? MAIN_WEIGHT : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const starts = [dataStart];
    let cumulative = 0;
    for (let k = 1; k < threads; k++) {
      cumulative += weights[k - 1] as number;
      const nominal = dataStart + Math.floor(((size - dataStart) * cumulative) / total);
      const last = starts[starts.length - 1] as number;
      const at = nextLineStart(fd, Math.max(nominal, last), 1 << 20);
      if (at === null || at >= size) break;
      if (at > last) starts.push(at);
    }
    return starts.length < 2 ? null : { starts, perRecord };
  } finally {
    closeSync(fd);
  }
}

/** What {@link rangeLayout} needs of a plan. @internal */
export type RangePlan = Pick<RowPlan, "encoding" | "bomBytes" | "dialect" | "sample" | "lastHeaderRow">;

/**
 * How a local text file splits into byte ranges that each start on a record boundary, or `null` when
 * it cannot be read that way exactly (not UTF-8 or windows-1252, comment rows, a backslash escape, a
 * multi-char or non-ASCII quote, a line break other than LF or CRLF, a cut inside a quoted field).
 * @internal
 *
 * @example
 * ```ts
 * rangeLayout(plan, "padron.csv", 100_000_000, 2)?.starts; //=> [58, 45_454_600]
 * ```
 */
export function rangeLayout(
  plan: RangePlan,
  path: string,
  size: number,
  threads: number,
): {
  starts: number[];
  perRecord: number;
  encoding: "utf-8" | "windows-1252";
  newline: "\n" | "\r\n";
} | null {
  const { dialect } = plan;
  const encoding = canonicalEncoding(plan.encoding);
  if (encoding !== "utf-8" && encoding !== "windows-1252") return null;
  if (dialect.commentChar || dialect.commentRows.length > 0) return null;
  if (dialect.escapeChar !== null && !dialect.doubleQuote && dialect.escapeChar !== dialect.quoteChar)
    return null;
  if (dialect.quoteChar.length !== 1 || dialect.quoteChar.charCodeAt(0) > 0x7f) return null;
  if (dialect.delimiter.length === 0 || dialect.delimiter.includes("\n")) return null;
  const found = findTerminator(
    plan.sample,
    { delimiter: dialect.delimiter, quoteChar: dialect.quoteChar, escapeChar: null },
    false,
  );
  const newline = found === "keep" ? dialect.lineTerminator : found;
  if (newline !== "\n" && newline !== "\r\n") return null;
  const layout = splitPoints(path, size, plan, threads);
  return layout && { ...layout, encoding, newline };
}

/**
 * Runs a worker script on `data` until it posts `{ type: "done", result }` (`{ type: "progress", bytes }`
 * on the way); a worker that fails or exits first gives `{ ok: false, reason }`. Aborting terminates it.
 * @internal
 * @example
 * ```ts
 * const result = await runWorker<RangeResult>(script, task, () => {}, undefined);
 * ```
 */
export function runWorker<R>(
  script: string,
  data: unknown,
  onProgress: (bytes: number) => void,
  signal: AbortSignal | undefined,
): Promise<R | { ok: false; reason: string }> {
  return new Promise((resolve, reject) => {
    // A smaller young generation than the default keeps the peak memory down at no cost in speed.
    const worker = new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    let settled = false;
    const onAbort = () => {
      void worker.terminate();
      if (!settled) {
        settled = true;
        reject(signal?.reason);
      }
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = () => signal?.removeEventListener("abort", onAbort);
    worker.on("message", (m: { type: "progress"; bytes: number } | { type: "done"; result: R }) => {
      if (m.type === "progress") onProgress(m.bytes);
      else if (!settled) {
        settled = true;
        done();
        resolve(m.result);
      }
    });
    worker.on("error", (error) => {
      if (settled) return;
      settled = true;
      done();
      resolve({ ok: false, reason: `worker failed: ${error.message}` });
    });
    worker.on("exit", () => {
      if (settled) return;
      settled = true;
      done();
      resolve({ ok: false, reason: "worker exited" });
    });
  });
}

/**
 * Reads the data rows of a large local file in worker threads, each taking a byte range that starts
 * on a record boundary, with the same row checks as the one-pass runner; checks that declare the
 * values they read (unique, primary and unique keys) then follow every row in order on the main
 * thread. The report is the same as a one-pass read: same errors, same order, same row numbers.
 * It reads in one pass instead (returns `null`) when the file is small, not a local file, not UTF-8
 * or windows-1252, uses comment rows or a backslash escape, or when a worker meets bytes it cannot
 * read exactly (e.g. invalid UTF-8 later in the file, which the one-pass reader reports).
 *
 * @example
 * ```ts
 * import { openPath, parallelRows } from "@ciudata/table/node";
 * const report = await validateTable(await openPath("padron.csv"), { schema, rowRunner: parallelRows() });
 * report.tasks[0].detected.threads; //=> 2
 * ```
 */
export function parallelRows(options: ParallelRowsOptions = {}): RowRunner {
  return async (plan: RowPlan): Promise<RowRunResult | null> => {
    const { source, dialect } = plan;
    const threads = Math.floor(
      options.threads ??
        Math.min(availableParallelism(), MAX_DEFAULT_THREADS, Math.floor((source.size ?? 0) / (4 << 20))),
    );
    const path = source.path;
    const size = source.size;
    if (threads < 2 || path === undefined || size === null) return null;
    if (size < (options.minBytes ?? 8 << 20)) return null;
    const layout = rangeLayout(plan, path, size, threads);
    if (layout === null) return null;
    const { starts, perRecord, encoding, newline } = layout;
    const script = workerScript(import.meta.url, "worker.js");
    if (script === null) return null;
    const dataStart = starts[0] as number;
    const rangeChecks = rangeCheckFiles(plan.rangeChecks);
    if (rangeChecks === null) return null;

    const progress = new Array<number>(starts.length).fill(0);
    const report = (k: number, bytes: number) => {
      progress[k] = bytes;
      plan.onProgress?.({ bytesRead: dataStart + progress.reduce((a, b) => a + b, 0), totalBytes: size });
    };
    const tasks = starts.map(
      (start, k): RangeTask => ({
        path,
        start,
        end: starts[k + 1] ?? size,
        final: k === starts.length - 1,
        encoding,
        dialect,
        newline,
        fields: plan.fields,
        labels: plan.labels,
        missingValues: plan.missingValues,
        lang: plan.lang,
        revealCells: plan.revealCells,
        shownColumns: plan.shownColumns,
        pickErrors: plan.pickErrors,
        skipErrors: plan.skipErrors,
        limitErrors: plan.limitErrors,
        valueFields: plan.valueFields,
        rangeChecks,
        expectedRecords: Math.ceil(((starts[k + 1] ?? size) - start) / Math.max(1, perRecord)),
      }),
    );
    const pending = tasks
      .slice(1)
      .map((task, k) => runWorker<RangeResult>(script, task, (bytes) => report(k + 1, bytes), plan.signal));
    let first: RangeResult;
    try {
      // This thread's share runs the same range checks, from the same built files.
      const checks = await loadRangeChecks(tasks[0] as RangeTask);
      first = readRange(
        tasks[0] as RangeTask,
        (bytes) => {
          plan.signal?.throwIfAborted();
          report(0, bytes);
        },
        checks,
      ).result;
    } catch (error) {
      for (const p of pending)
        void p.then(
          () => {},
          () => {},
        );
      throw error;
    }
    const results = [first, ...(await Promise.all(pending))];
    const ok: Extract<RangeResult, { ok: true }>[] = [];
    for (const r of results) {
      if (!r.ok) return null;
      ok.push(r);
    }

    // Row numbers: each range counted from 1; the header and the ranges before it come first.
    const errors: TableError[] = [];
    let base = plan.lastHeaderRow;
    let rows = 0;
    let blankRows = 0;
    for (const r of ok) {
      for (const e of r.errors) {
        if (e.rowNumber !== null) e.rowNumber += base;
        errors.push(e);
      }
      base += r.records;
      rows += r.records;
      for (let i = 0; i < r.records; i++) if (r.flags[i] === 1) blankRows++;
    }
    plan.onProgress?.({ bytesRead: size, totalBytes: size });

    const replay = (visit: (row: RowView) => void) => {
      const reader = new RecordReader(path, encoding, dialect, newline);
      const values: unknown[] = new Array(plan.fields.length).fill(undefined);
      const view = new LazyRow(values, reader);
      const fieldsRead = plan.valueFields;
      try {
        let first = plan.lastHeaderRow;
        for (const r of ok) {
          const { flags, offsets } = r;
          const get = r.columns.map(readColumn);
          for (let i = 0; i < r.records; i++) {
            const flag = flags[i] as number;
            // Past a range's error limit: every later error is past the report's limit too.
            if (flag === 2) return;
            for (let j = 0; j < fieldsRead.length; j++)
              values[fieldsRead[j] as number] = (get[j] as (i: number) => unknown)(i);
            view.moveTo(first + i + 1, flag === 1, offsets[i] as number, offsets[i + 1] as number);
            visit(view);
          }
          first += r.records;
        }
      } finally {
        reader.close();
      }
    };
    // Per range check, what each range found, with the row number before the range's first row.
    const firstRows: number[] = [];
    let before = plan.lastHeaderRow;
    for (const r of ok) {
      firstRows.push(before);
      before += r.records;
    }
    const rangeStates = plan.rangeChecks.map((_, k) =>
      ok.map((r, i) => ({ state: r.checks[k], rowOffset: firstRows[i] as number })),
    );

    /** A row read back by its physical number: the range it is in, its bytes, its cells cast again. */
    let reader: RecordReader | null = null;
    let cast: ReturnType<typeof createRowProcessor> | null = null;
    const row = (rowNumber: number): RowView => {
      reader ??= new RecordReader(path, encoding, dialect, newline);
      cast ??= createRowProcessor({
        fields: plan.fields,
        labels: plan.labels,
        missingValues: plan.missingValues,
        lang: plan.lang,
        mask: (cell) => cell,
        report: () => {},
        keepValues: true,
      });
      let i = firstRows.length - 1;
      while (i > 0 && (firstRows[i] as number) >= rowNumber) i--;
      const r = ok[i] as (typeof ok)[number];
      const at = rowNumber - (firstRows[i] as number) - 1;
      if (at < 0 || at >= r.records) throw new RangeError(`row ${rowNumber} is not a data row`);
      const cells = reader.cells(r.offsets[at] as number, r.offsets[at + 1] as number);
      const blank = cast.process({ rowNumber, cells });
      return { rowNumber, cells, values: [...cast.values], blank };
    };
    return {
      rows,
      blankRows,
      bytes: size,
      errors,
      replay,
      rangeStates,
      row,
      release: () => reader?.close(),
      detected: { threads: ok.length },
    };
  };
}
