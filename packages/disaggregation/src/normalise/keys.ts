import { foldValue } from "../text";

const SLASH = /\s*\/\s*/g;
const TRAILING = new Set([".", '"', "'", "`", "´"]);

/** The text without its trailing dots and quotes (a loop: `/[."']+$/` is quadratic on a long run of dots). */
function withoutTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && TRAILING.has(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** Folded key of a spelling: lower case, no accents, no trailing dots, `/` without spaces. @internal */
export const spellingKey = (raw: string): string =>
  withoutTrailing(foldValue(raw).replace(SLASH, "/"))
    .replace(/^["'`´]+/g, "")
    .trim();

/** Folded names and synonyms of a list, with numbers stripped of leading zeros (`comuna 04` = `comuna 4`). @internal */
export const nameKey = (s: string): string => spellingKey(s).replace(/\b0+(\d)/g, "$1");
