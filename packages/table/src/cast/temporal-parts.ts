import { daysFromCivil } from "./civil-days";
import { PlainDate } from "./plain-date";
/**
 * The pieces of a date/time as matched in a cell. One scratch object per caster is reused for every
 * cell (the matchers write into it), so matching allocates nothing.
 * @internal
 */
export interface TemporalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Fraction-of-second digits as written (`""` when none). */
  fraction: string;
  /** Minutes east of UTC, or `null` for a naive value. */
  offset: number | null;
  /** The offset was written `Z`. */
  zulu: boolean;
}

/** Matches a whole cell into `parts`; `false` when the cell does not match. @internal */
export type PartsMatcher = (cell: string, parts: TemporalParts) => boolean;

/**
 * A fresh scratch object (Python's strptime defaults: 1900-01-01 00:00:00). @internal
 * @example
 * ```ts
 * newParts().year; // 1900
 * ```
 */
export function newParts(): TemporalParts {
  return {
    year: 1900,
    month: 1,
    day: 1,
    hour: 0,
    minute: 0,
    second: 0,
    fraction: "",
    offset: null,
    zulu: false,
  };
}

/**
 * Resets a scratch object to the defaults. @internal
 * @example
 * ```ts
 * const p = newParts(); p.day = 9; resetParts(p); p.day; // 1
 * ```
 */
export function resetParts(p: TemporalParts): void {
  p.year = 1900;
  p.month = 1;
  p.day = 1;
  p.hour = 0;
  p.minute = 0;
  p.second = 0;
  p.fraction = "";
  p.offset = null;
  p.zulu = false;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month of the proleptic Gregorian calendar. @internal
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS[month - 1] ?? 0;
}

/**
 * `true` when the date exists and the time is within a day (no 31/02, no 24:00, no second 60). @internal
 * @example
 * ```ts
 * validParts({ ...newParts(), month: 2, day: 30 }); // false
 * ```
 */
export function validParts(p: TemporalParts): boolean {
  return (
    p.year >= 1 &&
    p.month >= 1 &&
    p.month <= 12 &&
    p.day >= 1 &&
    p.day <= daysInMonth(p.year, p.month) &&
    p.hour <= 23 &&
    p.minute <= 59 &&
    p.second <= 59
  );
}

// Integer arithmetic instead of Date.UTC: the same instant, cheaper on the hot path, and right for years < 100.
function utc(year: number, month: number, day: number, h: number, m: number, s: number, ms: number): number {
  return daysFromCivil(year, month, day) * 86_400_000 + h * 3_600_000 + m * 60_000 + s * 1000 + ms;
}

function millis(fraction: string): number {
  if (fraction === "") return 0;
  return fraction.length >= 3 ? Number(fraction.slice(0, 3)) : Number(fraction.padEnd(3, "0"));
}

/**
 * The date at UTC midnight. @internal
 * @example
 * ```ts
 * toDate({ ...newParts(), year: 2024, month: 3, day: 12 }); // PlainDate 2024-03-12
 * ```
 */
export function toDate(p: TemporalParts): PlainDate {
  return new PlainDate(p.year, p.month, p.day);
}

/**
 * The instant (a naive value is read as UTC). @internal
 * @example
 * ```ts
 * toDateTime({ ...newParts(), year: 2024, hour: 6, offset: 60 }); // 2024-01-01T05:00:00.000Z
 * ```
 */
export function toDateTime(p: TemporalParts): Date {
  const t = utc(p.year, p.month, p.day, p.hour, p.minute, p.second, millis(p.fraction));
  return new Date(p.offset === null ? t : t - p.offset * 60_000);
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * `HH:MM:SS[.fff][Z|±HH:MM]` (fraction as written, trailing zeros dropped). @internal
 * @example
 * ```ts
 * toTimeString({ ...newParts(), hour: 6, zulu: true }); // "06:00:00Z"
 * ```
 */
export function toTimeString(p: TemporalParts): string {
  let s = `${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
  let f = p.fraction;
  let end = f.length;
  while (end > 0 && f.charCodeAt(end - 1) === 48) end--;
  if (end > 0) {
    f = f.slice(0, end);
    s += `.${f}`;
  }
  if (p.zulu) return `${s}Z`;
  if (p.offset !== null) {
    const o = Math.abs(p.offset);
    s += `${p.offset < 0 ? "-" : "+"}${two(Math.floor(o / 60))}:${two(o % 60)}`;
  }
  return s;
}
