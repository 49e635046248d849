import type { FieldType } from "../schema/field";
import { Decimal } from "./decimal";
import { PlainDate } from "./plain-date";

/** Orders two logical values of one type; `NaN` when they cannot be ordered. */
export type Comparator = (a: unknown, b: unknown) => number;

function sign(d: number): number {
  return d < 0 ? -1 : d > 0 ? 1 : d === 0 ? 0 : Number.NaN;
}

const plain: Comparator = (a, b) => {
  if ((typeof a !== "number" && typeof a !== "bigint") || (typeof b !== "number" && typeof b !== "bigint")) {
    return Number.NaN;
  }
  return a < b ? -1 : a > b ? 1 : 0;
};

const decimal: Comparator = (a, b) =>
  a instanceof Decimal && b instanceof Decimal ? a.compare(b) : Number.NaN;

const instant: Comparator = (a, b) => {
  if (a instanceof PlainDate && b instanceof PlainDate)
    return a.year !== b.year
      ? sign(a.year - b.year)
      : a.month !== b.month
        ? sign(a.month - b.month)
        : sign(a.day - b.day);
  return a instanceof Date && b instanceof Date ? sign(a.getTime() - b.getTime()) : Number.NaN;
};

/**
 * Seconds since midnight UTC of a normalised time string (a naive time is read as UTC).
 * @example
 * ```ts
 * timeSeconds("06:00:00+01:00"); // 18000
 * ```
 */
export function timeSeconds(t: string): number {
  const h = Number(t.slice(0, 2));
  const m = Number(t.slice(3, 5));
  let s = h * 3600 + m * 60 + Number(t.slice(6, 8));
  let i = 8;
  if (t[i] === ".") {
    const start = ++i;
    while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
    s += Number(`0.${t.slice(start, i)}`);
  }
  const z = t[i];
  if (z === "+" || z === "-") {
    const offset = Number(t.slice(i + 1, i + 3)) * 3600 + Number(t.slice(i + 4, i + 6)) * 60;
    s -= z === "+" ? offset : -offset;
  }
  return s;
}

const time: Comparator = (a, b) =>
  typeof a === "string" && typeof b === "string" ? sign(timeSeconds(a) - timeSeconds(b)) : Number.NaN;

const yearmonth: Comparator = (a, b) => {
  if (!Array.isArray(a) || !Array.isArray(b)) return Number.NaN;
  return sign(a[0] * 12 + a[1] - (b[0] * 12 + b[1]));
};

const SECONDS: Readonly<Record<string, number>> = {
  years: 365.2425 * 86400,
  months: 30.436875 * 86400,
  weeks: 7 * 86400,
  days: 86400,
  hours: 3600,
  minutes: 60,
  seconds: 1,
};

/**
 * Approximate length of a duration in seconds (a year = 365.2425 days, a month = 1/12 year).
 * @example
 * ```ts
 * durationSeconds({ hours: 1, minutes: 1 }); // 3660
 * ```
 */
export function durationSeconds(d: Readonly<Record<string, unknown>>): number {
  let total = 0;
  for (const [unit, value] of Object.entries(d))
    total += (SECONDS[unit] ?? 0) * (typeof value === "number" ? value : 0);
  return total;
}

const duration: Comparator = (a, b) =>
  typeof a === "object" && a !== null && typeof b === "object" && b !== null
    ? sign(durationSeconds(a as Record<string, unknown>) - durationSeconds(b as Record<string, unknown>))
    : Number.NaN;

/**
 * The comparator for a type's minimum/maximum constraints, or `null` when the type is unordered.
 *
 * @example
 * ```ts
 * comparatorFor("yearmonth")?.([2024, 1], [2023, 12]); // 1
 * ```
 */
export function comparatorFor(type: FieldType): Comparator | null {
  switch (type) {
    case "number":
      return decimal;
    case "integer":
    case "year":
      return plain;
    case "date":
    case "datetime":
      return instant;
    case "time":
      return time;
    case "yearmonth":
      return yearmonth;
    case "duration":
      return duration;
    default:
      return null;
  }
}
