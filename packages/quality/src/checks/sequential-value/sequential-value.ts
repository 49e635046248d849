import type { Check } from "@ciudata/table";
import { cellError, requiredFieldIndex, toNumber } from "../_shared";

/** Options of {@link sequentialValue}. */
export interface SequentialValueOptions {
  fieldName: string;
}

/**
 * `sequential-value`: a numeric field must go up by one on every row, like an autoincrement id
 * (frictionless-py's `sequential_value`). The first break is reported, then the check stops for that
 * field; a null or non-numeric value is a break. A missing field is a `check-error`.
 *
 * @example
 * ```ts
 * await validate("id\n1\n2\n4\n", { checks: [sequentialValue({ fieldName: "id" })] }); // row 4
 * ```
 */
export function sequentialValue(options: SequentialValueOptions): Check {
  let index = -1;
  let cursor: number | null = null;
  let exited = false;
  return {
    name: "sequential-value",
    onStart(ctx) {
      index = requiredFieldIndex(
        ctx,
        options.fieldName,
        `sequential value check requires field "${options.fieldName}"`,
      );
    },
    onRow(row, ctx) {
      if (index < 0 || exited) return;
      const cell = toNumber(row.values[index]);
      // As frictionless: `cursor = cursor or cell` (a cursor of 0 restarts from the cell).
      cursor = cursor || cell;
      if (cell === null || cursor !== cell) {
        exited = true;
        ctx.report(
          cellError("sequential-value", row, ctx, index, {
            note: "the value is not sequential",
            params: { expected: cursor === null ? null : String(cursor) },
          }),
        );
        return;
      }
      cursor += 1;
    },
  };
}
