const MARKS = /\p{M}/gu;
const SPACES = /\s+/gu;
/** Letters NFKD does not decompose but people write as plain ASCII. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: "ss",
  ı: "i",
  ø: "o",
  đ: "d",
  ł: "l",
  æ: "ae",
  œ: "oe",
};
const SPECIAL_RE = /[ßıøđłæœ]/gu;

/**
 * Removes accents and other combining marks (`Núñez` → `Nunez`), keeping letter case.
 *
 * @example
 * ```ts
 * foldAccents("Ciudad Autónoma"); //=> "Ciudad Autonoma"
 * ```
 */
export function foldAccents(s: string): string {
  return s.normalize("NFKD").replace(MARKS, "");
}

/**
 * Lower case without accents, stable when applied again: what spellings are compared on.
 *
 * @example
 * ```ts
 * foldText("NUÑEZ"); //=> "nunez"
 * foldText("Straße"); //=> "strasse"
 * ```
 */
export function foldText(s: string): string {
  let out = s;
  // A few compatibility characters only settle after a second round (e.g. "ℌ" → "H" → "h").
  for (let i = 0; i < 4; i++) {
    const next = foldAccents(out.toLowerCase()).replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Trims and collapses runs of whitespace (spaces, tabs, non-breaking spaces) to one space.
 *
 * @example
 * ```ts
 * collapseSpaces("  Villa   Crespo\u00a0"); //=> "Villa Crespo"
 * ```
 */
export function collapseSpaces(s: string): string {
  return s.replace(SPACES, " ").trim();
}

/**
 * A label as a key: folded, every run of characters that are not letters or digits as one `_`.
 *
 * @example
 * ```ts
 * labelKey("Género (auto-percibido)"); //=> "genero_auto_percibido"
 * ```
 */
export function labelKey(label: string): string {
  return foldText(label)
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/gu, "");
}
