import { Decimal } from "./decimal";
import { PlainDate } from "./plain-date";

/**
 * A string key under which equal logical values collide (for enum sets, unique and primary keys):
 * `Decimal("10.0")` and `Decimal("10")` share one, dates by instant, arrays/objects by JSON.
 *
 * @example
 * ```ts
 * valueKey(Decimal.from("10.0")) === valueKey(Decimal.from("10")); // true
 * ```
 */
export function valueKey(v: unknown): string {
  switch (typeof v) {
    case "string":
      return `s:${v}`;
    case "number":
    case "bigint":
      return `n:${String(v)}`;
    case "boolean":
      return v ? "b:1" : "b:0";
    case "object":
      if (v === null) return "null";
      if (v instanceof Decimal) return `n:${v.toString()}`;
      if (v instanceof Date) return `t:${v.getTime()}`;
      if (v instanceof PlainDate) return `d:${v.toString()}`;
      return `j:${JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x))}`;
    default:
      return `?:${String(v)}`;
  }
}
