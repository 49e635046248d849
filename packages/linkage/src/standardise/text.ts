import { foldAccents } from "@ciudata/core";

/** Apostrophes and their look-alikes: dropped inside a word (O'HIGGINS → OHIGGINS). */
const APOSTROPHES = /['’‘`´]/gu;
/** Anything that is not a letter or a digit separates words (hyphens, dots, commas, slashes…). */
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * Folds a value the way every standard field is compared: compatibility decomposition (NFKD) with the
 * marks stripped (Ñ → N, Ü → U, ª → A), upper case, apostrophes dropped, and every run of spaces,
 * hyphens, dots or other punctuation as one space.
 *
 * @example
 * ```ts
 * foldValue("  Pérez-García,  María  "); //=> "PEREZ GARCIA MARIA"
 * foldValue("O'Higgins"); //=> "OHIGGINS"
 * ```
 */
export function foldValue(value: string): string {
  // Printable ASCII (most cells) has nothing to decompose: the same result without Unicode work.
  if (!NOT_PRINTABLE_ASCII.test(value))
    return value.toUpperCase().replace(ASCII_APOSTROPHES, "").replace(ASCII_SEPARATORS, " ").trim();
  const folded = foldAccents(value).toUpperCase().replace(APOSTROPHES, "").replace(SEPARATORS, " ").trim();
  return NOT_PRINTABLE_ASCII.test(folded) ? folded : oneByte(folded);
}

/** Longest value {@link oneByte} copies (cells are short; a longer one stays as it is). */
const ONE_BYTE_MAX = 1024;
const charCodes: number[] = [];

/**
 * The same ASCII text as a one-byte string. Decomposing accents makes a two-byte string, and what is
 * cut from it stays two-byte after the accents are gone: twice the memory over a million addresses.
 */
export function oneByte(text: string): string {
  if (text.length > ONE_BYTE_MAX) return text;
  charCodes.length = text.length;
  for (let i = 0; i < text.length; i++) charCodes[i] = text.charCodeAt(i);
  return String.fromCharCode.apply(null, charCodes);
}

const NOT_PRINTABLE_ASCII = /[^ -~]/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_SEPARATORS = /[^A-Z0-9]+/g;

/** Folded values that mean "no data" in Latin American registries. */
const SENTINELS: ReadonlySet<string> = new Set([
  "",
  "SD",
  "S D",
  "SIN DATO",
  "SIN DATOS",
  "SIN INFORMACION",
  "NN",
  "N N",
  "NA",
  "N A",
  "ND",
  "N D",
  "NULL",
  "NULO",
  "NONE",
  "NAN",
  "NO APLICA",
  "NO TIENE",
  "NO INFORMA",
  "NO REGISTRA",
  "DESCONOCIDO",
  "IGNORADO",
  "XXX",
]);

/**
 * Whether a folded value is a marker of missing data ("", "S/D", "SIN DATO", "NN", "-", a run of zeros):
 * such values become `null`, never a value two records could share.
 *
 * @example
 * ```ts
 * isSentinel(foldValue("S/D")); //=> true
 * isSentinel("00000000"); //=> true
 * isSentinel("GARCIA"); //=> false
 * ```
 */
export function isSentinel(folded: string): boolean {
  return SENTINELS.has(folded) || /^0+$/.test(folded);
}

/**
 * A folded value, or `null` for a missing one.
 *
 * @example
 * ```ts
 * foldOrNull(" San  Isidro "); //=> "SAN ISIDRO"
 * foldOrNull("SIN DATO"); //=> null
 * ```
 */
export function foldOrNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const folded = foldValue(value);
  return isSentinel(folded) ? null : folded;
}
