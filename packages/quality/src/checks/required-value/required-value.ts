import { type Check, tableError } from "@ciudata/table";
import { requiredFieldIndex, valueKey } from "../_shared";

/** Options of {@link requiredValue}. */
export interface RequiredValueOptions {
  fieldName: string;
  /** Values that must appear at least once (compared with the cast value). */
  values: readonly unknown[];
}

/**
 * `required-value`: each listed value appears in the field at least once (frictionless-py's
 * `required_value`), e.g. every commune of the region in a regional table. One error per value never
 * seen, at the end. A missing field is a `check-error`.
 *
 * @example
 * ```ts
 * await validate(csv, { checks: [requiredValue({ fieldName: "comuna", values: ["Capital", "Godoy Cruz"] })] });
 * ```
 */
export function requiredValue(options: RequiredValueOptions): Check {
  const wanted = new Map(options.values.map((v) => [valueKey(v), v] as const));
  const found = new Set<string>();
  let index = -1;
  return {
    name: "required-value",
    onStart(ctx) {
      index = requiredFieldIndex(
        ctx,
        options.fieldName,
        `required value check requires field "${options.fieldName}" to exist`,
      );
    },
    onRow(row) {
      if (index < 0 || found.size === wanted.size) return;
      const key = valueKey(row.values[index]);
      if (wanted.has(key)) found.add(key);
    },
    onFinish(ctx) {
      if (index < 0) return;
      for (const [key, value] of wanted) {
        if (found.has(key)) continue;
        const shown = value === null ? "None" : String(value);
        ctx.report(
          tableError("required-value", {
            note: `The value "${shown}" is required to be present in field "${options.fieldName}" in at least one row.`,
            params: { expected: shown, field: options.fieldName },
          }),
        );
      }
    },
  };
}
