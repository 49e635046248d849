import { CiudataError } from "@ciudata/core";
import { type TableError, tableError } from "../report/error";
import { DEFAULT_LIMITS, limitError } from "./limits";

/** Options of {@link parseJsonDocument} and {@link jsonDepthError}. */
export interface JsonDocumentOptions {
  /** The deepest nesting of arrays and objects accepted (default `DEFAULT_LIMITS.maxJsonDepth`, 64). */
  maxDepth?: number;
  /** The file name or URL shown in errors. */
  source?: string | null;
}

/**
 * How deep the arrays and objects of a JSON text nest, in one linear pass that skips strings, and
 * stops counting once past `stopAfter`.
 *
 * @example
 * ```ts
 * jsonTextDepth('{"fields":[{"name":"a"}]}'); //=> 3
 * jsonTextDepth('"[[["'); //=> 0
 * ```
 */
export function jsonTextDepth(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, escapes included.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAfter) return deepest;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/**
 * How deep the arrays and objects of a value nest, walked without recursion (so a hostile value
 * cannot overflow the stack), and stopping once past `stopAfter`.
 *
 * @example
 * ```ts
 * jsonValueDepth({ fields: [{ name: "a" }] }); //=> 3
 * jsonValueDepth("text"); //=> 0
 * ```
 */
export function jsonValueDepth(value: unknown, stopAfter = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (typeof v !== "object" || v === null) continue;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAfter) return deepest;
    }
    const children = Array.isArray(v) ? v : Object.values(v as Record<string, unknown>);
    for (const child of children)
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The `limit-error` (`maxJsonDepth`) for a JSON value or text nested deeper than allowed, or null.
 *
 * @example
 * ```ts
 * jsonDepthError({ fields: [] }); //=> null
 * jsonDepthError("[".repeat(100) + "]".repeat(100))?.params.limit; //=> "maxJsonDepth"
 * ```
 */
export function jsonDepthError(value: unknown, options: JsonDocumentOptions = {}): TableError | null {
  const max = options.maxDepth ?? DEFAULT_LIMITS.maxJsonDepth;
  const depth = typeof value === "string" ? jsonTextDepth(value, max) : jsonValueDepth(value, max);
  if (depth <= max) return null;
  return limitError("maxJsonDepth", max, depth, { source: options.source ?? null });
}

/**
 * Reads a JSON document from text, bounded: a byte-order mark is dropped, the nesting depth is
 * checked by a linear scan BEFORE `JSON.parse` (so a document nested 200,000 deep is refused with a
 * `limit-error` instead of overflowing the stack of whatever walks it), and a syntax error becomes a
 * `source-error` (reason `invalid-json`) with its position. Both are thrown as a `CiudataError`.
 *
 * @example
 * ```ts
 * parseJsonDocument('{"fields":[]}', { source: "esquema.json" }); //=> { fields: [] }
 * parseJsonDocument("[".repeat(100000), { source: "x.json" }); // throws CiudataError (limit-error, maxJsonDepth)
 * ```
 */
export function parseJsonDocument(text: string, options: JsonDocumentOptions = {}): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const deep = jsonDepthError(body, options);
  if (deep) throw new CiudataError([deep]);
  try {
    return JSON.parse(body);
  } catch (cause) {
    // The engine's message may quote a piece of the text: keep only where it failed.
    const message = cause instanceof Error ? cause.message : String(cause);
    const at = /position \d+(?: \(line \d+ column \d+\))?/.exec(message)?.[0] ?? null;
    throw new CiudataError(
      [
        tableError("source-error", {
          note: `not valid JSON${at ? ` at ${at}` : ""}`,
          params: {
            path: options.source ?? "",
            reason: "invalid-json",
            at,
          },
        }),
      ],
      { cause },
    );
  }
}
