/**
 * Days since 1970-01-01 of a proleptic Gregorian date (any year, no Date object needed).
 *
 * @example
 * ```ts
 * daysFromCivil(1970, 1, 2); //=> 1
 * daysFromCivil(2024, 3, 1) - daysFromCivil(2024, 2, 28); //=> 2
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
