const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * Masks a cell for reports and logs so no raw personal data is printed, keeping its shape:
 * the first character stays, letters become `x`/`X`, digits `#`, punctuation stays, so a
 * masked value can never be mistaken for a real one.
 * Cells of 4 characters or fewer (`s/d`, `NA`, `-`) are shown as they are: they cannot identify anyone.
 *
 * @example
 * ```ts
 * maskCell("Juan Pérez"); //=> "Jxxx Xxxxx"
 * maskCell("20-12345678-9"); //=> "2#-########-#"
 * maskCell("s/d"); //=> "s/d"
 * ```
 */
export function maskCell(cell: string): string {
  if (cell.length <= 4) return cell;
  let out = cell[0] ?? "";
  for (const ch of cell.slice(1)) {
    if (DIGIT.test(ch)) out += "#";
    else if (LETTER.test(ch)) out += UPPER.test(ch) ? "X" : "x";
    else out += ch;
  }
  return out;
}
