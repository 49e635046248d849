import { Decimal, PlainDate } from "@ciudata/table";

/**
 * A compact string key under which equal logical values collide, as Python's `==`/hash do for the
 * values frictionless compares: `1`, `1.0` and `Decimal("1.00")` share `"n1"`; strings keep their text.
 * Sets of keys (not of objects) keep unique, primary and foreign key checks small in memory.
 *
 * @example
 * ```ts
 * valueKey(Decimal.from("10.0")) === valueKey(10); // true
 * valueKey("02007"); //=> "s02007"
 * ```
 */
export function valueKey(v: unknown): string {
  switch (typeof v) {
    case "string":
      return `s${v}`;
    case "number":
      return Number.isInteger(v) ? `n${v}` : `n${Decimal.from(v).toString()}`;
    case "bigint":
      return `n${v}`;
    case "boolean":
      return v ? "b1" : "b0";
    case "undefined":
      return "z";
    case "object":
      if (v === null) return "z";
      if (v instanceof Decimal) return `n${v.toString()}`;
      if (v instanceof Date) return `t${v.getTime()}`;
      if (v instanceof PlainDate) return `d${v.toString()}`;
      return `j${JSON.stringify(v, (_k, x: unknown) => (typeof x === "bigint" ? x.toString() : x))}`;
    default:
      return `?${String(v)}`;
  }
}

/** The separator of composite keys: a control character no cell holds in practice. */
const SEP = "\u001f";

/**
 * The key of several values (a composite key), or `null` when every part is null (SQL-style: such a
 * key never collides and is never looked up).
 *
 * @example
 * ```ts
 * tupleKey(["a", 1]); //=> "sa\u001fn1"
 * tupleKey([null, undefined]); //=> null
 * ```
 */
export function tupleKey(values: readonly unknown[]): string | null {
  let allNull = true;
  let key = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && v !== undefined) allNull = false;
    key += i === 0 ? valueKey(v) : SEP + valueKey(v);
  }
  return allNull ? null : key;
}
