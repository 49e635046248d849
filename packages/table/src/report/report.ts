import type { Detected } from "./detected";
import type { TableError } from "./error";
import type { FindingTotals } from "./totals";

/** The version of the report JSON format; bumped on breaking changes to its shape. */
export const REPORT_FORMAT_VERSION = "1.0";

export type { Lang } from "@ciudata/core";

/** Statistics of one table read. */
export interface TaskStats {
  /** Bytes read from the source. */
  bytes: number;
  /**
   * Rows read after the header (comment rows excluded), blank lines included as frictionless counts
   * them; the data rows are `rows − blankRows`.
   */
  rows: number;
  /** Data rows: `rows` without the blank lines, as `inspectTable` counts them; absent when unknown. */
  dataRows?: number;
  /**
   * Blank lines among `rows` (every cell empty; each is one `blank-row` finding), counted apart from
   * the data rows as `inspectTable` does; absent when the reader could not say.
   */
  blankRows?: number;
  /** Fields (columns) in the schema used. */
  fields: number;
  /** Number of errors (severity `error`) found, listed or not. */
  errors: number;
  /** Number of warnings found. */
  warnings: number;
  /** Wall time, in seconds. */
  seconds: number;
}

/** The result of checking one table (a frictionless `ReportTask`). */
export interface ReportTask {
  valid: boolean;
  /** Resource name (file name without extension, or the given name). */
  name: string;
  type: "table";
  /** Where it came from: a file name, URL or `"inline"`. */
  place: string;
  /** The labels (header) as read. */
  labels: string[];
  stats: TaskStats;
  /** What the reader detected (encoding, dialect…), for people and tools. */
  detected: Detected;
  /**
   * Short notes such as "reached error limit: 1000" (frictionless' wording, kept for tools; reports for
   * people word it from `totals`).
   */
  warnings: string[];
  /** The errors listed, up to the cap (`limitErrors`); `totals` counts them all. */
  errors: TableError[];
  /** Every finding counted by type and column, listed or not (absent in reports built by hand). */
  totals?: FindingTotals;
}

/** A validation report, shaped like frictionless-py's (v5), with a format version. */
export interface Report {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  valid: boolean;
  stats: { tasks: number; errors: number; warnings: number; seconds: number };
  /** Report-level notes. */
  warnings: string[];
  /** Errors that belong to no table (e.g. an invalid package descriptor). */
  errors: TableError[];
  tasks: ReportTask[];
}

/**
 * Builds a report from tasks (and report-level errors), computing validity and totals.
 *
 * @example
 * ```ts
 * const report = createReport([task]);
 * report.valid; //=> true when no task has an error of severity "error"
 * ```
 */
export function createReport(
  tasks: ReportTask[],
  errors: TableError[] = [],
  warnings: string[] = [],
): Report {
  const isError = (e: TableError) => e.severity === "error";
  let errorCount = errors.filter(isError).length;
  let warningCount = errors.length - errorCount;
  let seconds = 0;
  for (const task of tasks) {
    errorCount += task.stats.errors;
    warningCount += task.stats.warnings;
    seconds += task.stats.seconds;
  }
  return {
    formatVersion: REPORT_FORMAT_VERSION,
    valid: errorCount === 0,
    stats: { tasks: tasks.length, errors: errorCount, warnings: warningCount, seconds },
    warnings,
    errors,
    tasks,
  };
}

/** A key `flatten` can read from an error. */
export type FlattenKey = keyof TableError | string;

/**
 * Lists every error of a report as a row of the chosen keys, as frictionless-py's
 * `report.flatten(["rowNumber", "fieldNumber", "type"])` does: report-level errors first,
 * then each task's errors in order. Warnings are left out unless `includeWarnings` is set.
 *
 * @example
 * ```ts
 * flatten(report, ["rowNumber", "fieldNumber", "type"]);
 * //=> [[null, 3, "blank-label"], [4, null, "blank-row"]]
 * ```
 */
export function flatten(
  report: Report,
  keys: readonly FlattenKey[],
  options: { includeWarnings?: boolean } = {},
): unknown[][] {
  const rows: unknown[][] = [];
  const push = (e: TableError) => {
    if (e.severity === "warning" && !options.includeWarnings) return;
    const record = e as unknown as Record<string, unknown>;
    rows.push(keys.map((k) => (k in record ? record[k] : (e.params[k] ?? null))));
  };
  for (const e of report.errors) push(e);
  for (const task of report.tasks) for (const e of task.errors) push(e);
  return rows;
}
