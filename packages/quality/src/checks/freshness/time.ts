const DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_DATETIME_PREFIX = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/u;
const ISO_YEARMONTH = /^(\d{4})-(\d{1,2})$/u;

/** A date given to a check: a table `PlainDate`, a JS `Date`, or ISO 8601 text (`2024-05-31`, `2024-05-31T10:00:00-03:00`). */
export type DateInput =
  | Date
  | string
  | { readonly year: number; readonly month: number; readonly day: number };

/** An ISO 8601 duration; fractional values are allowed (`P0.5M`, as in DCAT-AR periodicities). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const isPlainDateLike = (v: unknown): v is { year: number; month: number; day: number } =>
  typeof v === "object" &&
  v !== null &&
  typeof (v as { year?: unknown }).year === "number" &&
  typeof (v as { month?: unknown }).month === "number" &&
  typeof (v as { day?: unknown }).day === "number";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/**
 * Milliseconds (UTC) of a date-like value, or `null`: `PlainDate`-like objects and ISO date text at UTC
 * midnight, `Date` and ISO datetimes as the exact instant. With `period: "end"`, a `yearmonth` (`[2024, 5]`
 * or `"2024-05"`) or a `year` number (only when `yearNumbers`) is its last day, else its first.
 *
 * @example
 * ```ts
 * toMillis("2024-05-31"); //=> Date.UTC(2024, 4, 31)
 * toMillis([2024, 5], { period: "end" }); //=> Date.UTC(2024, 4, 31)
 * ```
 */
export function toMillis(
  value: unknown,
  options: { period?: "start" | "end"; yearNumbers?: boolean } = {},
): number | null {
  const end = options.period === "end";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.getTime();
  if (isPlainDateLike(value)) return utc(value.year, value.month, value.day);
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === "number" &&
    typeof value[1] === "number"
  )
    return end ? utc(value[0], value[1] + 1, 0) : utc(value[0], value[1], 1);
  if (typeof value === "number" && options.yearNumbers && Number.isInteger(value))
    return end ? utc(value, 12, 31) : utc(value, 1, 1);
  if (typeof value === "string") {
    const s = value.trim();
    const date = ISO_DATE.exec(s);
    if (date) return validDay(Number(date[1]), Number(date[2]), Number(date[3]));
    if (ISO_DATETIME_PREFIX.test(s)) {
      const ms = Date.parse(s.replace(" ", "T"));
      return Number.isNaN(ms) ? null : ms;
    }
    const ym = ISO_YEARMONTH.exec(s);
    if (ym) {
      const y = Number(ym[1]);
      const m = Number(ym[2]);
      if (m < 1 || m > 12) return null;
      return end ? utc(y, m + 1, 0) : utc(y, m, 1);
    }
  }
  return null;
}

function validDay(y: number, m: number, d: number): number | null {
  const ms = utc(y, m, d);
  const back = new Date(ms);
  return back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : null;
}

/**
 * The calendar day of a date-like value in UTC milliseconds at midnight: for ISO text the date as
 * written (its own offset, so `2024-05-31T22:00-03:00` is May 31), for `Date` its UTC day.
 *
 * @example
 * ```ts
 * toDay("2024-05-31T22:00:00-03:00"); //=> Date.UTC(2024, 4, 31)
 * ```
 */
export function toDay(value: unknown): number | null {
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim());
    if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  const ms = toMillis(value);
  return ms === null ? null : Math.floor(ms / DAY) * DAY;
}

/**
 * Formats UTC milliseconds as an ISO date (`2024-05-31`), or a full ISO datetime when it is not midnight.
 *
 * @example
 * ```ts
 * isoDate(Date.UTC(2024, 4, 31)); //=> "2024-05-31"
 * ```
 */
export function isoDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.replace(".000Z", "Z");
}

const DURATION =
  /^P(?!$)(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?=\d)(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/u;

/**
 * Parses an ISO 8601 duration (`P1M`, `P1Y2M10D`, `PT1H`, `P2W`, `P0.5M`), or `null`.
 * A number is read as days.
 *
 * @example
 * ```ts
 * parseIsoDuration("P1Y2M"); //=> { years: 1, months: 2, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 }
 * parseIsoDuration(30)?.days; //=> 30
 * ```
 */
export function parseIsoDuration(text: string | number): IsoDuration | null {
  if (typeof text === "number") {
    if (!Number.isFinite(text) || text < 0) return null;
    return { years: 0, months: 0, weeks: 0, days: text, hours: 0, minutes: 0, seconds: 0 };
  }
  const m = DURATION.exec(text.trim().toUpperCase());
  if (!m) return null;
  const n = (i: number) => (m[i] === undefined ? 0 : Number((m[i] as string).replace(",", ".")));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

/**
 * Writes a duration back as ISO 8601 (`P1M`, `P30D`, `PT1H`).
 *
 * @example
 * ```ts
 * formatIsoDuration({ years: 0, months: 1, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 }); //=> "P1M"
 * ```
 */
export function formatIsoDuration(d: IsoDuration): string {
  const date = `${d.years ? `${d.years}Y` : ""}${d.months ? `${d.months}M` : ""}${d.weeks ? `${d.weeks}W` : ""}${d.days ? `${d.days}D` : ""}`;
  const time = `${d.hours ? `${d.hours}H` : ""}${d.minutes ? `${d.minutes}M` : ""}${d.seconds ? `${d.seconds}S` : ""}`;
  return date || time ? `P${date}${time ? `T${time}` : ""}` : "P0D";
}

/**
 * True when the duration has hours, minutes or seconds.
 *
 * @example
 * ```ts
 * hasTimePart(parseIsoDuration("PT1H")!); //=> true
 * ```
 */
export function hasTimePart(d: IsoDuration): boolean {
  return d.hours > 0 || d.minutes > 0 || d.seconds > 0;
}

/**
 * Adds (`sign` 1) or subtracts (`sign` -1) a duration with calendar arithmetic: whole years and months
 * move the month and clamp the day (Jan 31 + P1M = Feb 29 in a leap year); fractions of a month count as
 * 30.436875 days, weeks as 7 days.
 *
 * @example
 * ```ts
 * isoDate(shiftByDuration(Date.UTC(2024, 0, 31), parseIsoDuration("P1M")!)); //=> "2024-02-29"
 * ```
 */
export function shiftByDuration(ms: number, d: IsoDuration, sign: 1 | -1 = 1): number {
  const totalMonths = d.years * 12 + d.months;
  const wholeMonths = Math.trunc(totalMonths);
  const days = (totalMonths - wholeMonths) * 30.436875 + d.weeks * 7 + d.days;
  const rest = days * DAY + d.hours * 3_600_000 + d.minutes * 60_000 + d.seconds * 1000;
  return Math.round(addMonths(ms, sign * wholeMonths) + sign * rest);
}

function addMonths(ms: number, months: number): number {
  if (months === 0) return ms;
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  const timeOfDay = ms - Date.UTC(y, date.getUTCMonth(), date.getUTCDate());
  return Date.UTC(targetYear, targetMonth, day) + timeOfDay;
}

/**
 * Whole days between two instants (`to - from`), rounded down.
 *
 * @example
 * ```ts
 * daysBetween(Date.UTC(2024, 4, 20), Date.UTC(2024, 6, 31)); //=> 72
 * ```
 */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY);
}

/**
 * Whole years of age at a date (birthdays counted by calendar: a person born on Feb 29 turns a year older on Mar 1).
 *
 * @example
 * ```ts
 * ageInYears(Date.UTC(1990, 5, 15), Date.UTC(2024, 5, 14)); //=> 33
 * ```
 */
export function ageInYears(birth: number, at: number): number {
  const b = new Date(birth);
  const a = new Date(at);
  let age = a.getUTCFullYear() - b.getUTCFullYear();
  const beforeBirthday =
    a.getUTCMonth() < b.getUTCMonth() ||
    (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate());
  if (beforeBirthday) age--;
  return age;
}
