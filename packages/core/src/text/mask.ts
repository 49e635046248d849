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
  return MISSING_MARKERS.has(cell.trim().toLowerCase()) ? cell : maskValue(cell);
}
