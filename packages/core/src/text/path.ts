/**
 * `["fields", 2, "type"]` ⇒ `"fields[2].type"`: where in a JSON document a problem is.
 *
 * @example
 * ```ts
 * formatPath(["actions", 2, "deadline"]); //=> "actions[2].deadline"
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/**
 * The value found at `path` in `input` (`undefined` when absent).
 *
 * @example
 * ```ts
 * valueAt({ fields: [{ type: "x" }] }, ["fields", 0, "type"]); //=> "x"
 * ```
 */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * A value as short JSON for messages, cut at 80 characters (`nothing` when absent).
 *
 * @example
 * ```ts
 * describeValue("Mayo 2024"); //=> '"Mayo 2024"'
 * describeValue(undefined); //=> "nothing"
 * ```
 */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/**
 * The last named key of a path (`fields[2].type` ⇒ `type`).
 *
 * @example
 * ```ts
 * lastKey(["fields", 2, "type"]); //=> "type"
 * ```
 */
export function lastKey(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const k = path[i];
    if (typeof k === "string") return k;
  }
  return "";
}
