import type { Check } from "@ciudata/table";
import { fieldIndex, tupleKey } from "../_shared";

/**
 * A check that only collects the keys of the given fields while a table is read: the lookup side of a
 * foreign key (keys whose parts are all null are left out, as frictionless-py does). A field the table
 * lacks reads as null.
 *
 * @example
 * ```ts
 * const { check, keys } = collectKeys(["id"]);
 * await validateTable(citiesCsv, { checks: [check], pickErrors: [] });
 * foreignKey({ fields: "next_id", reference: { resource: "cities", fields: "id" }, keys });
 * ```
 */
export function collectKeys(fieldNames: readonly string[]): { check: Check; keys: Set<string> } {
  const keys = new Set<string>();
  let indexes: number[] = [];
  const parts: unknown[] = [];
  const check: Check = {
    name: "foreign-key/collect",
    onStart(ctx) {
      indexes = fieldNames.map((n) => fieldIndex(ctx, n));
    },
    onRow(row) {
      parts.length = 0;
      for (const i of indexes) parts.push(i < 0 ? null : row.values[i]);
      const key = tupleKey(parts);
      if (key !== null) keys.add(key);
    },
  };
  return { check, keys };
}
