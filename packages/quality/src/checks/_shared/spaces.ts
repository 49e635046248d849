/**
 * Whether a UTF-16 code unit is whitespace as the regex `[\s\u200b]` says: JavaScript's `\s` (spaces,
 * tabs, line breaks, NBSP, the Unicode space separators, BOM) plus the zero-width space.
 * @internal
 *
 * @example
 * ```ts
 * isSpaceCode(0xa0); //=> true
 * isSpaceCode(0x41); //=> false
 * ```
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Bits of {@link whitespaceBits}. @internal */
export const WS_LEADING = 1;
/** @internal */
export const WS_TRAILING = 2;
/** @internal */
export const WS_DOUBLE = 4;
/** @internal */
export const WS_UNUSUAL = 8;
/** Every character is whitespace (a cell of only spaces: a missing value). @internal */
export const WS_ONLY = 16;

/** A cell with at least one of the problems (a leading, trailing or double space, or an unusual one). */
const ANY_PROBLEM = /^[\s\u200b]|[\s\u200b]$|[\s\u200b]{2}|[^\S ]|\u200b/u;

/**
 * The whitespace problems of one cell as bits (`WS_LEADING | WS_TRAILING | WS_DOUBLE | WS_UNUSUAL`, or
 * `WS_ONLY` for a cell of only whitespace), in one pass over its characters: the same answers as the
 * regexes `^[\s\u200b]`, `[\s\u200b]$`, `[\s\u200b]{2,}` inside the trimmed value and `[^\S ]|\u200b`.
 * @internal
 *
 * @example
 * ```ts
 * whitespaceBits("CORONEL PORTILLO "); //=> 2 (WS_TRAILING)
 * whitespaceBits("Palermo"); //=> 0
 * ```
 */
export function whitespaceBits(cell: string): number {
  const n = cell.length;
  // Most cells have none: one compiled regex says so faster than a loop over their characters.
  if (n === 0 || !ANY_PROBLEM.test(cell)) return 0;
  let bits = 0;
  let run = 0;
  let sawText = false;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    // Most characters are plain letters and digits: one comparison to leave them.
    if (c > 0x20 && c < 0xa0) {
      if (run >= 2 && sawText) bits |= WS_DOUBLE;
      run = 0;
      sawText = true;
      continue;
    }
    if (isSpaceCode(c)) {
      if (c !== 0x20) bits |= WS_UNUSUAL;
      if (i === 0) bits |= WS_LEADING;
      run++;
    } else {
      if (run >= 2 && sawText) bits |= WS_DOUBLE;
      run = 0;
      sawText = true;
    }
  }
  if (run > 0) bits |= WS_TRAILING;
  if (!sawText) bits |= WS_ONLY;
  return bits;
}
