import { type Check, tableError } from "@ciudata/table";
import { reportMissingField } from "../../text";
import { columnTally } from "../_shared/in-ranges";
import { MissingTally } from "./tally";

export { isMissingCell } from "./tally";

/** Options of {@link missingValue}. */
export interface MissingValueOptions {
  /** Columns to check (default all). */
  fields?: readonly string[];
  /** Rows located per column (default 3). */
  sample?: number;
  /** Default `"warning"`. */
  severity?: "error" | "warning";
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
  const { tally, missing, handlers } = columnTally(
    options.fields,
    options.sample ?? 3,
    (o) => new MissingTally(o),
    "missingValueRange",
  );
  return {
    name: "quality/missing-value",
    ...handlers,
    onFinish(ctx) {
      for (const name of missing()) reportMissingField(ctx, "quality/missing-value", name);
      for (const c of tally().columns) {
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
