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
  return foldFast(value) ?? foldSlow(value);
}

/** {@link foldValue} by the rules themselves: Unicode decomposition and patterns. */
export function foldSlow(value: string): string {
  // Printable ASCII has nothing to decompose: the same result without Unicode work.
  if (!NOT_PRINTABLE_ASCII.test(value))
    return value.toUpperCase().replace(ASCII_APOSTROPHES, "").replace(ASCII_SEPARATORS, " ").trim();
  const folded = foldAccents(value).toUpperCase().replace(APOSTROPHES, "").replace(SEPARATORS, " ").trim();
  return NOT_PRINTABLE_ASCII.test(folded) ? folded : oneByte(folded);
}

/**
 * What each character below U+0180 folds to (a char code), in one look-up: 0 a separator, -1 dropped
 * (apostrophes), -2 a character the table does not decide (then the rules decide the whole value).
 * Built from {@link foldSlow} itself on first use, so both agree character by character.
 */
let foldTable: Int16Array | undefined;

function buildFoldTable(): Int16Array {
  const table = new Int16Array(0x180);
  for (let c = 0; c < table.length; c++) {
    const alone = foldSlow(`A${String.fromCharCode(c)}A`);
    if (alone === "AA") table[c] = -1;
    else if (alone === "A A") table[c] = 0;
    else if (alone.length === 3 && alone.charCodeAt(2) === 65 && alone.charCodeAt(1) < 0x80)
      table[c] = alone.charCodeAt(1);
    else table[c] = -2;
  }
  return table;
}

/** Scratch buffer of {@link foldFast}. */
const FOLD_CODES: number[] = [];

/**
 * {@link foldSlow} in one pass over the char codes, for values whose characters the table decides
 * (Latin letters with their accents, ASCII, the usual apostrophes and spaces); `undefined` for others.
 * Returns the value itself when folding changes nothing (upper-case cells), else a one-byte string.
 */
function foldFast(value: string): string | undefined {
  const n = value.length;
  if (n > ONE_BYTE_MAX) return undefined;
  if (foldTable === undefined) foldTable = buildFoldTable();
  const table = foldTable;
  const out = FOLD_CODES;
  let length = 0;
  let space = false;
  let same = true;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    const to = c < 0x180 ? (table[c] as number) : c === 0x2018 || c === 0x2019 ? -1 : -2;
    if (to > 0) {
      if (space) {
        if (length > 0) {
          if (same && value.charCodeAt(length) !== 32) same = false;
          out[length++] = 32;
        }
        space = false;
      }
      if (same && (to !== c || length !== i)) same = false;
      out[length++] = to;
    } else if (to === 0) space = true;
    else if (to === -1) same = false;
    else return undefined;
  }
  if (same && length === n) return value;
  out.length = length;
  return String.fromCharCode.apply(null, out);
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
