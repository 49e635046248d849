import type { Field } from "@ciudata/table";

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * A reader of the usual cell of an `integer` or `number` field straight to a float, with no object
 * per cell: a minus, digits (group chars between them when the field has one), a decimal part,
 * at most 15 digits in all and no leading zero. The float is the one the field's caster gives
 * (digits and 10^k are exact, so their quotient is the correctly rounded value). Any other cell gives
 * `NaN`: the caster reads it. `null` when the field has no such cells (other types, `bareNumber: false`)
 * or a missing value would read as a number.
 * @internal
 *
 * @example
 * ```ts
 * fastNumber({ name: "monto", type: "number", decimalChar: ",", groupChar: "." }, [""])?.("-1.234,5"); //=> -1234.5
 * ```
 */
export function fastNumber(
  field: Field,
  missingValues: readonly string[],
): ((cell: string) => number) | null {
  if ((field.type !== "integer" && field.type !== "number") || field.bareNumber === false) return null;
  const decimal = field.type === "number" ? (field.decimalChar ?? ".") : "";
  const group = field.groupChar ?? "";
  if (decimal.length > 1 || group.length > 1 || (field.type === "integer" && group !== "")) return null;
  const decimalCode = decimal === "" ? -1 : decimal.charCodeAt(0);
  const groupCode = group === "" ? -1 : group.charCodeAt(0);
  const read = (cell: string): number => {
    const n = cell.length;
    const negative = cell.charCodeAt(0) === 45;
    let i = negative ? 1 : 0;
    const first = cell.charCodeAt(i);
    if (!(first >= 49 && first <= 57)) return Number.NaN;
    let digits = 0;
    let numerator = 0;
    let afterDigit = false;
    let c = 0;
    for (; i < n; i++) {
      c = cell.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        numerator = numerator * 10 + (c - 48);
        digits++;
        afterDigit = true;
      } else if (c === groupCode && afterDigit) afterDigit = false;
      else break;
    }
    if (!afterDigit) return Number.NaN;
    let scale = 0;
    if (i < n) {
      if (c !== decimalCode || i === n - 1) return Number.NaN;
      for (i++; i < n; i++) {
        c = cell.charCodeAt(i);
        if (c < 48 || c > 57) return Number.NaN;
        numerator = numerator * 10 + (c - 48);
        scale++;
      }
    }
    if (digits + scale > 15) return Number.NaN;
    const value = numerator / (POW10[scale] as number);
    return negative ? -value : value;
  };
  const missing = field.missingValues ?? missingValues;
  return missing.some((m) => !Number.isNaN(read(m))) ? null : read;
}
