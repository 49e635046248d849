import { surrogateId } from "../ids/surrogate";
import { derivePurposeKey, hmac, normalizeForPseudonym, toHex } from "./crypto";
import { generalizeCell, maskValue } from "./generalize";
import type { ColumnTransform } from "./plan";

/** Turns one cell into its published form (sync for most transforms, async for keyed ones). */
export type CellTransform = (value: string) => string | Promise<string>;

const CACHE_LIMIT = 100_000;

function cached(fn: (v: string) => Promise<string>): CellTransform {
  const cache = new Map<string, string>();
  return (value) => {
    if (value.trim() === "") return "";
    const hit = cache.get(value);
    if (hit !== undefined) return hit;
    return fn(value).then((out) => {
      if (cache.size < CACHE_LIMIT) cache.set(value, out);
      return out;
    });
  };
}

/**
 * Compiles a column transform into a cell function. Keyed transforms (pseudonyms, stable surrogates)
 * derive their own key from the master key and the purpose; without a master key, surrogates are random.
 *
 * @example
 * ```ts
 * const f = await compileTransform({ action: "mask", keepStart: 0, keepEnd: 1, char: "*" });
 * f("12345"); //=> "****5"
 * ```
 */
export async function compileTransform(t: ColumnTransform, master?: Uint8Array): Promise<CellTransform> {
  switch (t.action) {
    case "drop":
      return () => "";
    case "keep":
      return (v) => v;
    case "mask":
      return (v) => (v === "" ? "" : maskValue(v, t.keepStart, t.keepEnd, t.char));
    case "generalize":
      return (v) => generalizeCell(v, t);
    case "pseudonymize": {
      if (!master) throw new Error("ciudata: pseudonymize needs a key");
      const key = await derivePurposeKey(master, t.purpose);
      return cached(
        async (v) => t.prefix + toHex(await hmac(key, normalizeForPseudonym(v))).slice(0, t.length),
      );
    }
    case "surrogate": {
      if (!master)
        return (v) =>
          v.trim() === "" ? "" : surrogateId(t.type, globalThis.crypto.getRandomValues(new Uint8Array(32)));
      const key = await derivePurposeKey(master, `surrogate:${t.type}:${t.purpose}`);
      return cached(async (v) => surrogateId(t.type, await hmac(key, normalizeForPseudonym(v))));
    }
  }
}
