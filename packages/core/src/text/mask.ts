const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Masks a value whole for reports and logs, keeping its shape: the first character stays, letters
 * become `x`/`X`, digits `#`, punctuation stays, so a masked value can never be mistaken for a real one.
 * Use it for every value of a column classed as personal, whatever its length.
 *
 * @example
 * ```ts
 * maskValue("Ana"); //=> "Axx"
 * maskValue("20-12345678-9"); //=> "2#-########-#"
 * ```
 */
export function maskValue(cell: string): string {
  const n = cell.length;
  if (n > 1 && n <= SCRATCH.length) {
    const fast = maskAscii(cell, n);
    if (fast !== null) return fast;
  }
  let out = "";
  let first = true;
  for (const ch of cell) {
    if (first) {
      out += ch;
      first = false;
    } else if (DIGIT.test(ch)) out += "#";
    else if (LETTER.test(ch)) out += UPPER.test(ch) ? "X" : "x";
    else out += ch;
  }
  return out;
}

/** Where a short value's masked chars are written, one string made at the end. */
const SCRATCH = new Uint16Array(64);

/**
 * {@link maskValue} of a value whose characters after the first are ASCII (most: dates, numbers, IDs,
 * plain names), in one pass without a regular expression; `null` for any other (the general path).
 */
function maskAscii(cell: string, n: number): string | null {
  const first = cell.charCodeAt(0);
  // A first character made of two UTF-16 units is left to the general path.
  if (first >= 0xd800 && first <= 0xdfff) return null;
  SCRATCH[0] = first;
  for (let i = 1; i < n; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 128) return null;
    SCRATCH[i] = c >= 48 && c <= 57 ? 35 : c >= 97 && c <= 122 ? 120 : c >= 65 && c <= 90 ? 88 : c;
  }
  return String.fromCharCode.apply(null, SCRATCH.subarray(0, n) as unknown as number[]);
}

/** Markers of a missing value, shown as they are: they say nothing about anyone. */
const MISSING_MARKERS = new Set([
  "-",
  "--",
  ".",
  "?",
  "s/d",
  "sd",
  "na",
  "n/a",
  "nd",
  "n/d",
  "null",
  "none",
  "nan",
]);

/**
 * Masks a cell like {@link maskValue}, whatever its length ("Ana" → "Axx"), but shows the usual markers
 * of a missing value (`s/d`, `NA`, `-`) as they are. Reports mask by column: use it (or `maskValue`)
 * for cells of a personal column and show the cells of public columns as they are.
 *
 * @example
 * ```ts
 * maskCell("Juan Pérez"); //=> "Jxxx Xxxxx"
 * maskCell("Ruiz"); //=> "Rxxx"
 * maskCell("s/d"); //=> "s/d"
 * ```
 */
export function maskCell(cell: string): string {
  // Longer than every marker, with nothing to trim at either end: not a marker (no copy made to check).
  const n = cell.length;
  const a = cell.charCodeAt(0);
  const z = cell.charCodeAt(n - 1);
  if (n > 4 && a > 32 && a < 127 && z > 32 && z < 127) return maskValue(cell);
  return MISSING_MARKERS.has(cell.trim().toLowerCase()) ? cell : maskValue(cell);
}
