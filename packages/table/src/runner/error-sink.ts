import type { TableError } from "../report/error";

/** Which errors a run keeps: pick/skip by type or tag, and the error limit. */
export interface SinkOptions {
  readonly pickErrors?: readonly string[] | undefined;
  readonly skipErrors?: readonly string[] | undefined;
  /** Errors kept at most (warnings do not count); default 1000. */
  readonly limitErrors?: number | undefined;
}

/** Where a run's problems go: `report` filters and counts, `errors` keeps them in order. */
export interface ErrorSink {
  report(error: TableError): void;
  readonly errors: TableError[];
  /** Errors (not warnings) kept so far. */
  errorCount(): number;
  warningCount(): number;
  /** True once an error was dropped for the limit. */
  limited(): boolean;
  readonly limit: number;
}

const matches = (e: TableError, list: readonly string[]) =>
  list.includes(e.type) || e.tags.some((t) => list.includes(t));

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
 * ```
 */
export function createErrorSink(options: SinkOptions): ErrorSink {
  const limit = options.limitErrors ?? 1000;
  const errors: TableError[] = [];
  let errorCount = 0;
  let warningCount = 0;
  let limited = false;
  const { pickErrors, skipErrors } = options;
  return {
    errors,
    limit,
    report(e) {
      if (pickErrors && !matches(e, pickErrors)) return;
      if (skipErrors && matches(e, skipErrors)) return;
      if (e.severity === "error") {
        if (errorCount >= limit) {
          limited = true;
          return;
        }
        errorCount++;
      } else warningCount++;
      errors.push(e);
    },
    errorCount: () => errorCount,
    warningCount: () => warningCount,
    limited: () => limited,
  };
}
