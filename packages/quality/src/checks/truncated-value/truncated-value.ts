import type { Check } from "@ciudata/table";
import { cellError, codePoints } from "../_shared";

/** Integer limits a database or spreadsheet column cuts values to (BIGINT, INT, MEDIUMINT-ish, SMALLINT). */
const TRUNCATED_INTEGERS = new Set([
  "18446744073709551616",
  "9223372036854775807",
  "4294967295",
  "2147483647",
  "2097152",
  "65535",
  "32767",
]);
/** Text lengths a column type cuts values to (VARCHAR(255)). */
const TRUNCATED_LENGTHS = new Set([255]);

/**
 * `truncated-value`: values that look cut by a database export — text of exactly 255 characters,
 * integers equal to a column type's maximum (32767, 2147483647…) (frictionless-py's `truncated_value`).
 *
 * @example
 * ```ts
 * await validate("monto\n32767\n", { checks: [truncatedValue()] }); // truncated-value at row 2
 * ```
 */
export function truncatedValue(): Check {
  return {
    name: "truncated-value",
    onRow(row, ctx) {
      const values = row.values;
      for (let i = 0; i < ctx.fields.length; i++) {
        const v = values[i];
        let truncated = false;
        if (typeof v === "string") truncated = TRUNCATED_LENGTHS.has(codePoints(v));
        else if ((typeof v === "number" && Number.isInteger(v)) || typeof v === "bigint")
          truncated = TRUNCATED_INTEGERS.has(String(v));
        if (truncated)
          ctx.report(cellError("truncated-value", row, ctx, i, { note: "value  is probably truncated" }));
      }
    },
  };
}
