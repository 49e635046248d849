import type { Check } from "@ciudata/table";
import { cellError } from "../_shared";

const NON_ASCII = /[^\p{ASCII}]/u;

/**
 * `ascii-value`: text cells with characters outside ASCII (frictionless-py's `ascii_value`), for
 * systems that still cannot take `ñ` or accents in codes and identifiers. String fields only.
 *
 * @example
 * ```ts
 * await validate("codigo\nPEÑA\n", { checks: [asciiValue()] }); // ascii-value at row 2
 * ```
 */
export function asciiValue(): Check {
  let indexes: number[] = [];
  return {
    name: "ascii-value",
    onStart(ctx) {
      indexes = ctx.fields.flatMap((f, i) => (f.type === "string" ? [i] : []));
    },
    onRow(row, ctx) {
      for (const i of indexes) {
        const v = row.values[i];
        if (typeof v === "string" && v !== "" && NON_ASCII.test(v))
          ctx.report(
            cellError("ascii-value", row, ctx, i, { note: "the cell contains non-ascii characters" }),
          );
      }
    },
  };
}
