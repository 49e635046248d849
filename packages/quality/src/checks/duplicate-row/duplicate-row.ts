import type { Check } from "@ciudata/table";
import { digest, rowError, valueKey } from "../_shared";

/**
 * `duplicate-row`: a row whose cast values all equal those of an earlier row (frictionless-py's
 * `duplicate_row`). Only the 2nd+ occurrence is reported; rows are remembered as compact digests. Blank
 * rows are skipped: each is already one `blank-row` finding.
 *
 * @example
 * ```ts
 * await validate("id,name\n1,Ana\n1,Ana\n", { checks: [duplicateRow()] });
 * // duplicate-row at row 3
 * ```
 */
export function duplicateRow(): Check {
  const seen = new Map<string, number>();
  return {
    name: "duplicate-row",
    onRow(row, ctx) {
      // A blank row is one finding, `blank-row`; it is not also a duplicate of the first blank row.
      if (row.blank) return;
      let text = "";
      for (let i = 0; i < ctx.fields.length; i++) text += `${valueKey(row.values[i])},`;
      const key = digest(text);
      const first = seen.get(key);
      if (first !== undefined) {
        ctx.report(
          rowError("duplicate-row", row, ctx, {
            note: `the same as row at position "${first}"`,
            params: { firstRowNumber: first },
          }),
        );
      } else seen.set(key, row.rowNumber);
    },
  };
}
