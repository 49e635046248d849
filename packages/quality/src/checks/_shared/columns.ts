import type { CheckContext } from "@ciudata/table";
import { fieldIndex } from "../../text";

/**
 * The 0-based columns a check reads: those named in its `fields` option (matched like `fieldIndex`:
 * by field name, label, then folded) or every column, and the names the table does not have.
 *
 * @example
 * ```ts
 * selectColumns(ctx, ["barrio", "zz"]); //=> { indexes: [0], missing: ["zz"] }
 * ```
 */
export function selectColumns(
  ctx: Pick<CheckContext, "fields" | "labels">,
  fields: readonly string[] | undefined,
): { indexes: number[]; missing: string[] } {
  const indexes: number[] = [];
  const missing: string[] = [];
  if (fields) {
    for (const name of fields) {
      const i = fieldIndex(ctx, name);
      if (i < 0) missing.push(name);
      else indexes.push(i);
    }
  } else for (let i = 0; i < ctx.fields.length; i++) indexes.push(i);
  return { indexes, missing };
}
