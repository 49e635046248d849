import type { Field } from "../schema/field";
import { Decimal } from "./decimal";
import { type CastFailure, isCastFailure, TYPE_FAILURE } from "./failure";
import { type CasterField, createTypeCaster } from "./type-caster";

/**
 * Reads a value written in a descriptor (a constraint bound, an enum item) as the field's logical
 * value: strings are cast by the field's type (with its format, then the default format), numbers
 * become {@link Decimal}s for `number` fields; other JSON values are kept.
 *
 * @example
 * ```ts
 * castLiteral({ name: "d", type: "date", format: "%d/%m/%Y" }, "2024-01-31"); // Date (default format)
 * ```
 */
export function castLiteral(field: CasterField | Field, raw: unknown): unknown {
  if (typeof raw === "string") {
    const v = createTypeCaster(field)(raw);
    if (!isCastFailure(v) || field.format === undefined || field.format === "default") return v;
    const fallback = createTypeCaster({ ...field, format: "default" })(raw);
    return isCastFailure(fallback) ? v : fallback;
  }
  if (typeof raw === "number") {
    switch (field.type) {
      case "number":
        return Decimal.from(raw);
      case "integer":
      case "year":
        return Number.isInteger(raw) ? raw : TYPE_FAILURE;
      case "string":
      case "date":
      case "datetime":
      case "time":
      case "yearmonth":
      case "duration":
      case "boolean":
        return TYPE_FAILURE satisfies CastFailure;
      default:
        return raw;
    }
  }
  if (typeof raw === "boolean" && field.type !== "boolean" && field.type !== "any") return TYPE_FAILURE;
  return raw;
}
