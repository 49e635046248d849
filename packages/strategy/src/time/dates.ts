// Subpath imports: the date-fns barrel loads ~250 modules at startup for the six we use.
import { addDays as addDaysFns } from "date-fns/addDays";
import { addMonths } from "date-fns/addMonths";
import { addWeeks } from "date-fns/addWeeks";
import { addYears } from "date-fns/addYears";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { format } from "date-fns/format";

/** Parses `YYYY-MM-DD` to a local-midnight Date (calendar arithmetic only; never compared to the clock). */
function toDate(day: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function fromDate(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/**
 * The last day of a month `YYYY-MM`.
 *
 * @example
 * ```ts
 * endOfMonth("2024-02"); //=> "2024-02-29"
 * ```
 */
export function endOfMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

/**
 * A day plus `n` days (negative goes back).
 *
 * @example
 * ```ts
 * addDays("2024-02-28", 2); //=> "2024-03-01"
 * ```
 */
export function addDays(day: string, n: number): string {
  return fromDate(addDaysFns(toDate(day), n));
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween("2024-09-30", "2024-10-01"); //=> 1
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/**
 * The last day a period covers: `2024` ⇒ `2024-12-31`, `2024-06` ⇒ `2024-06-30`, a day is itself.
 *
 * @example
 * ```ts
 * periodEnd("2024"); //=> "2024-12-31"
 * ```
 */
export function periodEnd(period: string): string {
  if (/^\d{4}$/.test(period)) return `${period}-12-31`;
  if (/^\d{4}-\d{2}$/.test(period)) return endOfMonth(period);
  return period.slice(0, 10);
}

/**
 * The first day a period covers: `2024` ⇒ `2024-01-01`, `2024-06` ⇒ `2024-06-01`.
 *
 * @example
 * ```ts
 * periodStart("2024-06"); //=> "2024-06-01"
 * ```
 */
export function periodStart(period: string): string {
  if (/^\d{4}$/.test(period)) return `${period}-01-01`;
  if (/^\d{4}-\d{2}$/.test(period)) return `${period}-01`;
  return period.slice(0, 10);
}

/**
 * The calendar day an instant falls on in a time zone; a plain `YYYY-MM-DD` is returned as is.
 *
 * @example
 * ```ts
 * localDate("2024-10-01T01:30:00Z", "America/Argentina/Mendoza"); //=> "2024-09-30"
 * ```
 */
export function localDate(value: string | Date, timeZone: string): string {
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = typeof value === "string" ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** A repeating ISO 8601 duration such as `R/P1M`, read into calendar units. */
export interface RepeatDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/**
 * Reads `R/P1Y`, `R/P3M`, `R/P0.5M`, `R/P1W`, `R/P1D` (also without `R/`); `null` for `eventual`, `irregular`
 * or anything it cannot read. Fractions of months become days (0.5M ≈ 15 days).
 *
 * @example
 * ```ts
 * parseRepeatDuration("R/P3M"); //=> { years: 0, months: 3, weeks: 0, days: 0 }
 * parseRepeatDuration("eventual"); //=> null
 * ```
 */
export function parseRepeatDuration(value: string): RepeatDuration | null {
  const m = /^(?:R\/)?P(\d+(?:\.\d+)?)([YMWD])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  const out: RepeatDuration = { years: 0, months: 0, weeks: 0, days: 0 };
  if (!Number.isInteger(n)) {
    const perUnit = { Y: 365, M: 30, W: 7, D: 1 }[m[2] as "Y" | "M" | "W" | "D"];
    out.days = Math.round(n * perUnit);
    return out;
  }
  if (m[2] === "Y") out.years = n;
  else if (m[2] === "M") out.months = n;
  else if (m[2] === "W") out.weeks = n;
  else out.days = n;
  return out;
}

/**
 * A day plus a duration (month ends clamp: `2024-01-31` + 1 month = `2024-02-29`).
 *
 * @example
 * ```ts
 * addDuration("2024-01-31", { years: 0, months: 1, weeks: 0, days: 0 }); //=> "2024-02-29"
 * ```
 */
export function addDuration(day: string, d: RepeatDuration): string {
  let date = toDate(day);
  if (d.years) date = addYears(date, d.years);
  if (d.months) date = addMonths(date, d.months);
  if (d.weeks) date = addWeeks(date, d.weeks);
  if (d.days) date = addDaysFns(date, d.days);
  return fromDate(date);
}

/**
 * When a dataset is next due and whether it is late, from its periodicity (`R/P1M`) and its last update;
 * not stale when the periodicity cannot be read (`eventual`, `irregular`). No last update known is stale
 * (nothing shows it was ever updated), with no due date. The one rule of `ciudata watch` and of the
 * inventory report.
 *
 * @example
 * ```ts
 * staleness("R/P1M", "2026-01-15", "2026-03-01"); //=> { due: "2026-02-15", stale: true }
 * ```
 */
export function staleness(
  periodicity: string | null | undefined,
  lastUpdate: string | null | undefined,
  asOf: string,
): { due: string | null; stale: boolean } {
  const every = periodicity ? parseRepeatDuration(periodicity) : null;
  if (!every) return { due: null, stale: false };
  if (!lastUpdate) return { due: null, stale: true };
  const due = addDuration(lastUpdate, every);
  return { due, stale: due < asOf };
}

/**
 * Today's calendar day in a time zone, for the edge of an app (a CLI default); the computations never call it.
 *
 * @example
 * ```ts
 * todayIn("America/Argentina/Mendoza", new Date("2024-10-01T12:00:00Z")); //=> "2024-10-01"
 * ```
 */
export function todayIn(timeZone: string, now: Date): string {
  return localDate(now, timeZone);
}
