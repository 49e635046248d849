import type { Translator } from "@ciudata/core";
import type { TableError } from "@ciudata/table";
import type { qualityMessages } from "../messages";

// Runs: consecutive rows with the same finding in the same column, shown as one line.

/** The report words of one language. @internal */
export type ReportWords = Translator<(typeof qualityMessages)["es"]>;

/**
 * One error as the renderers show it, or a run of them: the same type and severity in the same column
 * (or on whole rows) on consecutive rows, shown as one line ("filas 3.379–5.955: fila en blanco").
 */
export interface ShownError {
  /** The error, or the first of the run. */
  error: TableError;
  /** The task (table) it belongs to, `null` for report-level errors. */
  task: string | null;
  /** The message of `error`. */
  message: string;
  /** Findings the line stands for: 1, or the length of the run. */
  count: number;
  /** The last row of a run (`error.rowNumber` is the first); absent for one finding. */
  lastRow?: number;
}

/**
 * Whether an error continues a run: same task, type, severity and column, on the next row.
 * @internal
 *
 * @example
 * ```ts
 * continues(run, tableError("blank-row", { rowNumber: 5 }), "padron"); //=> true after a run ending on row 4
 * ```
 */
export function continues(run: ShownError, error: TableError, task: string | null): boolean {
  const last = run.lastRow ?? run.error.rowNumber;
  return (
    run.task === task &&
    last !== null &&
    error.rowNumber === last + 1 &&
    run.error.type === error.type &&
    run.error.severity === error.severity &&
    run.error.fieldNumber === error.fieldNumber &&
    run.error.fieldName === error.fieldName
  );
}

/**
 * How many findings the lines of a type stand for (runs count all their rows).
 * @internal
 *
 * @example
 * ```ts
 * shownCount(group); //=> 2577 for one run of blank rows 3.379–5.955
 * ```
 */
export function shownCount(group: { readonly first: readonly ShownError[] }): number {
  return group.first.reduce((n, s) => n + s.count, 0);
}

/**
 * The words of a run of rows, or `null` for one finding: "filas 3.379–5.955: fila en blanco (2.577)",
 * "rows 10–12, column "edad": type error (3)".
 * @internal
 *
 * @example
 * ```ts
 * runText(reportWords("en"), { error, task: null, message, count: 2, lastRow: 5 }, "Blank row"); //=> "rows 4–5: blank row (2)"
 * ```
 */
export function runText(w: ReportWords, shown: ShownError, title: string): string | null {
  if (shown.lastRow === undefined || shown.error.rowNumber === null) return null;
  const lower = /^\p{Lu}\p{Ll}/u.test(title) ? title[0]?.toLocaleLowerCase() + title.slice(1) : title;
  return w.t("rowRun", {
    from: shown.error.rowNumber,
    to: shown.lastRow,
    n: shown.count,
    title: lower,
    column: shown.error.fieldName ?? "",
  });
}

/**
 * What a table of findings shows of one entry: its rows (`"3–2002"` for a run), its text, and whether
 * its cell is shown (not for a run, whose cells differ).
 * @internal
 *
 * @example
 * ```ts
 * shownRow(reportWords("en"), run, "Blank row"); //=> { rows: "4–5", text: "rows 4–5: blank row (2)", cell: false }
 * ```
 */
export function shownRow(
  w: ReportWords,
  shown: ShownError,
  title: string,
): { rows: string; text: string; cell: boolean } {
  const run = runText(w, shown, title);
  if (run === null) return { rows: String(shown.error.rowNumber ?? ""), text: shown.message, cell: true };
  return { rows: `${shown.error.rowNumber}–${shown.lastRow}`, text: run, cell: false };
}
