/** Set bits of a 32-bit word. */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Set bits of encoding `i` (words `i * words … (i + 1) * words − 1` of `clks`). */
export function popcountAt(clks: Uint32Array, i: number, words: number): number {
  let n = 0;
  for (let w = i * words, end = w + words; w < end; w++) n += popcount32(clks[w] as number);
  return n;
}

/**
 * Dice similarity of two encodings, 2·|A ∧ B| / (|A| + |B|), from popcounts (0 when both are empty).
 *
 * @example
 * ```ts
 * dice(new Uint32Array([0b1110]), 0, new Uint32Array([0b0111]), 0, 1); //=> 2 * 2 / (3 + 3)
 * ```
 */
export function dice(a: Uint32Array, i: number, b: Uint32Array, j: number, words: number): number {
  let both = 0;
  let sum = 0;
  const ai = i * words;
  const bj = j * words;
  for (let w = 0; w < words; w++) {
    const x = a[ai + w] as number;
    const y = b[bj + w] as number;
    both += popcount32(x & y);
    sum += popcount32(x) + popcount32(y);
  }
  return sum === 0 ? 0 : (2 * both) / sum;
}

/** Number of common set bits of encodings `i` of `a` and `j` of `b`. */
export function commonBits(a: Uint32Array, i: number, b: Uint32Array, j: number, words: number): number {
  let both = 0;
  const ai = i * words;
  const bj = j * words;
  for (let w = 0; w < words; w++) both += popcount32((a[ai + w] as number) & (b[bj + w] as number));
  return both;
}
