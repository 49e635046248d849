/**
 * A duration as a plain object of its parts, shaped like date-fns' `Duration` (assignable to it, no
 * dependency): only the parts the cell names are present.
 */
export interface Duration {
  years?: number;
  months?: number;
  weeks?: number;
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

import { type CastFailure, TYPE_FAILURE } from "./failure";

type Unit = keyof Duration;

const DATE_UNITS: ReadonlyArray<readonly [number, Unit]> = [
  [89, "years"], // Y
  [77, "months"], // M
  [87, "weeks"], // W
  [68, "days"], // D
];
const TIME_UNITS: ReadonlyArray<readonly [number, Unit]> = [
  [72, "hours"], // H
  [77, "minutes"], // M
  [83, "seconds"], // S
];

/**
 * Casts an ISO 8601 `duration` cell (`P1Y10M3DT5H11M7S`, `PT1.5S`, `P2W`) → a {@link Duration} (the shape of date-fns' `Duration`)
 * with only the written units. Units out of order (`P1M1Y`) and negatives (`P-1Y`, `-P1Y`) fail.
 *
 * @example
 * ```ts
 * castDuration("P1Y2M"); // { years: 1, months: 2 }
 * ```
 */
export function castDuration(cell: string): Duration | CastFailure {
  const n = cell.length;
  if (n < 3 || cell.charCodeAt(0) !== 80) return TYPE_FAILURE;
  const out: Duration = {};
  let i = 1;
  let units = DATE_UNITS;
  let u = 0;
  let any = false;
  while (i < n) {
    if (cell.charCodeAt(i) === 84) {
      if (units === TIME_UNITS) return TYPE_FAILURE;
      units = TIME_UNITS;
      u = 0;
      i++;
      if (i === n) return TYPE_FAILURE;
      continue;
    }
    const start = i;
    while (i < n && isDigit(cell.charCodeAt(i))) i++;
    if (i === start) return TYPE_FAILURE;
    let value = cell.slice(start, i);
    const sep = cell.charCodeAt(i);
    if (sep === 46 || sep === 44) {
      const fracStart = ++i;
      while (i < n && isDigit(cell.charCodeAt(i))) i++;
      if (i === fracStart) return TYPE_FAILURE;
      value = `${value}.${cell.slice(fracStart, i)}`;
    }
    const designator = cell.charCodeAt(i++);
    while (u < units.length && units[u]?.[0] !== designator) u++;
    const unit = units[u];
    if (unit === undefined) return TYPE_FAILURE;
    out[unit[1]] = Number(value);
    u++;
    any = true;
  }
  return any ? out : TYPE_FAILURE;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
