/**
 * Guesses UTF-16 without a BOM from the NUL pattern of mostly-ASCII text (one NUL per code unit,
 * always on the same side). Returns `null` when the bytes do not look like UTF-16.
 *
 * @example
 * ```ts
 * guessUtf16(new Uint8Array([0x61, 0, 0x3b, 0, 0x62, 0])); // "utf-16le"
 * ```
 */
export function guessUtf16(bytes: Uint8Array, limit = 4096): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, limit) & ~1;
  const pairs = n / 2;
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return "utf-16le";
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return "utf-16be";
  return null;
}
