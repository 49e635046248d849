import { type TableError, tableError } from "../report/error";

/** Why a workbook cannot be read as a table. */
export type SheetProblem = "encrypted" | "corrupt" | "no-sheet" | "empty-sheet" | "no-sheets";

/** Sheet names travel in one param, one per line (a sheet name cannot hold a line break). */
export const joinSheets = (names: readonly string[]): string => names.join("\n");

/**
 * The `sheet-error` for a workbook that cannot be read as a table: password-protected, damaged, a
 * sheet asked for that does not exist (params list those that do), an empty sheet.
 *
 * @example
 * ```ts
 * sheetError("no-sheet", "libro.xlsx", { sheet: "Datos", sheets: joinSheets(["Hoja1", "Resumen"]) });
 * // { type: "sheet-error", params: { path: "libro.xlsx", reason: "no-sheet", sheet: "Datos", … } }
 * ```
 */
export function sheetError(
  reason: SheetProblem,
  path: string | null,
  params: { sheet?: string; sheets?: string; detail?: string; kind?: string } = {},
): TableError {
  return tableError("sheet-error", {
    params: { path: path ?? "", reason, kind: "xlsx", ...params },
    note: `${path ?? "the workbook"}: ${reason}${params.sheet ? ` (${params.sheet})` : ""}${params.detail ? `: ${params.detail}` : ""}`,
  });
}

/** What was read from a workbook, for the `sheet-note` warning and the report's `detected.sheet`. */
export interface SheetNoteParams {
  path: string;
  kind: "xlsx" | "ods";
  sheet: string;
  /** 1-based position of the sheet read. */
  position: number;
  /** The other sheets, joined with {@link joinSheets} (`""` when there are none). */
  others: string;
  /** The rows above the header that were skipped (titles, blank rows), 0 when none. */
  skipped: number;
  headerRow: number;
}

/** The `sheet-note` warning: which sheet was read, the others, and the rows skipped above the header. */
export function sheetNote(params: SheetNoteParams): TableError {
  return tableError("sheet-note", {
    severity: "warning",
    params: { ...params },
    note: `read sheet "${params.sheet}" (${params.position}); header on row ${params.headerRow}${params.skipped ? `, ${params.skipped} row(s) above it skipped` : ""}`,
  });
}
