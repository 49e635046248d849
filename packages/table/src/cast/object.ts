import { type CastFailure, TYPE_FAILURE } from "./failure";
import { isJsonObject, parseJson } from "./json";

/**
 * Casts an `object` cell: a JSON object (`{}`, `{"a": 1}`); arrays, numbers and text fail.
 *
 * @example
 * ```ts
 * castObject('{"comuna": "Maipú"}'); // { comuna: "Maipú" }
 * ```
 */
export function castObject(cell: string): Record<string, unknown> | CastFailure {
  const v = parseJson(cell);
  return isJsonObject(v) ? v : TYPE_FAILURE;
}
