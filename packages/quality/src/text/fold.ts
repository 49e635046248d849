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

/**
 * Normalises a column name for matching: folded, non-alphanumerics as `_`, e.g. `"Rango de edad"` → `"rango_de_edad"`.
 *
 * @example
 * ```ts
 * normaliseLabel("Género (auto-percibido)"); //=> "genero_auto_percibido"
 * ```
 */
export function normaliseLabel(label: string): string {
  return foldText(label)
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/gu, "");
}
