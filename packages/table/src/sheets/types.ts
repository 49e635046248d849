/** One row of a sheet as read: its 1-based row number in the sheet and its cells as text. */
export interface SheetRow {
  rowNumber: number;
  /** Cells in column order (A = 0); empty cells are `""`. Trailing empty cells may be left out. */
  cells: string[];
}

/** A workbook opened for reading: its sheets by name and a way to read the rows of each. */
export interface Workbook {
  /** `xlsx` (Office Open XML) or `ods` (OpenDocument). */
  kind: "xlsx" | "ods";
  /** The names of the worksheets, in the workbook's order. */
  sheets: string[];
  /** The sheets hidden in the workbook (not chosen by default). */
  hidden: ReadonlySet<number>;
  /** The rows of a sheet (0-based position in `sheets`), read lazily, blank rows left out. */
  rows(sheet: number): Iterable<SheetRow>;
}
