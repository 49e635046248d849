import { type Check, tableError } from "@ciudata/table";
import { reportMissingField } from "../../text";
import { selectColumns } from "../_shared/columns";
import { isSpaceCode } from "../_shared/spaces";

/** Options of {@link missingValue}. */
export interface MissingValueOptions {
  /** Columns to check (default all). */
  fields?: readonly string[];
  /** Rows located per column (default 3). */
  sample?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
}

/** Only whitespace (plain, tabs, non-breaking and zero-width spaces). */
const SPACES_ONLY = /^[\s\u200b]+$/u;

/**
 * Whether a cell holds no value: empty, only spaces, or a missing-value marker of the schema (its cast
 * value is `null`, e.g. `NA` with `missingValues: ["", "NA"]`).
 *
 * @example
 * ```ts
 * isMissingCell(""); //=> true
 * isMissingCell("   "); //=> true
 * isMissingCell("Palermo"); //=> false
 * ```
 */
export function isMissingCell(cell: string, value?: unknown): boolean {
  // The regex only runs on cells that start with a space (few): the first character settles the rest.
  return cell === "" || value === null || (isSpaceCode(cell.charCodeAt(0)) && SPACES_ONLY.test(cell));
}

interface Column {
  index: number;
  /** Cells without a value (empty, space-only or a missing-value marker). */
  cells: number;
  /** Of those, cells holding only spaces. */
  spaces: number;
  rows: number[];
}

/**
 * Completeness: counts per column the cells that hold no value (empty, only spaces, or a missing-value
 * marker of the schema), in every column, required or not, and reports one `quality/missing-value` per
 * column, located at the first such cell, with the count in `params.cells`; scoring counts every one of
 * them (completeness = 100 × (1 − cells without a value ÷ cells checked)). A space-only cell is a missing
 * value, not extra whitespace; blank rows are `blank-row`'s and cells absent from a short row are
 * `missing-cell`'s, so one problem gives one finding.
 *
 * @example
 * ```ts
 * const report = await validateTable("barrio,calle\nPalermo,\nCentro,  \n", { checks: [missingValue()] });
 * report.tasks[0]?.errors[0]?.params.cells; //=> 2
 * ```
 */
export function missingValue(options: MissingValueOptions = {}): Check {
  const sample = options.sample ?? 3;
  let columns: Column[] = [];
  let missing: string[] = [];
  return {
    name: "quality/missing-value",
    onStart(ctx) {
      const selected = selectColumns(ctx, options.fields);
      missing = selected.missing;
      columns = selected.indexes.map((index) => ({ index, cells: 0, spaces: 0, rows: [] }));
    },
    onRow(row) {
      if (row.blank) return;
      for (const c of columns) {
        const cell = row.cells[c.index];
        if (cell === undefined || !isMissingCell(cell, row.values[c.index])) continue;
        c.cells++;
        if (cell !== "" && SPACES_ONLY.test(cell)) c.spaces++;
        if (c.rows.length < sample) c.rows.push(row.rowNumber);
      }
    },
    onFinish(ctx) {
      for (const name of missing) reportMissingField(ctx, "quality/missing-value", name);
      for (const c of columns) {
        if (c.cells === 0) continue;
        ctx.report(
          tableError("quality/missing-value", {
            severity: options.severity ?? "warning",
            tags: ["#table", "#completeness"],
            rowNumber: c.rows[0] ?? null,
            fieldNumber: c.index + 1,
            fieldName: ctx.fields[c.index]?.name ?? ctx.labels[c.index] ?? null,
            cell: "",
            note: `${c.cells} cells without a value`,
            // The dimension said by the finding itself, so scoring counts it under completeness.
            // `required`: those blank cells are also the column's required-constraint errors (counted once).
            params: {
              cells: c.cells,
              // The runner's tallies leave its placing to the scorer (it stands for every one of those cells).
              standsForCells: c.cells,
              spaces: c.spaces,
              rows: c.rows.join(", "),
              dimension: "completeness",
              required: ctx.fields[c.index]?.constraints?.required === true,
            },
          }),
        );
      }
    },
  };
}
