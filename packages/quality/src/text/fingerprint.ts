import { foldText } from "./fold";

/** Dots and apostrophes join what they separate (`C.A.B.A.` → `caba`, `O'Higgins` → `ohiggins`). */
const JOINERS = /[.'’´`]/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The key-collision fingerprint of OpenRefine: lower case, accents folded, punctuation removed,
 * tokens sorted and deduplicated. Spellings with the same fingerprint are likely the same category.
 * Idempotent: `fingerprint(fingerprint(s)) === fingerprint(s)`.
 *
 * @example
 * ```ts
 * fingerprint("Buenos Aires, Ciudad de"); //=> "aires buenos ciudad de"
 * fingerprint("C.A.B.A."); //=> "caba"
 * ```
 */
export function fingerprint(value: string): string {
  const tokens = foldText(value).replace(JOINERS, "").split(SEPARATORS);
  const unique = [...new Set(tokens.filter((t) => t !== ""))];
  unique.sort();
  return unique.join(" ");
}

/**
 * The character n-grams of a string, in order, counted in code points (`"abc"`, 2 → `["ab", "bc"]`).
 *
 * @example
 * ```ts
 * ngrams("maipu", 2); //=> ["ma", "ai", "ip", "pu"]
 * ```
 */
export function ngrams(value: string, n = 2): string[] {
  const chars = Array.from(value);
  if (n < 1) throw new RangeError("n must be at least 1");
  if (chars.length < n) return chars.length ? [chars.join("")] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(""));
  return out;
}

/**
 * The n-gram fingerprint of OpenRefine: folded, only letters and digits kept (spaces too are dropped),
 * then the sorted unique n-grams joined. Catches `Villa Crespo` / `VillaCrespo` / `Vila Crespo`-like variants
 * that the key-collision fingerprint misses.
 *
 * @example
 * ```ts
 * ngramFingerprint("Villa Crespo") === ngramFingerprint("VillaCrespo"); //=> true
 * ngramFingerprint("abab", 2); //=> "abba"
 * ```
 */
export function ngramFingerprint(value: string, n = 2): string {
  const compact = foldText(value).replace(SEPARATORS, "");
  const grams = [...new Set(ngrams(compact, n))];
  grams.sort();
  return grams.join("");
}
