import type { CheckContext, RowView } from "@ciudata/table";
import { type CountedColumn, fieldIndex } from "../../text";

/**
 * The 0-based columns a check reads: those named in its `fields` option (matched like `fieldIndex`:
 * by field name, label, then folded) or every column, and the names the table does not have.
 *
 * @example
 * ```ts
 * selectColumns(ctx, ["barrio", "zz"]); //=> { indexes: [0], missing: ["zz"] }
 * ```
 */
export function selectColumns(
  ctx: Pick<CheckContext, "fields" | "labels">,
  fields: readonly string[] | undefined,
): { indexes: number[]; missing: string[] } {
  const indexes: number[] = [];
  const missing: string[] = [];
  if (fields) {
    for (const name of fields) {
      const i = fieldIndex(ctx, name);
      if (i < 0) missing.push(name);
      else indexes.push(i);
    }
  } else for (let i = 0; i < ctx.fields.length; i++) indexes.push(i);
  return { indexes, missing };
}

/**
 * Counts one row into the counted columns: blank rows and null values are skipped, spaces are
 * collapsed, and only the values `keep` accepts are counted (with the row number). `keep` must be the
 * same function for every row (it is asked once per distinct cell).
 *
 * @example
 * ```ts
 * onRow(row) { countRow(columns, row, (value) => value !== ""); }
 * ```
 */
export function countRow(
  columns: readonly CountedColumn[],
  row: RowView,
  keep: (value: string) => boolean,
): void {
  if (row.blank) return;
  for (const c of columns) {
    const cell = row.cells[c.index];
    if (cell === undefined || row.values[c.index] === null) continue;
    c.counter.addCell(cell, row.rowNumber, keep);
  }
}
