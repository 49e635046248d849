import type { CheckContext, Field } from "@ciudata/table";
import { DistinctCounter } from "./distinct";
import { fieldIndex } from "./fields";

/** A column a check counts distinct values of. */
export interface CountedColumn {
  index: number;
  counter: DistinctCounter;
}

/**
 * The columns a distinct-value check looks at: the named `fields` (the names it cannot find go to
 * `missing`), or, without names, every field `byDefault` accepts; each with its own bounded counter.
 * @internal
 *
 * @example
 * ```ts
 * const { columns, missing } = countedColumns(ctx, ["barrio"], 5000, isCategoryField);
 * ```
 */
export function countedColumns(
  ctx: CheckContext,
  fields: readonly string[] | undefined,
  limit: number,
  byDefault: (field: Field) => boolean,
): { columns: CountedColumn[]; missing: string[] } {
  const columns: CountedColumn[] = [];
  const missing: string[] = [];
  if (fields) {
    for (const name of fields) {
      const index = fieldIndex(ctx, name);
      if (index < 0) missing.push(name);
      else columns.push({ index, counter: new DistinctCounter(limit) });
    }
  } else {
    ctx.fields.forEach((f, index) => {
      if (byDefault(f)) columns.push({ index, counter: new DistinctCounter(limit) });
    });
  }
  return { columns, missing };
}
