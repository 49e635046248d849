const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month, day and days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or `null`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
  days: number;
}

/**
 * Reads a `YYYY-MM-DD` date, `null` when the text is not one or names no calendar day (2023-02-30).
 *
 * @example
 * ```ts
 * parseIsoDate("1985-03-07"); //=> { year: 1985, month: 3, day: 7, days: 5544 }
 * ```
 */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO_DATE.exec(value);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return { year, month, day, days: Math.round(date.getTime() / 86_400_000) };
}
