import {
  CLEAN_STEPS,
  type Cleaner,
  type CleanStep,
  createCleaner,
  type ParsedCleanProfile,
  rowFingerprint,
  writeCsv,
} from "@ciudata/table";
import { type CellRange, readCellRange } from "@ciudata/table/node";
import { maskOf, normalisers } from "./fixers";
import { LogText } from "./log";

/** What every thread needs to clean as the main thread decided: the same sample gives the same decisions. */
export interface CleanSetup {
  labels: string[];
  sample: string[][];
  profile: ParsedCleanProfile;
  /** The columns masked in the log (personal), or `null` when no log is written. */
  personal: number[] | null;
  /** The log's format, or `null` for none. */
  log: "csv" | "json" | null;
  eol: "\n" | "\r\n";
}

/** Whether a step is on in a profile. */
export const stepOn = (profile: ParsedCleanProfile, step: CleanStep): boolean => {
  const v = profile.steps[step];
  return v !== undefined && v !== false;
};

/** A thread's cleaner: its log lines (each without its row number) go to `log`. */
export interface RangeCleaner {
  cleaner: Cleaner;
  log: LogText | null;
}

/** The cleaner of a thread (repeats are found by the main thread, in file order). */
export function setupCleaner(setup: CleanSetup): RangeCleaner {
  const { profile } = setup;
  const log = setup.log
    ? new LogText(setup.log === "json", setup.labels, maskOf(new Set(setup.personal)), null, {
        rows: [],
        ends: [],
      })
    : null;
  const cleaner = createCleaner(setup.labels, setup.sample, profile, {
    changes: false,
    ...(log ? { sink: log } : {}),
    ...(profile.steps.disaggregation ? { disaggregation: normalisers(profile) } : {}),
    findRepeats: false,
  });
  return { cleaner, log };
}

/**
 * One byte range cleaned: the CSV of its kept rows, and what the main thread needs to drop the
 * repeats of earlier rows and number the log. Row numbers count from 1 at the range's first record.
 */
export type RangeOut =
  | {
      ok: true;
      /** Records read (blank ones included). */
      records: number;
      /** The kept rows, formatted, each ending with the line terminator. */
      text: string;
      /** The row number of each kept row. */
      rows: Uint32Array;
      /** With duplicate-rows: where each kept row ends in `text`, its fingerprint (2 per row), the steps of its changes. */
      ends: Uint32Array | null;
      hashes: Uint32Array | null;
      steps: Uint8Array | null;
      stepEnds: Uint32Array | null;
      /** With duplicate-rows and a log: each kept row's bytes in the file (start, end), to log a repeat's cells. */
      spans: Float64Array | null;
      /** Log lines without their row number ({@link LogText}), each line's row and end. */
      log: string;
      logRows: Uint32Array;
      logEnds: Uint32Array;
      /** Changes per step (repeats not dropped yet) and values left as they were. */
      counts: Partial<Record<string, number>>;
      leftAsIs: Partial<Record<string, number>>;
    }
  | { ok: false; reason: string };

const STEP_CODE = new Map(CLEAN_STEPS.map((s, i) => [s, i] as const));

const delta = (after: Partial<Record<string, number>>, before: Partial<Record<string, number>>) => {
  const out: Partial<Record<string, number>> = {};
  for (const [k, v] of Object.entries(after))
    if ((v ?? 0) !== (before[k] ?? 0)) out[k] = (v ?? 0) - (before[k] ?? 0);
  return out;
};

/** Cleans the records of one byte range with `cleaner`, formatting the rows (and log lines) as it goes. */
export function cleanRange(
  range: CellRange,
  { cleaner, log: sink }: RangeCleaner,
  setup: CleanSetup,
): { result: RangeOut; transfer: ArrayBuffer[] } {
  const repeats = stepOn(setup.profile, "duplicate-rows");
  const logging = sink !== null;
  const dialect = { lineTerminator: setup.eol, escapeFormulas: false } as const;
  const eol = setup.eol;
  const before = cleaner.summary();
  let text = "";
  // Lists of numbers, made typed arrays at the end (moved, not copied, to the main thread).
  const [rows, ends, hashes, steps, stepEnds, spans, logRows, logEnds] = Array.from(
    { length: 8 },
    () => [] as number[],
  ) as [number[], number[], number[], number[], number[], number[], number[], number[]];
  if (sink) {
    sink.text = "";
    sink.entries = 0;
    sink.lines = { rows: logRows, ends: logEnds };
  }
  let record = 0;
  const done = readCellRange(
    range,
    (batch, offsets) => {
      const kept: string[][] = [];
      for (let r = 0; r < batch.length; r++) {
        record++;
        const out = cleaner.clean({ rowNumber: record, cells: batch[r] as string[] });
        if (out.cells === null) continue;
        rows.push(record);
        if (!repeats) {
          kept.push(out.cells);
          continue;
        }
        // Each row on its own, so the main thread can cut out the repeats of rows in earlier ranges.
        text += `${writeCsv([out.cells], dialect)}${eol}`;
        ends.push(text.length);
        const [h, l] = rowFingerprint(out.cells);
        hashes.push(h, l);
        for (const s of out.steps) steps.push(STEP_CODE.get(s) as number);
        stepEnds.push(steps.length);
        if (logging) spans.push(offsets[r] as number, offsets[r + 1] as number);
      }
      if (kept.length) text += `${writeCsv(kept, dialect)}${eol}`;
    },
    { text: true },
  );
  if (!done.ok) return { result: done, transfer: [] };
  const after = cleaner.summary();
  const arrays = {
    rows: Uint32Array.from(rows),
    ends: repeats ? Uint32Array.from(ends) : null,
    hashes: repeats ? Uint32Array.from(hashes) : null,
    steps: repeats ? Uint8Array.from(steps) : null,
    stepEnds: repeats ? Uint32Array.from(stepEnds) : null,
    spans: repeats && logging ? Float64Array.from(spans) : null,
    logRows: Uint32Array.from(logRows),
    logEnds: Uint32Array.from(logEnds),
  };
  const transfer = Object.values(arrays).flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
  return {
    result: {
      ok: true,
      records: done.records,
      text,
      log: sink?.text ?? "",
      ...arrays,
      counts: delta(after.counts, before.counts),
      leftAsIs: delta(after.leftAsIs, before.leftAsIs),
    },
    transfer,
  };
}
