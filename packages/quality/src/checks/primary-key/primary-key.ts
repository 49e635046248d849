import type { Check } from "@ciudata/table";
import { fieldIndex, NumberIndex, rowError, tupleKey } from "../_shared";

/** Options of {@link primaryKey}. */
export interface PrimaryKeyOptions {
  /** The key's fields; default: the schema's `primaryKey`. */
  fieldNames?: readonly string[];
}

/**
 * `primary-key`: the key (one field or composite) repeats an earlier row's, or all its parts are null —
 * on a blank row too, as frictionless-py does. Only the 2nd+ occurrence is reported.
 *
 * @example
 * ```ts
 * await validate("id,anio\n1,2024\n1,2024\n", {
 *   schema: { fields: [{ name: "id", type: "integer" }, { name: "anio", type: "year" }], primaryKey: ["id", "anio"] },
 *   checks: [primaryKey()] });
 * // primary-key at row 3
 * ```
 */
export function primaryKey(options: PrimaryKeyOptions = {}): Check {
  let indexes: number[] = [];
  const seen = new Map<string, number>();
  // Single numeric keys (integer ids, the common case) go to a compact typed-array index.
  const numbers = new NumberIndex();
  const parts: unknown[] = [];
  let names: readonly string[] = [];
  const duplicate = (
    row: Parameters<typeof rowError>[1],
    ctx: Parameters<typeof rowError>[2],
    match: number,
  ) =>
    rowError("primary-key", row, ctx, {
      note: `the same as in the row at position ${match}`,
      params: { fieldNames: names.join(", "), firstRowNumber: match, reason: "duplicate" },
    });
  return {
    name: "primary-key",
    onStart(ctx) {
      names = options.fieldNames ?? ctx.schema.primaryKey ?? [];
      indexes = names.map((n) => fieldIndex(ctx, n));
      // A key field without a column already gave a missing-label: frictionless then skips the check.
      if (indexes.some((i) => i < 0)) indexes = [];
    },
    valuesRead: () => indexes,
    onRow(row, ctx) {
      if (indexes.length === 0) return;
      if (indexes.length === 1) {
        const v = row.values[indexes[0] as number];
        if (typeof v === "number" && Number.isFinite(v)) {
          const match = numbers.lastAndSet(v, row.rowNumber);
          if (match >= 0) ctx.report(duplicate(row, ctx, match));
          return;
        }
      }
      parts.length = 0;
      for (const i of indexes) parts.push(row.values[i]);
      const key = tupleKey(parts);
      if (key === null) {
        ctx.report(
          rowError("primary-key", row, ctx, {
            note: 'cells composing the primary keys are all "None"',
            params: { fieldNames: names.join(", "), reason: "null" },
          }),
        );
        return;
      }
      const match = seen.get(key);
      seen.set(key, row.rowNumber);
      if (match !== undefined) ctx.report(duplicate(row, ctx, match));
    },
  };
}
