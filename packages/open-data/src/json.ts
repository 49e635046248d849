/** A plain JSON object. @internal */
export type Obj = Record<string, unknown>;

/** True for a plain object (not an array, not null). @internal */
export function isObj(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A non-empty string, or `null`. @internal */
export function str(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

/** A finite number from a number or a numeric string, or `null`. @internal */
export function num(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** An array, or `[]`. @internal */
export function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Decodes a value that a portal stored as a JSON string (`"[\"econ\"]"` → `["econ"]`); anything else comes back as is.
 *
 * @example
 * ```ts
 * decodeStringifiedJson('["spa"]'); //=> ["spa"]
 * decodeStringifiedJson("R/P1Y"); //=> "R/P1Y"
 * ```
 */
export function decodeStringifiedJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const t = value.trim();
  if (!(t.startsWith("[") && t.endsWith("]")) && !(t.startsWith("{") && t.endsWith("}"))) return value;
  try {
    return JSON.parse(t);
  } catch {
    return value;
  }
}

/** Strings out of a list of strings or of objects with one of `keys`. @internal */
export function names(value: unknown, keys: readonly string[] = ["name"]): string[] {
  const out: string[] = [];
  for (const item of arr(decodeStringifiedJson(value))) {
    if (typeof item === "string") {
      if (item.trim()) out.push(item);
      continue;
    }
    if (!isObj(item)) continue;
    for (const k of keys) {
      const s = str(item[k]);
      if (s !== null) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}
