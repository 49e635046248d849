import { type CastFailure, TYPE_FAILURE } from "./failure";

/**
 * Casts a `year` cell: exactly four digits → a number.
 *
 * @example
 * ```ts
 * castYear("2000"); // 2000
 * castYear("3.14"); // a CastFailure
 * ```
 */
export function castYear(cell: string): number | CastFailure {
  if (cell.length !== 4) return TYPE_FAILURE;
  let v = 0;
  for (let i = 0; i < 4; i++) {
    const c = cell.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return TYPE_FAILURE;
    v = v * 10 + c;
  }
  return v;
}
