import { utf8 } from "./utf8";

/** Words of 32 bits per byte value: where each byte sits in `b` (all 0 between calls). */
let positions = new Int32Array(256);
/** Words per byte value in `positions`. */
let stride = 1;
/** Which positions of `b` are matched, as bits. */
let matchedB = new Int32Array(1);
/** The matched bytes of `a`, in order. */
let matchedA = new Uint8Array(64);

/** The bits from `lo` to `hi` (0–31, inclusive) of a 32-bit word. */
function bits(lo: number, hi: number): number {
  return (hi === 31 ? -1 : (1 << (hi + 1)) - 1) & (-1 << lo);
}

/**
 * Jaro–Winkler similarity of two byte strings (see {@link jaroWinkler}). Bit-parallel: the positions of
 * each byte value in `b` are bit masks, so a byte of `a` finds its first unmatched equal byte of `b`
 * inside the match window with a few word operations instead of a scan. The matches, and so the result,
 * are those of the classic scan (each byte of `a`, in order, takes the first free equal byte of `b`).
 */
export function jaroWinklerBytes(a: Uint8Array, b: Uint8Array): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const words = (lb + 31) >>> 5;
  if (words > stride) {
    stride = words;
    positions = new Int32Array(256 * words);
  }
  if (matchedB.length < words) matchedB = new Int32Array(words * 2);
  if (matchedA.length < la) matchedA = new Uint8Array(la * 2);
  const pm = positions;
  const s = stride;
  const ma = matchedA;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  let half = 0;
  if (words === 1) {
    // One word: the common case (names, IDs, dates).
    for (let j = 0; j < lb; j++) {
      const k = (b[j] as number) * s;
      pm[k] = (pm[k] as number) | (1 << j);
    }
    let fb = 0;
    for (let i = 0; i < la; i++) {
      const from = i > window ? i - window : 0;
      const to = i + window < lb ? i + window : lb - 1;
      if (from > to) break;
      const m = (pm[(a[i] as number) * s] as number) & ~fb & bits(from, to);
      if (m === 0) continue;
      fb |= m & -m;
      ma[matches++] = a[i] as number;
    }
    for (let j = 0; j < lb; j++) pm[(b[j] as number) * s] = 0;
    if (matches === 0) return 0;
    for (let k = 0; k < matches; k++) {
      const low = fb & -fb;
      fb ^= low;
      if (ma[k] !== b[31 - Math.clz32(low)]) half++;
    }
  } else {
    for (let j = 0; j < lb; j++) {
      const k = (b[j] as number) * s + (j >>> 5);
      pm[k] = (pm[k] as number) | (1 << (j & 31));
    }
    const fb = matchedB;
    fb.fill(0, 0, words);
    for (let i = 0; i < la; i++) {
      const from = i > window ? i - window : 0;
      const to = i + window < lb ? i + window : lb - 1;
      if (from > to) break;
      const row = (a[i] as number) * s;
      const first = from >>> 5;
      const last = to >>> 5;
      for (let w = first; w <= last; w++) {
        let m = (pm[row + w] as number) & ~(fb[w] as number);
        if (m === 0) continue;
        m &= bits(w === first ? from & 31 : 0, w === last ? to & 31 : 31);
        if (m === 0) continue;
        fb[w] = (fb[w] as number) | (m & -m);
        ma[matches++] = a[i] as number;
        break;
      }
    }
    for (let j = 0; j < lb; j++) pm[(b[j] as number) * s + (j >>> 5)] = 0;
    if (matches === 0) return 0;
    // Half-transpositions: the matched bytes of `a` and of `b`, in order, that differ.
    let w = 0;
    let word = fb[0] as number;
    for (let k = 0; k < matches; k++) {
      while (word === 0) word = fb[++w] as number;
      const low = word & -word;
      word ^= low;
      if (ma[k] !== b[(w << 5) + 31 - Math.clz32(low)]) half++;
    }
  }
  const transpositions = half >> 1;
  const jaro = (matches / la + matches / lb + (matches - transpositions) / matches) / 3;
  if (jaro <= 0.7) return jaro;
  const most = Math.min(4, la, lb);
  let prefix = 0;
  while (prefix < most && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Jaro–Winkler similarity, equal to DuckDB's `jaro_winkler_similarity`: over UTF-8 bytes, prefix scale
 * 0.1 for up to 4 common leading bytes, applied when the Jaro similarity is above 0.7; 0 when either
 * string is empty.
 *
 * @example
 * ```ts
 * jaroWinkler("GONZALEZ", "GONZALES"); //=> 0.95
 * jaroWinkler("MARIA GUADALUPE", "GUADALUPE"); //=> 0.7925…
 * ```
 */
export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerBytes(utf8(a), utf8(b));
}
