import type { Check } from "@ciudata/table";
import { fieldIndex, type RowError, rowError, tupleKey } from "../_shared";

/** Options of {@link uniqueKeys}. */
export interface UniqueKeysOptions {
  /** The composite keys; default: the schema's `uniqueKeys` (Table Schema v2). */
  keys?: readonly (readonly string[])[];
}

/**
 * Table Schema v2 `uniqueKeys`: each listed combination of fields is unique across rows. frictionless-py
 * v5 does not implement `uniqueKeys`; ciudata reports a row-level `unique-error` (the same type as the
 * field constraint, with `fieldNames`) on the 2nd+ occurrence. Rows where ANY part of the key is null
 * are excluded, as SQL UNIQUE does and the v2 spec says.
 *
 * @example
 * ```ts
 * await validate("dni,anio\n1,2024\n1,2024\n", {
 *   schema: { fields: [{ name: "dni" }, { name: "anio", type: "year" }], uniqueKeys: [["dni", "anio"]] },
 *   checks: [uniqueKeys()] });
 * // unique-error at row 3
 * ```
 */
export function uniqueKeys(options: UniqueKeysOptions = {}): Check {
  let keys: { names: readonly string[]; indexes: number[]; seen: Map<string, number> }[] = [];
  const parts: unknown[] = [];
  return {
    name: "unique-keys",
    onStart(ctx) {
      const declared = options.keys ?? ctx.schema.uniqueKeys ?? [];
      keys = declared
        .map((names) => ({ names, indexes: names.map((n) => fieldIndex(ctx, n)), seen: new Map() }))
        .filter((k) => k.indexes.every((i) => i >= 0));
    },
    valuesRead: () => keys.flatMap((k) => k.indexes),
    onRow(row, ctx) {
      for (const key of keys) {
        parts.length = 0;
        let anyNull = false;
        for (const i of key.indexes) {
          const v = row.values[i];
          if (v === null || v === undefined) anyNull = true;
          parts.push(v);
        }
        if (anyNull) continue;
        const k = tupleKey(parts) as string;
        const match = key.seen.get(k);
        key.seen.set(k, row.rowNumber);
        if (match !== undefined) {
          const error: RowError = {
            ...rowError("unique-error", row, ctx, {
              note: `the same as in the row at position ${match} for "${key.names.join(", ")}"`,
              params: { fieldNames: key.names.join(", "), firstRowNumber: match },
            }),
            fieldNames: [...key.names],
          };
          ctx.report(error);
        }
      }
    },
  };
}
