import { collapseSpaces, foldText } from "@ciudata/core";

// The kernel owns folding and spacing; quality adds what only its checks need.
export { collapseSpaces, foldAccents, foldText, labelKey as normaliseLabel } from "@ciudata/core";

const MARKS = /\p{M}/gu;

/**
 * Counts accented letters (letters carrying a combining mark once decomposed), used to prefer
 * `Núñez` over `Nunez` when suggesting a spelling.
 *
 * @example
 * ```ts
 * countAccents("Ciudad Autónoma de Buenos Aires"); //=> 1
 * ```
 */
export function countAccents(s: string): number {
  return s.normalize("NFD").match(MARKS)?.length ?? 0;
}

/**
 * A key to match names written differently: folded case and accents, punctuation as spaces,
 * collapsed whitespace; all-digit codes lose their leading zeros (`02001` ≡ `2001`).
 *
 * @example
 * ```ts
 * normaliseKey("  Luján de  Cuyo "); //=> "lujan de cuyo"
 * normaliseKey("02001"); //=> "2001"
 * ```
 */
export function normaliseKey(s: string): string {
  const key = collapseSpaces(
    foldText(s)
      .replace(/[.'’´`]/gu, "")
      .replace(/[^\p{L}\p{N}]+/gu, " "),
  );
  return /^\d+$/u.test(key) ? key.replace(/^0+(?=\d)/u, "") : key;
}
