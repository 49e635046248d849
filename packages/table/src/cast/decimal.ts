/** Beyond this many padding zeros a canonical decimal is written in scientific notation. */
const MAX_PLAIN_ZEROS = 40;

/**
 * Canonical text for `0.digits × 10^point` style input: `digits` (no sign), with the decimal point
 * `point` places from the left of `digits` (may be negative or past the end).
 * @internal
 * @example
 * ```ts
 * canonicalDecimal(true, "012340", 3); // "-12.34"
 * ```
 */
export function canonicalDecimal(negative: boolean, digits: string, point: number): string {
  let start = 0;
  let end = digits.length;
  while (start < end && digits.charCodeAt(start) === 48) {
    start++;
    point--;
  }
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  if (start === end) return "0";
  const d = start === 0 && end === digits.length ? digits : digits.slice(start, end);
  const sign = negative ? "-" : "";
  const n = d.length;
  if (point <= 0) {
    if (-point <= MAX_PLAIN_ZEROS) return `${sign}0.${"0".repeat(-point)}${d}`;
  } else if (point >= n) {
    if (point - n <= MAX_PLAIN_ZEROS) return sign + d + "0".repeat(point - n);
  } else {
    return `${sign}${d.slice(0, point)}.${d.slice(point)}`;
  }
  const exp = point - 1;
  const mantissa = n === 1 ? d : `${d[0]}.${d.slice(1)}`;
  return `${sign}${mantissa}e${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
}

/**
 * Reads numeric text (`-1.50`, `.5`, `1e-3`, `NaN`, `Infinity`, `-inf`, surrounding whitespace allowed)
 * with `decimal` as the decimal separator's char code, into canonical decimal text, or `null`.
 * Allocation-free for already canonical input (the hot path of number casting).
 * @internal
 * @example
 * ```ts
 * canonicalFromText(" 1,50 ", 44); // "1.5"
 * ```
 */
export function canonicalFromText(s: string, decimal = 46): string | null {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  if (start === end) return null;
  let i = start;
  let negative = false;
  let plus = false;
  let c = s.charCodeAt(i);
  if (c === 45 || c === 43) {
    negative = c === 45;
    plus = !negative;
    i++;
    c = s.charCodeAt(i);
  }
  if (!isDigit(c) && c !== decimal) return special(s.slice(i, end).toLowerCase(), negative);
  const intStart = i;
  while (i < end && isDigit(s.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < end && s.charCodeAt(i) === decimal) {
    i++;
    fracStart = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    fracEnd = i;
  }
  if (intEnd === intStart && fracEnd === fracStart) return null;
  let exp = 0;
  let hasExp = false;
  if (i < end && (s.charCodeAt(i) | 32) === 101) {
    hasExp = true;
    i++;
    let expNegative = false;
    const e = s.charCodeAt(i);
    if (e === 45 || e === 43) {
      expNegative = e === 45;
      i++;
    }
    const expStart = i;
    while (i < end && isDigit(s.charCodeAt(i))) i++;
    if (i === expStart || i - expStart > 9) return null;
    exp = Number(s.slice(expStart, i)) * (expNegative ? -1 : 1);
  }
  if (i !== end) return null;
  if (!hasExp && !plus && decimal === 46) {
    // Fast path: slice the input when it is already canonical.
    let a = intStart;
    while (a < intEnd && s.charCodeAt(a) === 48) a++;
    let b = fracEnd;
    while (b > fracStart && s.charCodeAt(b - 1) === 48) b--;
    if (a === intEnd && b === fracStart) return "0";
    const from = negative ? intStart - 1 : intStart;
    if (a === intStart && a < intEnd) return s.slice(from, b > fracStart ? b : intEnd);
    if (a === intEnd && intEnd - intStart === 1 && b - fracStart <= MAX_PLAIN_ZEROS) return s.slice(from, b);
  }
  const digits = s.slice(intStart, intEnd) + s.slice(fracStart, fracEnd);
  return canonicalDecimal(negative, digits, intEnd - intStart + exp);
}

function special(rest: string, negative: boolean): string | null {
  if (rest === "nan") return "NaN";
  if (rest === "inf" || rest === "infinity") return negative ? "-Infinity" : "Infinity";
  return null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whitespace Python's `Decimal()`/`int()` strip: space, tab, newlines, NBSP.
 * @example
 * ```ts
 * isSpace(" ".charCodeAt(0)); // true
 * ```
 */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

/** Splits canonical text into sign, significant digits and point position (finite values only). */
/** Plain decimal text (no exponent) with at most 15 significant digits: exact and order-preserving as a float. */
function fitsFloat(canonical: string): boolean {
  if (canonical.length > 17) return false;
  let digits = 0;
  let leading = true;
  for (let i = 0; i < canonical.length; i++) {
    const c = canonical.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (leading && c === 48) continue;
      leading = false;
      digits++;
    } else if (c !== 45 && c !== 46) return false;
  }
  return digits <= 15;
}

function parts(canonical: string): { negative: boolean; digits: string; point: number } {
  let s = canonical;
  const negative = s.charCodeAt(0) === 45;
  if (negative) s = s.slice(1);
  let exp = 0;
  const e = s.indexOf("e");
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const dot = s.indexOf(".");
  const intPart = dot >= 0 ? s.slice(0, dot) : s;
  const frac = dot >= 0 ? s.slice(dot + 1) : "";
  let digits = intPart + frac;
  let point = intPart.length + exp;
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 48) {
    k++;
    point--;
  }
  digits = digits.slice(k);
  return { negative, digits, point };
}

/**
 * An exact decimal number as read from a cell: keeps the canonical decimal text, so money never goes
 * through float rounding. Compare with `<`/`>` (via `valueOf`), or exactly with {@link Decimal.compare}.
 *
 * @example
 * ```ts
 * const a = Decimal.parse("0.1")!;
 * a.toString();          // "0.1"
 * a.toNumber() + 0.2;    // 0.30000000000000004 (only when you ask for a float)
 * Decimal.parse("10.00")!.equals("10"); // true
 * ```
 */
export class Decimal {
  readonly #text: string;
  /** The value as a float when that is exact and order-preserving (≤ 15 significant digits), else NaN. */
  #fast: number | undefined;

  /** @internal Use {@link Decimal.parse} or {@link Decimal.from}: `text` must already be canonical. */
  constructor(canonicalText: string) {
    this.#text = canonicalText;
  }

  /**
   * A Decimal whose float value is already known exactly (the number caster's hot path).
   * @internal
   * @example
   * ```ts
   * Decimal.withFloat("12.5", 12.5).compare("12.50"); // 0
   * ```
   */
  static withFloat(canonicalText: string, float: number): Decimal {
    const d = new Decimal(canonicalText);
    d.#fast = float;
    return d;
  }

  /**
   * Parses JS-style numeric text (`"-1.50"`, `"1e3"`, `"NaN"`, `"-Infinity"`); `null` when invalid.
   *
   * @example
   * ```ts
   * Decimal.parse("001.50")?.toString(); // "1.5"
   * ```
   */
  static parse(text: string): Decimal | null {
    const c = canonicalFromText(text);
    return c === null ? null : new Decimal(c);
  }

  /**
   * Converts a number, bigint, numeric string or Decimal; throws `RangeError` on invalid text.
   *
   * @example
   * ```ts
   * Decimal.from(0.5).toString(); // "0.5"
   * ```
   */
  static from(value: Decimal | number | bigint | string): Decimal {
    if (value instanceof Decimal) return value;
    const d = Decimal.parse(String(value));
    if (d === null) throw new RangeError(`not a decimal number: ${String(value)}`);
    return d;
  }

  /** `true` unless NaN or ±Infinity. @example Decimal.from(1).isFinite(); // true */
  isFinite(): boolean {
    const c = this.#text.charCodeAt(this.#text.length - 1);
    return c >= 48 && c <= 57;
  }

  /** `true` for NaN. @example Decimal.parse("nan")!.isNaN(); // true */
  isNaN(): boolean {
    return this.#text === "NaN";
  }

  /** `true` when there is no fractional part. @example Decimal.parse("10.00")!.isInteger(); // true */
  isInteger(): boolean {
    if (!this.isFinite()) return false;
    const { digits, point } = parts(this.#text);
    return point >= digits.length;
  }

  /** The canonical decimal text (`"8699.8"`, `"-0.05"`, `"1e+60"`). @example Decimal.from("1.10").toString(); // "1.1" */
  toString(): string {
    return this.#text;
  }

  /** The nearest JS number (may round). @example Decimal.from("0.1").toNumber(); // 0.1 */
  toNumber(): number {
    return Number(this.#text);
  }

  /** The nearest JS number, so `a < b` and `a * 2` work. @example Decimal.from("2").valueOf(); // 2 */
  valueOf(): number {
    return Number(this.#text);
  }

  /**
   * JSON form: a number when it round-trips exactly (`"0.1"` → `0.1`), else the decimal text
   * (`"0.10000000000000000001"`), so serialising never loses digits.
   *
   * @example
   * ```ts
   * JSON.stringify({ monto: Decimal.from("12.5") }); // '{"monto":12.5}'
   * ```
   */
  toJSON(): number | string {
    if (!this.isFinite()) return this.#text;
    const n = Number(this.#text);
    const back = canonicalFromText(String(n));
    return back === this.#text ? n : this.#text;
  }

  /**
   * Exact comparison: -1, 0 or 1 (NaN compares as `NaN`).
   *
   * @example
   * ```ts
   * Decimal.from("0.3").compare("0.30"); // 0
   * ```
   */
  compare(other: Decimal | number | bigint | string): number {
    const that = Decimal.from(other);
    // Hot path (range constraints on every cell): both fit a float exactly, so float order is exact order.
    const fa = this.#fastValue();
    const fb = that.#fastValue();
    if (!Number.isNaN(fa) && !Number.isNaN(fb)) return fa < fb ? -1 : fa > fb ? 1 : 0;
    const a = this.#text;
    const b = that.#text;
    if (a === b) return a === "NaN" ? Number.NaN : 0;
    if (a === "NaN" || b === "NaN") return Number.NaN;
    if (a === "-Infinity" || b === "Infinity") return -1;
    if (a === "Infinity" || b === "-Infinity") return 1;
    const pa = parts(a);
    const pb = parts(b);
    const za = pa.digits === "0";
    const zb = pb.digits === "0";
    const sa = za ? 0 : pa.negative ? -1 : 1;
    const sb = zb ? 0 : pb.negative ? -1 : 1;
    if (sa !== sb) return sa < sb ? -1 : 1;
    if (sa === 0) return 0;
    let magnitude: number;
    if (pa.point !== pb.point) magnitude = pa.point < pb.point ? -1 : 1;
    else {
      const n = Math.max(pa.digits.length, pb.digits.length);
      const da = pa.digits.padEnd(n, "0");
      const db = pb.digits.padEnd(n, "0");
      magnitude = da === db ? 0 : da < db ? -1 : 1;
    }
    return sa * magnitude;
  }

  #fastValue(): number {
    if (this.#fast === undefined) this.#fast = fitsFloat(this.#text) ? Number(this.#text) : Number.NaN;
    return this.#fast;
  }

  /**
   * Exact equality (`10.00` equals `10`); NaN equals nothing.
   *
   * @example
   * ```ts
   * Decimal.from("8699.80").equals(8699.8); // true
   * ```
   */
  equals(other: Decimal | number | bigint | string): boolean {
    return this.compare(other) === 0;
  }
}
