import type { CleanStep } from "./profile";

/** What a file-level change is about: the bytes, not one cell. */
export type FileStep = "encoding" | "bom" | "delimiter" | "line-endings";

/**
 * One change `clean` made. A cell change names its row and column with the value before and after; a
 * dropped row (`blank-rows`, `duplicate-rows`) is logged once, with `column: null` (and `duplicateOf`);
 * a file change (`encoding`, `bom`, `delimiter`, `line-endings`) has `row: null`.
 */
export interface CleanChange {
  /** The physical row of the input (header = 1); `null` for a change of the whole file. */
  row: number | null;
  /** The column's label as read; `null` for a row or file change. */
  column: string | null;
  /** The step that made it. */
  step: CleanStep | FileStep;
  /** The value before (a dropped row: its cells joined by `|`). */
  before: string;
  /** The value after (`""` for a dropped row). */
  after: string;
  /** For a duplicate row dropped: the row it repeats (its first occurrence). */
  duplicateOf?: number;
}

/** Why a step left a column alone (reported, so nothing is skipped silently). */
export type CleanNoteReason =
  /** Day-first and month-first read every sampled date: the user must name the format. */
  | "ambiguous-day-month"
  /** `1.234` could be 1.234 or 1234: the column is not converted. */
  | "ambiguous-number"
  /** A column the user named for the step is not in the file. */
  | "missing-column";

/** A column a step decided not to touch, and why. */
export interface CleanNote {
  step: CleanStep;
  column: string;
  reason: CleanNoteReason;
  /** For `ambiguous-day-month`: the day-first format read (the month-first twin reads as many values). */
  format?: string;
}

/** How each column is read: the decisions taken from the sample (what the report would say). */
export interface ColumnDecision {
  column: string;
  /** `decimal-comma`: the number style read (`,` decimal, optional group). */
  decimal?: { groupChar?: string };
  /** `iso-dates`: the type and format read, and whether the user named it. */
  date?: { type: "date" | "datetime"; format: string; given: boolean };
}

/** Counts at the end of a run. */
export interface CleanSummary {
  /** Data rows read (header not counted). */
  rowsIn: number;
  /** Data rows written. */
  rowsOut: number;
  /** Changes per step (a dropped row counts once). */
  counts: Partial<Record<CleanStep | FileStep, number>>;
  /** Values a step would convert but that do not read in their column's convention: left as they are. */
  leftAsIs: Partial<Record<CleanStep, number>>;
  /** Columns a step did not touch, and why. */
  notes: CleanNote[];
  /** The decisions per column. */
  columns: ColumnDecision[];
}
