/**
 * Parses a JSON cell; `undefined` when it is not JSON.
 * @internal
 * @example
 * ```ts
 * parseJson("[1]"); // [1]; parseJson("x"); // undefined
 * ```
 */
export function parseJson(cell: string): unknown {
  const c = cell.charCodeAt(0);
  // Objects and arrays only: skip the parser for cells that cannot be one.
  if (c !== 123 && c !== 91 && c !== 32 && c !== 9 && c !== 10 && c !== 13) return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    return undefined;
  }
}

/**
 * A plain JSON object (not an array, not null). @internal
 * @example
 * ```ts
 * isJsonObject({}); // true; isJsonObject([]); // false
 * ```
 */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
