import { type CastFailure, RANGE_FAILURE, TYPE_FAILURE } from "./failure";

/** A `yearmonth` value: `[year, month]` with month 1–12. */
export type YearMonth = readonly [year: number, month: number];

/**
 * Casts a `yearmonth` cell `YYYY-MM` (month may be one digit) → `[year, month]`.
 *
 * @example
 * ```ts
 * castYearMonth("2000-10"); // [2000, 10]
 * castYearMonth("2000-13"); // a CastFailure (out-of-range)
 * ```
 */
export function castYearMonth(cell: string): YearMonth | CastFailure {
  const n = cell.length;
  if ((n !== 7 && n !== 6) || cell.charCodeAt(4) !== 45) return TYPE_FAILURE;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return TYPE_FAILURE;
    year = year * 10 + c;
  }
  let month = 0;
  for (let i = 5; i < n; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return TYPE_FAILURE;
    month = month * 10 + c;
  }
  if (month < 1 || month > 12) return RANGE_FAILURE;
  return [year, month];
}
