/** Result of {@link scanUtf8}. */
export interface Utf8Scan {
  /** Index of the first byte of the first invalid sequence, or -1 when all complete sequences are valid. */
  invalidAt: number;
  /** Index where a valid but incomplete sequence starts at the end (`end` when there is none). */
  incompleteAt: number;
  /** How many valid multi-byte sequences were seen before stopping. */
  multibyte: number;
}

/**
 * Validates UTF-8 exactly as the WHATWG decoder does (no overlongs, surrogates or > U+10FFFF),
 * telling apart an invalid sequence from one merely cut at the end of the bytes.
 *
 * @example
 * ```ts
 * scanUtf8(new Uint8Array([0x41, 0xc3])); // { invalidAt: -1, incompleteAt: 1, multibyte: 0 }
 * scanUtf8(new Uint8Array([0x41, 0xd1, 0x41])); // invalidAt: 1 (a latin1 Ñ)
 * ```
 */
export function scanUtf8(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Scan {
  let i = start;
  let multibyte = 0;
  while (i < end) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return { invalidAt: i, incompleteAt: end, multibyte };
    for (let k = 1; k <= need; k++) {
      if (i + k >= end) return { invalidAt: -1, incompleteAt: i, multibyte };
      const c = bytes[i + k] as number;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf))
        return { invalidAt: i, incompleteAt: end, multibyte };
    }
    multibyte++;
    i += need + 1;
  }
  return { invalidAt: -1, incompleteAt: end, multibyte };
}
