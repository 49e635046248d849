import { UsageError } from "../../errors";
import { localized } from "../../messages";
import { extractMessages } from "../../messages/extract";

/**
 * A JSON input that is not a table (not an array of objects, a JSONL line that is not an object), as a
 * located usage error; `where` is appended to the path (` [3]`, `:12`).
 *
 * @example
 * ```ts
 * throw jsonTableError("datos.json", " [3]");
 * ```
 */
export function jsonTableError(path: string, where: string): UsageError {
  return new UsageError({
    kind: "custom",
    message: localized(extractMessages, "jsonNotTable", { path, where }),
  });
}

/**
 * The objects of a JSONL stream with their line numbers (blank lines skipped), decoded as UTF-8 and read
 * line by line: the file is never held whole.
 *
 * @example
 * ```ts
 * for await (const { line, value } of jsonlRows(source.chunks, "datos.jsonl")) …
 * ```
 */
export async function* jsonlRows(
  chunks: AsyncIterable<Uint8Array>,
  path: string,
): AsyncGenerator<{ line: number; value: Record<string, unknown> }> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  let line = 0;
  const parse = (text: string): Record<string, unknown> | null => {
    line++;
    if (text.trim() === "") return null;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, "") : text);
    } catch {
      throw jsonTableError(path, `:${line}`);
    }
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw jsonTableError(path, `:${line}`);
    return value as Record<string, unknown>;
  };
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true });
    let at = pending.indexOf("\n");
    let start = 0;
    while (at !== -1) {
      const value = parse(pending.slice(start, at));
      if (value) yield { line, value };
      start = at + 1;
      at = pending.indexOf("\n", start);
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  const last = parse(pending);
  if (last) yield { line, value: last };
}

const nameSets = new WeakMap<readonly string[], Set<string>>();

/**
 * An object's values as the text cells of a row, in the order of `names`: text as it is, numbers and
 * booleans as JSON writes them, `null` as an empty (missing) cell, objects and lists as JSON. A key that
 * is not a column is a located usage error: no value is dropped silently.
 *
 * @example
 * ```ts
 * objectCells({ edad: 31, barrio: "Centro" }, ["barrio", "edad"], "datos.json", 1); //=> ["Centro", "31"]
 * ```
 */
export function objectCells(
  value: Record<string, unknown>,
  names: readonly string[],
  path: string,
  line: number,
): string[] {
  const known = nameSets.get(names) ?? new Set(names);
  nameSets.set(names, known);
  for (const key of Object.keys(value))
    if (!known.has(key))
      throw new UsageError({
        kind: "custom",
        message: localized(extractMessages, "jsonNewKey", { path, line, key }),
      });
  return names.map((name) => {
    const v = value[name];
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    return JSON.stringify(v);
  });
}
