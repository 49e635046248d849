import type { OpenedSource } from "../bytes/types";
import type { ResolvedDialect } from "../dialect/schema";
import type { Detected } from "../report/detected";
import type { TableError } from "../report/error";
import type { Lang } from "../report/report";
import type { Field } from "../schema";
import type { RangeCheckPlan, RangeState, RowView } from "./check";

/**
 * Everything a {@link RowRunner} needs to read and check the data rows of a table somewhere else
 * (e.g. in worker threads), once the runner has read the header and settled the schema.
 */
export interface RowPlan {
  /** The source as opened; a runner that re-reads it needs `path`. */
  readonly source: OpenedSource;
  /** The WHATWG encoding the text was decoded with, and the length of its byte-order mark. */
  readonly encoding: string;
  readonly bomBytes: number;
  readonly dialect: ResolvedDialect;
  /** The decoded start of the text (the sniffing sample), where the line break is settled. */
  readonly sample: string;
  /** The physical row number of the last header row (0 without a header): data rows come after it. */
  readonly lastHeaderRow: number;
  /** The schema fields in data-column order, the labels and the missing values. */
  readonly fields: readonly Field[];
  readonly labels: readonly string[];
  readonly missingValues: readonly string[];
  readonly lang: Lang;
  readonly revealCells: boolean;
  /** The columns (0-based) whose cells are shown as they are in errors; every other cell is masked. */
  readonly shownColumns: readonly number[];
  readonly pickErrors: readonly string[] | undefined;
  readonly skipErrors: readonly string[] | undefined;
  /**
   * The cap on errors a runner keeps: the one-pass runner passes `Infinity`, since every finding comes
   * back to be counted and its own sink cuts the list.
   */
  readonly limitErrors: number;
  /** The field positions whose cast values the checks read (see `Check.valuesRead`). */
  readonly valueFields: readonly number[];
  /** The checks that run inside each range (see `Check.inRanges`), in the order of the checks. */
  readonly rangeChecks: readonly RangeCheckPlan[];
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((progress: { bytesRead: number; totalBytes: number | null }) => void) | undefined;
}

/** What a {@link RowRunner} found: the same errors, in the same order, as the one-pass runner. */
export interface RowRunResult {
  /** Data rows read. */
  rows: number;
  /** Blank lines among them (every cell empty), when the runner counted them. */
  blankRows?: number;
  /** Bytes read in all. */
  bytes: number;
  /** The structure, type and constraint errors, in row order, with their physical row numbers. */
  errors: TableError[];
  /**
   * Visits every data row in order for the checks: `values` holds the `valueFields`, `cells` is read
   * again from the source only when a check asks for it (to report an error).
   */
  replay(visit: (row: RowView) => void): void;
  /** Per entry of `rangeChecks`, what each range found, in file order. */
  rangeStates: RangeState[][];
  /** A data row read again from the source by its physical row number (cells and cast values). */
  row(rowNumber: number): RowView;
  /** Frees what `row` holds (an open file); called once the checks are done with it. */
  release(): void;
  /** Shown in the report's `detected` (e.g. `{ threads: 2 }`). */
  detected: Partial<Detected>;
}

/**
 * Reads and checks the data rows in another way than the one-pass loop (e.g. in parallel), or returns
 * `null` to let the runner read them itself. `@ciudata/table/node` gives `parallelRows()`.
 */
export type RowRunner = (plan: RowPlan) => Promise<RowRunResult | null>;

/**
 * Merges two lists of errors that are each in row order: errors of the same row keep `first` before
 * `second`, as the one-pass runner reports a row's cells before the checks that look at the row.
 * @internal
 *
 * @example
 * ```ts
 * mergeByRow([{ rowNumber: 2 }, { rowNumber: 5 }], [{ rowNumber: 2 }, { rowNumber: 3 }]).map((e) => e.rowNumber);
 * //=> [2, 2, 3, 5]
 * ```
 */
export function mergeByRow<T extends { rowNumber: number | null }>(
  first: readonly T[],
  second: readonly T[],
): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const a = first[i] as T;
    const b = second[j] as T;
    if ((b.rowNumber ?? 0) < (a.rowNumber ?? 0)) {
      out.push(b);
      j++;
    } else {
      out.push(a);
      i++;
    }
  }
  while (i < first.length) out.push(first[i++] as T);
  while (j < second.length) out.push(second[j++] as T);
  return out;
}
