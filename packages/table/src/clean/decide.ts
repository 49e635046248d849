import { fixedDateIso } from "../cast/date-fast";
import { isCastFailure } from "../cast/failure";
import { createTypeCaster } from "../cast/type-caster";
import { inferField } from "../infer/infer-field";
import { COMMON_MISSING_TOKENS } from "../infer/missing";
import { guessNumberStyle } from "../infer/number-style";
import { guessTemporal } from "../infer/temporal";
import type { CleanNote, ColumnDecision } from "./changes";

const MISSING = new Set(COMMON_MISSING_TOKENS);

/** A value rewritten, or `null` when it does not read in the column's convention (left as it is). */
export type Converter = (value: string) => string | null;

/** The sampled values of a column that say something: not blank, not a missing-value token. */
export const telling = (values: readonly string[]): string[] =>
  values.filter((v) => v !== "" && !MISSING.has(v));

const DECIMAL_COMMA: Readonly<Record<string, RegExp>> = {
  "": /^[+-]?\d+(,\d+)?$/,
  ".": /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
  " ": /^[+-]?(\d{1,3}( \d{3})+|\d+)(,\d+)?$/,
};

/**
 * How a column writes its numbers, decided as `validate` infers it (the same `inferField` on the sample):
 * a `number` column with a decimal comma, unless another style reads the sample as well (`1.234`).
 */
export function decideDecimal(
  column: string,
  values: readonly string[],
  notes: CleanNote[],
): ColumnDecision["decimal"] | undefined {
  const field = inferField(column, values);
  if (field.type !== "number" || field.decimalChar !== ",") return undefined;
  if (guessNumberStyle(values)?.ambiguous) {
    notes.push({ step: "decimal-comma", column, reason: "ambiguous-number" });
    return undefined;
  }
  return field.groupChar ? { groupChar: field.groupChar } : {};
}

/** `1.234,5` → `1234.5` in a decimal-comma column; a value of another shape is left (`null`). */
export function decimalConverter(style: NonNullable<ColumnDecision["decimal"]>): Converter {
  const group = style.groupChar ?? "";
  const re = DECIMAL_COMMA[group] ?? DECIMAL_COMMA[""];
  const general: Converter = (value) => {
    if (!(re as RegExp).test(value)) return null;
    const plain = group && value.includes(group) ? value.replaceAll(group, "") : value;
    const comma = plain.indexOf(",");
    return comma === -1 ? plain : `${plain.slice(0, comma)}.${plain.slice(comma + 1)}`;
  };
  // The usual shapes (`-1.234,56`, `12,5`) by one pass over the char codes; the general path answers
  // whatever that pass does not take (a lone group separator, an unusual shape), so results are the same.
  const fast = group === "" || group === "." || group === " " ? decimalByHand(group.charCodeAt(0)) : null;
  return fast ? (value) => fast(value) ?? general(value) : general;
}

/**
 * `[+-]?digits(,digits)?` or, with a group separator, `[+-]?d{1,3}(<g>ddd)+(,digits)?`, rewritten in one
 * pass; `undefined` when the value is not of that exact shape (the general path decides then). @internal
 */
export function decimalByHand(group: number): (value: string) => string | undefined {
  return (value) => {
    const n = value.length;
    let i = 0;
    const sign = value.charCodeAt(0);
    if (sign === 43 || sign === 45) i = 1;
    let out = "";
    let from = 0;
    let run = 0;
    let groups = 0;
    for (; i < n; i++) {
      const c = value.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        run++;
        continue;
      }
      if (c === group) {
        // A group: 1 to 3 digits before the first, exactly 3 between.
        if (groups === 0 ? run < 1 || run > 3 : run !== 3) return undefined;
        groups++;
        out += value.slice(from, i);
        from = i + 1;
        run = 0;
        continue;
      }
      if (c !== 44) return undefined;
      if (run === 0 || (groups > 0 && run !== 3)) return undefined;
      // The comma: digits must follow, and nothing else.
      if (i === n - 1) return undefined;
      for (let k = i + 1; k < n; k++) {
        const d = value.charCodeAt(k);
        if (d < 48 || d > 57) return undefined;
      }
      return `${out}${value.slice(from, i)}.${value.slice(i + 1)}`;
    }
    if (run === 0 || (groups > 0 && run !== 3)) return undefined;
    return groups === 0 ? value : out + value.slice(from);
  };
}

/**
 * The date format of a column, as `validate` infers it; a day/month column both readings fit is not
 * converted (a note says so) unless the user names its format.
 */
export function decideDate(
  column: string,
  values: readonly string[],
  given: string | undefined,
  notes: CleanNote[],
): ColumnDecision["date"] | undefined {
  if (given !== undefined)
    return { type: /%[HIMSp]/.test(given) ? "datetime" : "date", format: given, given: true };
  const field = inferField(column, values);
  if ((field.type !== "date" && field.type !== "datetime") || !field.format || field.format === "default")
    return undefined;
  const guess = guessTemporal(values);
  if (guess?.ambiguous) {
    notes.push({ step: "iso-dates", column, reason: "ambiguous-day-month", format: field.format });
    return undefined;
  }
  return { type: field.type, format: field.format, given: false };
}

/** A date or datetime in its column's format → ISO 8601 (`2024-03-12`, `2024-03-12T10:30:00`). */
export function dateConverter(date: NonNullable<ColumnDecision["date"]>): Converter {
  const cast = createTypeCaster({ type: date.type, format: date.format });
  const utc = /%z/i.test(date.format);
  const general: Converter = (value) => {
    const read = cast(value);
    if (isCastFailure(read)) return null;
    if (read instanceof Date) {
      const iso = read.toISOString();
      const base = iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, -1);
      return utc ? `${base}Z` : base;
    }
    return String(read);
  };
  // The usual zero-padded shapes (`31/12/2024`) are rewritten by moving their digits; the rest by the caster.
  // The fast path keeps each day's text; what it does not take is remembered per distinct text.
  const fast = date.type === "date" ? fixedDateIso(date.format) : null;
  const slow = remembered(general);
  return fast ? (value) => fast(value) ?? slow(value) : slow;
}

/** Distinct texts a converter remembers the answer for (past it, values are read one by one). */
const MEMO = 1 << 16;

/**
 * A function of a text that answers each distinct text once (dates, sexes, masks repeat: a few
 * thousand distinct values in a million rows), the answers kept in a bounded memo (`size` texts; past
 * it, texts are answered one by one).
 *
 * @example
 * ```ts
 * const upper = remembered((v) => v.toUpperCase(), 1000);
 * upper("centro"); //=> "CENTRO" (computed)
 * upper("centro"); //=> "CENTRO" (remembered)
 * ```
 */
export function remembered<T extends string | null>(
  convert: (value: string) => T,
  size = MEMO,
): (value: string) => T {
  const memo = new Map<string, T>();
  return (value) => {
    const known = memo.get(value);
    if (known !== undefined) return known;
    const answer = convert(value);
    if (memo.size < size) memo.set(value, answer);
    return answer;
  };
}
