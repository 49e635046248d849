import type { Check } from "@ciudata/table";
import { cellError, requiredFieldIndex, valueKey } from "../_shared";

/** Options of {@link forbiddenValue}. */
export interface ForbiddenValueOptions {
  fieldName: string;
  /** Values that must not appear (compared with the cast value: `2` matches an integer 2, not the text "2"). */
  values: readonly unknown[];
}

/** Python's repr of a list, for frictionless-compatible notes. */
function pyList(values: readonly unknown[]): string {
  const repr = (v: unknown) =>
    v === null
      ? "None"
      : typeof v === "string"
        ? `'${v}'`
        : typeof v === "boolean"
          ? v
            ? "True"
            : "False"
          : String(v);
  return `[${values.map(repr).join(", ")}]`;
}

/**
 * `forbidden-value`: a field holds a value from a blacklist (frictionless-py's `forbidden_value`),
 * e.g. placeholders like `"s/d"` or `-999`. A missing field is a `check-error`.
 *
 * @example
 * ```ts
 * await validate(csv, { checks: [forbiddenValue({ fieldName: "edad", values: [-999, 999] })] });
 * ```
 */
export function forbiddenValue(options: ForbiddenValueOptions): Check {
  const forbidden = new Set(options.values.map(valueKey));
  const note = `forbidden values are "${pyList(options.values)}"`;
  let index = -1;
  return {
    name: "forbidden-value",
    onStart(ctx) {
      index = requiredFieldIndex(
        ctx,
        options.fieldName,
        `forbidden value check requires field "${options.fieldName}"`,
      );
    },
    onRow(row, ctx) {
      if (index < 0) return;
      if (forbidden.has(valueKey(row.values[index])))
        ctx.report(cellError("forbidden-value", row, ctx, index, { note, params: { expected: null } }));
    },
  };
}
