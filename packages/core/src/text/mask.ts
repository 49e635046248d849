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

/**
 * Masks a cell like {@link maskValue}, but shows cells of 4 characters or fewer (`s/d`, `NA`, `-`) as
 * they are.
 *
 * @example
 * ```ts
 * maskCell("Juan Pérez"); //=> "Jxxx Xxxxx"
 * maskCell("s/d"); //=> "s/d"
 * ```
 */
export function maskCell(cell: string): string {
  return cell.length <= 4 ? cell : maskValue(cell);
}
