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
  const read = fastNumberBytes(field, missingValues);
  if (read === null) return null;
  const scratch = new Uint8Array(LONGEST);
  return (cell) => {
    const n = cell.length;
    if (n > LONGEST) return Number.NaN;
    for (let i = 0; i < n; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 0x80) return Number.NaN;
      scratch[i] = c;
    }
    return read(scratch, 0, n);
  };
}

/** The longest cell {@link fastNumber} reads: a minus, 15 digits, 4 group chars and a decimal char. */
const LONGEST = 21;

/**
 * {@link fastNumber} over the UTF-8 bytes `bytes[start, end)` of a cell, with no string made: the same
 * float for the same cell, `NaN` for any other, `null` where `fastNumber` is.
 * @internal
 *
 * @example
 * ```ts
 * const read = fastNumberBytes({ name: "monto", type: "number", decimalChar: "," }, [""]);
 * read?.(new TextEncoder().encode("x;-12,5"), 2, 7); //=> -12.5
 * ```
 */
export function fastNumberBytes(
  field: Field,
  missingValues: readonly string[],
): ((bytes: Uint8Array, start: number, end: number) => number) | null {
  if ((field.type !== "integer" && field.type !== "number") || field.bareNumber === false) return null;
  const decimal = field.type === "number" ? (field.decimalChar ?? ".") : "";
  const group = field.groupChar ?? "";
  if (decimal.length > 1 || group.length > 1 || (field.type === "integer" && group !== "")) return null;
  // A char past ASCII is more than one byte: such a decimal or group char is left to the caster.
  const decimalCode = decimal === "" ? -1 : decimal.charCodeAt(0);
  const groupCode = group === "" ? -1 : group.charCodeAt(0);
  if (decimalCode >= 0x80 || groupCode >= 0x80) return null;
  const read = (bytes: Uint8Array, start: number, n: number): number => {
    const negative = bytes[start] === 45;
    let i = negative ? start + 1 : start;
    const first = i < n ? (bytes[i] as number) : 0;
    if (!(first >= 49 && first <= 57)) return Number.NaN;
    let digits = 0;
    let numerator = 0;
    let afterDigit = false;
    let c = 0;
    for (; i < n; i++) {
      c = bytes[i] as number;
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
        c = bytes[i] as number;
        if (c < 48 || c > 57) return Number.NaN;
        numerator = numerator * 10 + (c - 48);
        scale++;
      }
    }
    if (digits + scale > 15) return Number.NaN;
    const value = numerator / (POW10[scale] as number);
    return negative ? -value : value;
  };
  const encoder = new TextEncoder();
  const missing = field.missingValues ?? missingValues;
  return missing.some((m) => {
    const b = encoder.encode(m);
    return !Number.isNaN(read(b, 0, b.length));
  })
    ? null
    : read;
}
