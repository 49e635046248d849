import type { TableError } from "../report/error";
import { isSelected } from "../report/pick";
import { createFindingTally, type FindingTotals } from "../report/totals";

/** Which errors a run keeps: pick/skip by type or tag, and the error limit. */
export interface SinkOptions {
  readonly pickErrors?: readonly string[] | undefined;
  readonly skipErrors?: readonly string[] | undefined;
  /**
   * Errors listed at most (warnings do not count); default 1000; `0` or `Infinity`: no cap. Every
   * finding is counted whatever the cap: only the list is cut.
   */
  readonly limitErrors?: number | undefined;
  /**
   * A key per finding (e.g. its quality dimension) under which `totals.byKey` counts the distinct rows
   * and cells hit across types.
   */
  readonly countBy?: ((error: TableError) => string) | undefined;
  /**
   * Which findings are listed (default: all). The others are still counted (stats, totals, scores) but
   * never listed, and do not use up `limitErrors`.
   */
  readonly listErrors?: ((error: TableError) => boolean) | undefined;
}

/**
 * Where a run's problems go: `report` filters and counts every finding, `errors` lists them in order up
 * to the cap.
 */
export interface ErrorSink {
  report(error: TableError): void;
  readonly errors: TableError[];
  /** Errors (not warnings) found so far, listed or not. */
  errorCount(): number;
  warningCount(): number;
  /** True once an error was left out of the list for the cap. */
  limited(): boolean;
  /** The cap on listed errors (`Infinity`: none). */
  readonly limit: number;
  /** The true counts by type and column (`fields`: the table's columns, the most cells a row has). */
  totals(fields?: number): FindingTotals;
}

/**
 * The one place where pick/skip and `limitErrors` are applied, shared by the sequential runner and
 * by each worker of a parallel read.
 * @internal
 *
 * @example
 * ```ts
 * const sink = createErrorSink({ limitErrors: 1 });
 * sink.report(tableError("blank-row", { rowNumber: 2 }));
 * sink.report(tableError("blank-row", { rowNumber: 3 }));
 * sink.errors.length; //=> 1
 * sink.limited(); //=> true
 * sink.errorCount(); //=> 2
 * ```
 */
export function createErrorSink(options: SinkOptions): ErrorSink {
  const given = options.limitErrors ?? 1000;
  const limit = given === 0 ? Number.POSITIVE_INFINITY : given;
  const errors: TableError[] = [];
  const tally = createFindingTally(options.countBy);
  let errorCount = 0;
  let listedErrors = 0;
  let warningCount = 0;
  let limited = false;
  const selection = { pick: options.pickErrors, skip: options.skipErrors };
  const { listErrors } = options;
  return {
    errors,
    limit,
    report(e) {
      if (!isSelected(selection, e.type, e.tags)) return;
      const shown = listErrors === undefined || listErrors(e);
      let listed = shown;
      if (e.severity === "error") {
        errorCount++;
        // A finding counted but not shown leaves the cap to the others.
        if (shown && listedErrors >= limit) {
          limited = true;
          listed = false;
        } else if (shown) listedErrors++;
      } else warningCount++;
      tally.add(e, listed);
      if (listed) errors.push(e);
    },
    errorCount: () => errorCount,
    warningCount: () => warningCount,
    limited: () => limited,
    totals: (fields) => tally.totals(Number.isFinite(limit) ? limit : null, fields),
  };
}
