import type { Check } from "@ciudata/table";
import { cellError, fieldIndex, NumberIndex, valueKey } from "../_shared";

/** Options of {@link uniqueValues}. */
export interface UniqueValuesOptions {
  /** The fields whose values must be unique; default: those with `constraints.unique` in the schema. */
  fieldNames?: readonly string[];
}

/**
 * `unique-error`: a value already seen in the same column (the field constraint `unique`). Only the
 * 2nd+ occurrence is reported; nulls and values that failed their type are not entered.
 *
 * @example
 * ```ts
 * await validate("dni\n1\n1\n1\n", { schema: { fields: [{ name: "dni", type: "integer", constraints: { unique: true } }] },
 *   checks: [uniqueValues()] });
 * // unique-error at rows 3 and 4
 * ```
 */
export function uniqueValues(options: UniqueValuesOptions = {}): Check {
  let columns: { index: number; seen: Map<string, number>; numbers: NumberIndex }[] = [];
  return {
    name: "unique-error",
    onStart(ctx) {
      const names =
        options.fieldNames ?? ctx.fields.filter((f) => f.constraints?.unique === true).map((f) => f.name);
      columns = names
        .map((n) => ({ index: fieldIndex(ctx, n), seen: new Map(), numbers: new NumberIndex() }))
        .filter((c) => c.index >= 0);
    },
    valuesRead: () => columns.map((c) => c.index),
    onRow(row, ctx) {
      for (const column of columns) {
        const value = row.values[column.index];
        if (value === null || value === undefined) continue;
        let match: number | undefined;
        if (typeof value === "number" && Number.isFinite(value)) {
          const last = column.numbers.lastAndSet(value, row.rowNumber);
          match = last >= 0 ? last : undefined;
        } else {
          const key = valueKey(value);
          match = column.seen.get(key);
          column.seen.set(key, row.rowNumber);
        }
        if (match !== undefined)
          ctx.report(
            cellError("unique-error", row, ctx, column.index, {
              note: `the same as in the row at position ${match}`,
              params: { firstRowNumber: match, hint: null },
            }),
          );
      }
    },
  };
}
