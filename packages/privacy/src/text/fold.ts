/**
 * A text folded for detection: compatibility forms unified (NFKC: fullwidth `２０` → `20`, `＠` → `@`),
 * every decimal digit as an ASCII digit (`٢٠` → `20`), dashes as `-`, spaces as ` `, invisible characters
 * (zero-width spaces, joiners, soft hyphens, variation selectors…) removed and combining marks on digits
 * and signs dropped. `from[i]`/`to[i]` say which piece of the original text the `i`-th UTF-16 unit of
 * `text` came from, so a span found in the folded text can be mapped back (`from[start]`, `to[end - 1]`).
 */
export interface FoldedText {
  text: string;
  from: number[];
  to: number[];
}

/** Characters that are not seen: format characters, variation selectors, the combining grapheme joiner, fillers. */
const INVISIBLE =
  /\p{Cf}|\u034F|[\u180B-\u180F]|[\uFE00-\uFE0F]|[\u{E0100}-\u{E01EF}]|[\u115F\u1160\u17B4\u17B5\u3164\uFFA0]/gu;
const MARK = /^\p{M}$/u;
const DIGIT = /^\p{Nd}$/u;
const DASH = /[\p{Pd}\u2212\u2796\uFE63\uFF0D]/gu;
const SPACE = /\p{Zs}/gu;
const STOPS = /[\u3002\uFF61]/g;
/** After these, combining marks are noise (`2̲0̲` is `20`). */
const PLAIN_BASE = /^[0-9@.+\-() ]/;
const MARKS = /\p{M}/gu;
/** Most marks kept with one base character; longer runs are cut into pieces, so no piece is huge. */
const MAX_MARKS = 32;

/** The value 0..9 of a decimal digit of any script (Unicode puts each script's digits 0..9 in a row). */
function digitValue(cp: number): number {
  let start = cp;
  while (start > cp - 90 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

function foldPiece(piece: string): string {
  let s = piece.replace(INVISIBLE, "");
  if (s === "") return s;
  s = s.normalize("NFKC");
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    out += cp > 0x7f && DIGIT.test(ch) ? String(digitValue(cp)) : ch;
  }
  out = out.replace(DASH, "-").replace(SPACE, " ").replace(STOPS, ".");
  return PLAIN_BASE.test(out) ? out.replace(MARKS, "") : out;
}

/**
 * Folds a text for detection (see {@link FoldedText}): what a person reads as the same characters
 * becomes the same characters, whatever code points were used to write it. Linear in the text's length.
 *
 * @example
 * ```ts
 * foldForDetection("DNI ２０.１２３\u200B.４５６").text; //=> "DNI 20.123.456"
 * ```
 */
export function foldForDetection(text: string): FoldedText {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    // Fast path: an ASCII character that no combining mark follows (marks start at U+0300).
    if (c < 0x80 && next < 0x300) {
      out += text[i];
      from.push(i);
      to.push(i + 1);
      i++;
      continue;
    }
    let j = i + ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);
    for (let marks = 0; j < text.length && marks < MAX_MARKS; marks++) {
      const cp = text.codePointAt(j) as number;
      if (cp < 0x300 || !MARK.test(String.fromCodePoint(cp))) break;
      j += cp > 0xffff ? 2 : 1;
    }
    const folded = foldPiece(text.slice(i, j));
    out += folded;
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(j);
    }
    i = j;
  }
  return { text: out, from, to };
}
