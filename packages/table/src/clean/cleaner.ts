import type { RawRow } from "../parse/types";
import type { CleanChange, CleanNote, CleanSummary, ColumnDecision } from "./changes";
import {
  type Converter,
  dateConverter,
  decideDate,
  decideDecimal,
  decimalConverter,
  telling,
} from "./decide";
import { RowFingerprints } from "./fingerprints";
import { CLEAN_STEPS, type CleanStep, type ParsedCleanProfile } from "./profile";

/**
 * Rewrites the values of some columns for the `disaggregation` step: column index → a function giving
 * the new value, or `null` to leave it (an unknown spelling, a guess). Built by the caller (the CLI uses
 * `@ciudata/disaggregation`'s normaliser), since this package sits below it.
 */
export type ColumnFixers = (
  labels: readonly string[],
) => ReadonlyMap<number, (value: string) => string | null>;

/** Options of {@link createCleaner} and {@link cleanRows} besides the profile. */
export interface CleanOptions {
  /** What the `disaggregation` step applies (without it the step changes nothing). */
  disaggregation?: ColumnFixers;
  /**
   * How a value is shown in the log (`before`, `after`, a dropped row's cells): pass the report's mask so
   * the values of personal columns are masked whole. Default: as they are.
   */
  mask?: (value: string, column: number) => string;
  /**
   * List each row's changes in {@link CleanedRow.changes} (default `true`). Turn it off when no log is
   * written: the counts of {@link Cleaner.summary} are kept all the same, and cleaning is faster.
   */
  changes?: boolean;
  /**
   * Drop the repeats of earlier rows here (default `true`) when the `duplicate-rows` step is on. Turn it
   * off when rows are cleaned in several pieces at once (threads): the caller then finds the repeats
   * in file order (with {@link rowFingerprint}) and uncounts a dropped row's changes from {@link CleanedRow.steps}.
   * The step still shapes the decisions (a repeat in the sample does not count twice).
   */
  findRepeats?: boolean;
  /**
   * Rewrite each row's own cell array rather than a copy (default `false`), for a caller that hands
   * each row once and no longer needs its cells as read: one array less per changed row. Ignored when
   * changes are listed (a dropped repeat is logged with its cells as read).
   */
  inPlace?: boolean;
  /**
   * Confirms a repeat found by its fingerprint (`duplicate-rows`): the row's cleaned cells and the row
   * number of the earlier row with the same fingerprint → whether that row's cleaned cells are exactly
   * these. A repeat not confirmed is kept, never dropped on a fingerprint alone. Without it the 64-bit
   * fingerprint decides (two different rows share one with a probability of about n²/2⁶⁵).
   */
  confirmRepeat?: (cells: readonly string[], first: number) => boolean;
  /**
   * Receives each change as it is made, values as they are (not masked: the receiver shows them), instead
   * of a {@link CleanChange} object per change: for a log written straight as text. A kept row's cell
   * changes come when the row is cleaned, in order; a dropped row comes once, with its cells as read.
   * With it, {@link CleanedRow.changes} stays empty (as with `changes: false`) and `inPlace` still holds.
   */
  sink?: ChangeSink;
  /**
   * About how many rows will be cleaned, when the caller can tell (a file's size over its sample's bytes
   * per row): the repeat finder is sized once for them instead of growing (copying) as rows come.
   */
  expectedRows?: number;
}

/**
 * What receives a cleaner's changes one by one ({@link CleanOptions.sink}): `column` is the cell's
 * position among the labels, `row` the input's physical row (header = 1).
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const sink: ChangeSink = {
 *   cell: (row, column, step, before, after) => lines.push(`${row} ${column} ${step} ${before} → ${after}`),
 *   dropped: (row, step) => lines.push(`${row} ${step}`),
 * };
 * createCleaner(["monto"], [["1,5"]], { steps: { "decimal-comma": true } }, { sink }).clean({ rowNumber: 2, cells: ["2,5"] });
 * lines; //=> ["2 0 decimal-comma 2,5 → 2.5"]
 * ```
 */
export interface ChangeSink {
  /** A cell of a kept row rewritten by `step`. */
  cell(row: number, column: number, step: CleanStep, before: string, after: string): void;
  /** A row dropped (blank, or a repeat of row `duplicateOf`), with its cells as read. */
  dropped(
    row: number,
    step: "blank-rows" | "duplicate-rows",
    cells: readonly string[],
    duplicateOf?: number,
  ): void;
}

/** One row cleaned: its cells, or `null` when dropped, and the changes made to it. */
export interface CleanedRow {
  /** The input's physical row (header = 1). */
  rowNumber: number;
  /**
   * The cleaned cells (the input's own array when nothing changed, or rewritten with `inPlace`), or
   * `null` when the row is dropped.
   */
  cells: string[] | null;
  /** The changes made to it (always empty with `changes: false`). */
  changes: CleanChange[];
  /**
   * The step of each cell change of a kept row (as counted in {@link Cleaner.summary}), in order; listed
   * only with `findRepeats: false` (the caller uncounts a repeat's changes), else always empty.
   */
  steps: readonly CleanStep[];
}

/** The cleaner of one table: settled from its labels and a sample, then fed its rows in order. */
export interface Cleaner {
  /** The header to write (trimmed when `trim` is on). */
  labels: string[];
  /** The header's changes (row 1). */
  headerChanges: CleanChange[];
  /** Cleans one data row. */
  clean(row: RawRow): CleanedRow;
  /** Counts so far, with the decisions and notes. */
  summary(): CleanSummary;
}

/**
 * A rewrite of one column; `quiet` when a value it leaves is no news (a mapping names only some values);
 * `code`, the step's place in CLEAN_STEPS.
 */
type CellFix = { step: CleanStep; code: number; apply: Converter; quiet?: boolean };

const codeOf = (step: CleanStep): number => CLEAN_STEPS.indexOf(step);
const TRIM_CODE = codeOf("trim");
const BLANK_CODE = codeOf("blank-rows");
const REPEAT_CODE = codeOf("duplicate-rows");

const bump = (counts: Float64Array, code: number): void => {
  counts[code] = (counts[code] as number) + 1;
};

/** Counts by step code as an object of the steps counted (in step order). */
function byStep(counts: Float64Array): Partial<Record<CleanStep, number>> {
  const out: Partial<Record<CleanStep, number>> = {};
  for (let k = 0; k < counts.length; k++)
    if (counts[k]) out[CLEAN_STEPS[k] as CleanStep] = counts[k] as number;
  return out;
}

/** One column a step may touch: whether it is trimmed, and its rewrites in order. */
interface ColumnPlan {
  index: number;
  trim: boolean;
  fixes: readonly CellFix[];
}

/** The changes of a row when they are not listed (`changes: false`): one shared, empty list. */
const NONE = Object.freeze([]) as unknown as CleanChange[];
/** No step changed the row. */
const NO_STEPS: readonly CleanStep[] = Object.freeze([]);

const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x200b ||
  c === 0xfeff ||
  (c > 0x1000 && /\s/.test(String.fromCharCode(c)));

/** Whether a value starts and ends with a printable ASCII char other than space (nothing to trim). */
const plainEnds = (value: string): boolean => {
  const a = value.charCodeAt(0);
  const z = value.charCodeAt(value.length - 1);
  return a > 32 && a < 127 && z > 32 && z < 127;
};

const TRIM = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/gu;
const RUNS = /[\s\u200b\ufeff]+/gu;

/** The value trimmed (and inner runs of spaces made one space with `collapse`), or `null` when unchanged. */
function trimmed(value: string, collapse: boolean): string | null {
  if (value === "") return null;
  if (!collapse) {
    if (!isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))) return null;
    return value.replace(TRIM, "");
  }
  const out = value.replace(TRIM, "").replace(RUNS, " ");
  return out === value ? null : out;
}

const stepOn = (profile: ParsedCleanProfile, step: CleanStep): boolean => {
  const v = profile.steps[step];
  return v !== undefined && v !== false;
};

const stepColumns = (profile: ParsedCleanProfile, step: CleanStep): readonly string[] | undefined => {
  const v = profile.steps[step];
  return typeof v === "object" && v !== null && "columns" in v ? v.columns : undefined;
};

/**
 * Settles how a table is cleaned from its labels and a sample of its rows (the decisions `validate`'s
 * inference would take: decimal comma, date formats), then cleans its rows one by one, logging every
 * change. Memory is bounded: duplicate rows are found by a 64-bit fingerprint per distinct row.
 *
 * @example
 * ```ts
 * const cleaner = createCleaner(["barrio", "monto"], [[" Centro", "1,5"]], { steps: { trim: true, "decimal-comma": true } });
 * cleaner.clean({ rowNumber: 2, cells: [" Centro", "1,5"] }).cells; //=> ["Centro", "1.5"]
 * ```
 */
export function createCleaner(
  labels: readonly string[],
  sample: readonly (readonly string[])[],
  profile: ParsedCleanProfile,
  options: CleanOptions = {},
): Cleaner {
  const trimOn = stepOn(profile, "trim");
  const trimOptions = typeof profile.steps.trim === "object" ? profile.steps.trim : {};
  const collapse = trimOptions.collapse === true;
  const notes: CleanNote[] = [];
  const index = new Map(labels.map((l, i) => [l, i] as const));
  const columnsOf = (step: CleanStep): number[] => {
    const named = stepColumns(profile, step);
    if (!named) return labels.map((_, i) => i);
    const out: number[] = [];
    for (const name of named) {
      const i = index.get(name);
      if (i === undefined) notes.push({ step, column: name, reason: "missing-column" });
      else out.push(i);
    }
    return out;
  };
  const trimColumns = new Set(trimOn ? columnsOf("trim") : []);
  const trimCell = (v: string, i: number) => (trimColumns.has(i) ? (trimmed(v, collapse) ?? v) : v);

  const mask = options.mask;
  const show = (value: string, i: number): string => (mask ? mask(value, i) : value);
  const shown = (cells: readonly string[]): string => cells.map(show).join("|");
  const headerChanges: CleanChange[] = [];
  const outLabels = labels.map((label, i) => {
    const after = trimCell(label, i);
    if (after !== label) headerChanges.push({ row: 1, column: label, step: "trim", before: label, after });
    return after;
  });

  // Each column's sampled values as the later steps will see them: trimmed when trim is on, without the
  // rows the output drops (blank rows, repeats), so cleaning the output again decides the same way.
  const kept = sampledRows(
    sample.map((r) => labels.map((_, i) => trimCell(r[i] ?? "", i))),
    stepOn(profile, "blank-rows"),
    stepOn(profile, "duplicate-rows"),
  );
  const values = (i: number) => telling(kept.map((r) => r[i] ?? ""));
  const fixes: CellFix[][] = labels.map(() => []);
  const decisions: ColumnDecision[] = labels.map((column) => ({ column }));
  if (stepOn(profile, "decimal-comma"))
    for (const i of columnsOf("decimal-comma")) {
      const decimal = decideDecimal(labels[i] as string, values(i), notes);
      if (!decimal) continue;
      (decisions[i] as ColumnDecision).decimal = decimal;
      fixes[i]?.push({
        step: "decimal-comma",
        code: codeOf("decimal-comma"),
        apply: decimalConverter(decimal),
      });
    }
  if (stepOn(profile, "iso-dates")) {
    const v = profile.steps["iso-dates"];
    const formats = typeof v === "object" ? (v.formats ?? {}) : {};
    for (const name of Object.keys(formats))
      if (!index.has(name)) notes.push({ step: "iso-dates", column: name, reason: "missing-column" });
    for (const i of columnsOf("iso-dates")) {
      const date = decideDate(labels[i] as string, values(i), formats[labels[i] as string], notes);
      if (!date) continue;
      (decisions[i] as ColumnDecision).date = date;
      fixes[i]?.push({ step: "iso-dates", code: codeOf("iso-dates"), apply: dateConverter(date) });
    }
  }
  if (stepOn(profile, "variants")) {
    const v = profile.steps.variants;
    const mapping = typeof v === "object" ? v.mapping : {};
    for (const [name, pairs] of Object.entries(mapping)) {
      const i = index.get(name);
      if (i === undefined) {
        notes.push({ step: "variants", column: name, reason: "missing-column" });
        continue;
      }
      const map = new Map(Object.entries(pairs).filter(([from, to]) => from !== to));
      fixes[i]?.push({
        step: "variants",
        code: codeOf("variants"),
        apply: (value) => map.get(value) ?? null,
        quiet: true,
      });
    }
  }
  if (stepOn(profile, "disaggregation") && options.disaggregation)
    for (const [i, apply] of options.disaggregation(labels))
      fixes[i]?.push({ step: "disaggregation", code: codeOf("disaggregation"), apply, quiet: true });

  const dropBlank = stepOn(profile, "blank-rows");
  const seen =
    stepOn(profile, "duplicate-rows") && options.findRepeats !== false
      ? new RowFingerprints(options.expectedRows)
      : null;
  // Counted by the step's place in CLEAN_STEPS (a typed array: no keyed update per change).
  const counted = new Float64Array(CLEAN_STEPS.length);
  const left = new Float64Array(CLEAN_STEPS.length);
  counted[TRIM_CODE] = headerChanges.length;
  let rowsIn = 0;
  let rowsOut = 0;
  const sink = options.sink;
  const listing = options.changes !== false && sink === undefined;
  // Compiled once: the columns some step may touch, each with its steps in order (trim first). A row
  // visits only those columns; the others are not looked at.
  const plans: ColumnPlan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const trim = trimColumns.has(i);
    const list = fixes[i] ?? [];
    if (trim || list.length) plans.push({ index: i, trim, fixes: list });
  }
  // The steps of one row's changes, counted once the row is kept (a dropped row's changes are not made).
  const pending: CleanStep[] = [];
  // At most one change per step a column has (trim and its rewrites).
  const pendingCodes = new Uint8Array(plans.reduce((n, p) => n + (p.trim ? 1 : 0) + p.fixes.length, 0));
  // With a sink: each pending change's column and values, handed over once the row is kept.
  const pendingColumns = new Int32Array(pendingCodes.length);
  const pendingBefore: string[] = [];
  const pendingAfter: string[] = [];

  // The steps are listed per row only for a caller that finds the repeats itself (threads).
  const listSteps = options.findRepeats === false;
  // The row's own array is rewritten only when no log needs the cells as read (a dropped repeat's).
  const inPlace = options.inPlace === true && !listing;
  const confirmRepeat = options.confirmRepeat;
  let cells: string[] = [];
  let changes: CleanChange[] = NONE;
  let rowNumber = 0;
  let changed = 0;
  /** Records one cell change of the row being cleaned (the row copied on its first change). */
  const set = (input: string[], i: number, code: number, before: string, after: string): void => {
    const step = CLEAN_STEPS[code] as CleanStep;
    if (cells === input && !inPlace) cells = input.slice();
    if (listing)
      changes.push({
        row: rowNumber,
        column: labels[i] ?? `#${i + 1}`,
        step,
        before: show(before, i),
        after: show(after, i),
      });
    if (listSteps) pending[changed] = step;
    if (sink) {
      pendingColumns[changed] = i;
      pendingBefore[changed] = before;
      pendingAfter[changed] = after;
    }
    pendingCodes[changed++] = code;
    cells[i] = after;
  };

  /** The row's cells as read: its own array, or (rewritten in place) with each changed cell's first value back. */
  const asRead = (input: string[]): string[] => {
    if (cells !== input || changed === 0) return input;
    const out = input.slice();
    for (let k = changed - 1; k >= 0; k--) out[pendingColumns[k] as number] = pendingBefore[k] as string;
    return out;
  };

  function clean(row: RawRow): CleanedRow {
    rowsIn++;
    const input = row.cells as string[];
    rowNumber = row.rowNumber;
    if (dropBlank && input.every(isBlank)) {
      bump(counted, BLANK_CODE);
      sink?.dropped(rowNumber, "blank-rows", input);
      return {
        rowNumber,
        cells: null,
        changes: listing ? [dropped(rowNumber, "blank-rows", shown(input))] : NONE,
        steps: NO_STEPS,
      };
    }
    cells = input;
    changes = listing ? [] : NONE;
    changed = 0;
    for (let p = 0; p < plans.length; p++) {
      const plan = plans[p] as ColumnPlan;
      const i = plan.index;
      let value = input[i];
      if (value === undefined || value === "") continue;
      if (plan.trim && (collapse || !plainEnds(value))) {
        const after = trimmed(value, collapse);
        if (after !== null) {
          set(input, i, TRIM_CODE, value, after);
          value = after;
        }
      }
      const list = plan.fixes;
      for (let f = 0; f < list.length; f++) {
        if (value === "") break;
        const fix = list[f] as CellFix;
        const after = fix.apply(value);
        if (after === null) {
          if (!fix.quiet) bump(left, fix.code);
        } else if (after !== value) {
          set(input, i, fix.code, value, after);
          value = after;
        }
      }
    }
    if (seen) {
      const first = seen.firstOrAdd(cells, rowNumber);
      if (first !== null && (confirmRepeat === undefined || confirmRepeat(cells, first))) {
        // The row goes: its cell changes are not made, only the drop is logged.
        bump(counted, REPEAT_CODE);
        sink?.dropped(rowNumber, "duplicate-rows", asRead(input), first);
        return {
          rowNumber,
          cells: null,
          changes: listing ? [dropped(rowNumber, "duplicate-rows", shown(input), first)] : NONE,
          steps: NO_STEPS,
        };
      }
    }
    for (let k = 0; k < changed; k++) bump(counted, pendingCodes[k] as number);
    if (sink)
      for (let k = 0; k < changed; k++)
        sink.cell(
          rowNumber,
          pendingColumns[k] as number,
          CLEAN_STEPS[pendingCodes[k] as number] as CleanStep,
          pendingBefore[k] as string,
          pendingAfter[k] as string,
        );
    rowsOut++;
    const steps = changed && listSteps ? pending.slice(0, changed) : NO_STEPS;
    return { rowNumber, cells, changes, steps };
  }

  return {
    labels: outLabels,
    headerChanges,
    clean,
    summary: () => ({
      rowsIn,
      rowsOut,
      counts: byStep(counted),
      leftAsIs: byStep(left),
      notes: [...notes],
      columns: decisions,
    }),
  };
}

const isBlank = (cell: string): boolean => {
  for (let i = 0; i < cell.length; i++) if (!isSpace(cell.charCodeAt(i))) return false;
  return true;
};

function dropped(row: number, step: CleanStep, before: string, duplicateOf?: number): CleanChange {
  return {
    row,
    column: null,
    step,
    before,
    after: "",
    ...(duplicateOf === undefined ? {} : { duplicateOf }),
  };
}

/**
 * Cleans a stream of row batches: the first `profile.sample` rows (default 1000) settle each column's
 * conventions, then every row is cleaned in order. Yields one batch of cleaned rows per batch read; the
 * header and its changes come from `cleaner` (resolved once the sample is read).
 *
 * @example
 * ```ts
 * const table = await openTable("barrio;monto\n Centro ;1,5\n");
 * const run = cleanRows(table.labels, table.batches(), { steps: { trim: true, "decimal-comma": true } });
 * for await (const batch of run.batches) for (const r of batch) r.cells; //=> ["Centro", "1.5"]
 * ```
 */
export function cleanRows(
  labels: readonly string[],
  batches: AsyncIterable<readonly RawRow[]>,
  profile: ParsedCleanProfile,
  options: CleanOptions = {},
): { batches: AsyncIterable<CleanedRow[]>; cleaner: Promise<Cleaner> } {
  const size = profile.sample ?? 1000;
  let settle: (c: Cleaner) => void = () => {};
  let fail: (e: unknown) => void = () => {};
  const cleaner = new Promise<Cleaner>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  // Nobody may await it when the stream fails before the sample is read.
  cleaner.catch(() => {});
  async function* run(): AsyncGenerator<CleanedRow[]> {
    const held: RawRow[] = [];
    let c: Cleaner | null = null;
    try {
      for await (const batch of batches) {
        if (c === null) {
          for (const r of batch) held.push({ rowNumber: r.rowNumber, cells: r.cells });
          if (held.length < size) continue;
          c = createCleaner(labels, held.map((r) => r.cells).slice(0, size), profile, options);
          settle(c);
          yield held.map(c.clean);
          continue;
        }
        yield batch.map(c.clean);
      }
      if (c === null) {
        c = createCleaner(
          labels,
          held.map((r) => r.cells),
          profile,
          options,
        );
        settle(c);
        if (held.length) yield held.map(c.clean);
      }
    } catch (error) {
      fail(error);
      throw error;
    }
  }
  return { batches: run(), cleaner };
}

/** The sampled rows the output keeps: without blank rows and exact repeats when those steps are on. */
function sampledRows(rows: string[][], dropBlank: boolean, dropRepeats: boolean): string[][] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (dropBlank && row.every(isBlank)) return false;
    if (!dropRepeats) return true;
    const key = JSON.stringify(row);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
