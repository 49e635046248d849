import type { Field } from "../schema/field";
import { canonicalFromText, Decimal, isSpace } from "./decimal";
import { AMBIGUOUS_NUMBER, type CastFailure, TYPE_FAILURE } from "./failure";

/** The number options of a field. */
export type NumberOptions = Pick<Field, "decimalChar" | "groupChar" | "bareNumber">;

/**
 * Strips what surrounds a non-bare number (`€-12`, `95%`, `1000‰`, `$10`): leading chars that cannot
 * start a number and trailing chars that are not digits. `null` when nothing numeric is left.
 * @internal
 * @example
 * ```ts
 * stripNonBare("€-12.3 ", 46); // "-12.3"
 * ```
 */
export function stripNonBare(cell: string, decimalFirst: number): string {
  let start = 0;
  let end = cell.length;
  while (start < end) {
    const c = cell.charCodeAt(start);
    if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === decimalFirst) break;
    start++;
  }
  while (end > start) {
    const c = cell.charCodeAt(end - 1);
    if (c >= 48 && c <= 57) break;
    end--;
  }
  return start === 0 && end === cell.length ? cell : cell.slice(start, end);
}

function isSpecial(cell: string): boolean {
  let i = 0;
  let end = cell.length;
  while (i < end && isSpace(cell.charCodeAt(i))) i++;
  while (end > i && isSpace(cell.charCodeAt(end - 1))) end--;
  const c = cell.charCodeAt(i);
  if (c === 45 || c === 43) i++;
  const n = end - i;
  if (n !== 3 && n !== 8) return false;
  const rest = cell.slice(i, end).toLowerCase();
  return rest === "nan" || rest === "inf" || rest === "infinity";
}

/**
 * Builds the caster of a `number` field: an exact {@link Decimal}, or a failure. The group separator
 * is removed BEFORE the decimal one is read (`8.699,8` → 8699.8); under a decimal comma without a
 * group char, a `.` makes the cell ambiguous (`1.234` → failure `ambiguous-number`).
 *
 * @example
 * ```ts
 * const cast = createNumberCaster({ decimalChar: ",", groupChar: "." });
 * String(cast("10.000.000,00")); // "10000000"
 * ```
 */
export function createNumberCaster(options: NumberOptions = {}): (cell: string) => Decimal | CastFailure {
  const decimalChar = options.decimalChar ?? ".";
  const groupChar = options.groupChar;
  const bare = options.bareNumber ?? true;
  const decimalCode = decimalChar.length === 1 ? decimalChar.charCodeAt(0) : 46;
  const multiCharDecimal = decimalChar.length > 1;

  if (decimalChar === "." && groupChar === undefined && bare) {
    return (cell) => {
      const text = canonicalFromText(cell, 46);
      return text === null ? TYPE_FAILURE : new Decimal(text);
    };
  }

  const general = (cell: string): Decimal | CastFailure => {
    let s = cell;
    if (!bare && !isSpecial(s)) s = stripNonBare(s, decimalCode);
    if (groupChar !== undefined && s.includes(groupChar)) s = s.replaceAll(groupChar, "");
    if (decimalChar !== "." && s.includes(".")) {
      return canonicalFromText(s, 46) === null ? TYPE_FAILURE : AMBIGUOUS_NUMBER;
    }
    if (multiCharDecimal) s = s.replaceAll(decimalChar, ".");
    const text = canonicalFromText(s, decimalCode);
    return text === null ? TYPE_FAILURE : new Decimal(text);
  };
  if (!bare || multiCharDecimal || (groupChar !== undefined && groupChar.length !== 1)) return general;

  // Hot path for plain cells (`-1.234.567,89`): one scan, group chars dropped, no other strings built.
  // Anything else (spaces, exponents, NaN, a stray `.` under decimal comma) takes the general path.
  const groupCode = groupChar === undefined ? -1 : groupChar.charCodeAt(0);
  return (cell) => {
    const simple = plainDecimal(cell, groupCode, decimalCode);
    if (simple !== null) return simple;
    const plain = withoutGroups(cell, groupCode, decimalCode);
    if (plain === null) return general(cell);
    const text = canonicalFromText(plain, decimalCode);
    return text === null ? TYPE_FAILURE : new Decimal(text);
  };
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * One scan for the usual cell (`-1.234.567,89`): a sign, digits with group chars between them, a
 * decimal part, nothing else, at most 15 significant digits and no leading zero. Gives the canonical
 * text and the float at once: numerator and 10^k are exact, so their quotient is the correctly
 * rounded value, the same as `Number(text)`. `null` sends the cell to the general path.
 * @internal
 * @example
 * ```ts
 * plainDecimal("-1.234,50", 46, 44)?.toString(); // "-1234.5"
 * ```
 */
export function plainDecimal(cell: string, groupCode: number, decimalCode: number): Decimal | null {
  const n = cell.length;
  let i = 0;
  const first = cell.charCodeAt(0);
  const negative = first === 45;
  if (negative || first === 43) i = 1;
  if (i >= n || cell.charCodeAt(i) === 48) return null;
  const intStart = i;
  let intText = "";
  let segment = i;
  let digits = 0;
  let numerator = 0;
  let previousDigit = false;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      numerator = numerator * 10 + (c - 48);
      digits++;
      previousDigit = true;
    } else if (c === groupCode && previousDigit) {
      intText += cell.slice(segment, i);
      segment = i + 1;
      previousDigit = false;
    } else break;
  }
  if (!previousDigit) return null;
  intText = segment === intStart ? cell.slice(intStart, i) : intText + cell.slice(segment, i);
  let fraction = "";
  let k = 0;
  if (i < n) {
    if (cell.charCodeAt(i) !== decimalCode) return null;
    const fracStart = ++i;
    for (; i < n; i++) {
      const c = cell.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      numerator = numerator * 10 + (c - 48);
      k++;
    }
    if (k === 0) return null;
    let end = n;
    while (end > fracStart && cell.charCodeAt(end - 1) === 48) end--;
    if (end > fracStart) fraction = `.${cell.slice(fracStart, end)}`;
  }
  if (digits + k > 15) return null;
  const value = numerator / (POW10[k] as number);
  return Decimal.withFloat((negative ? "-" : "") + intText + fraction, negative ? -value : value);
}

/** `cell` without group chars when it is only sign, digits, group chars after digits and one decimal char; else null. */
function withoutGroups(cell: string, groupCode: number, decimalCode: number): string | null {
  const n = cell.length;
  let i = 0;
  const first = cell.charCodeAt(0);
  if (first === 45 || first === 43) i = 1;
  let out: string | null = null;
  let segment = 0;
  let previousDigit = false;
  let sawDecimal = false;
  for (; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      previousDigit = true;
    } else if (c === groupCode && previousDigit && !sawDecimal) {
      out = (out ?? "") + cell.slice(segment, i);
      segment = i + 1;
      previousDigit = false;
    } else if (c === decimalCode && !sawDecimal) {
      sawDecimal = true;
      previousDigit = false;
    } else return null;
  }
  return out === null ? cell : out + cell.slice(segment);
}
