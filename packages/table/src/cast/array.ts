import { type CastFailure, TYPE_FAILURE } from "./failure";
import { parseJson } from "./json";

/**
 * Casts an `array` cell: a JSON array (`[]`, `[1, "a"]`); objects and text fail.
 *
 * @example
 * ```ts
 * castArray("[1, 2]"); // [1, 2]
 * ```
 */
export function castArray(cell: string): unknown[] | CastFailure {
  const v = parseJson(cell);
  return Array.isArray(v) ? v : TYPE_FAILURE;
}
