import { seededRandom } from "@ciudata/core";
import type { Encoded } from "./encode";

/**
 * Bit blocking (locality-sensitive hashing on the encodings): `bands` groups of `bits` bit positions,
 * drawn from `seed` among the positions set in 10–90% of the records; two encodings are compared when
 * they agree on every position of at least one group. It needs nothing but the encodings, so it reveals
 * nothing more. `bands: 40, bits: 12` keeps nearly every pair of Dice ≥ 0.8 and a few percent of the
 * others; more bands (or fewer bits) for lower thresholds.
 */
export interface BitBlocking {
  /** Groups of positions (more: higher recall, more comparisons). */
  bands: number;
  /** Positions per group, at most 30 (more: fewer comparisons, lower recall). */
  bits: number;
  /** Seed of the positions (default 1); both runs with the same seed block alike. */
  seed?: number;
}

/**
 * The positions worth blocking on: those set in 10–90% of the records of both sides together. A bit
 * every record has (a birth date's century, the sex) puts everyone in one block; a bit nobody has tells
 * nothing. Counted from the encodings alone, whatever their order; all positions when too few qualify.
 */
export function informativeBits(a: Encoded, b: Encoded, atLeast: number): Int32Array {
  const l = a.words * 32;
  const counts = new Float64Array(l);
  for (const e of [a, b])
    for (let w = 0; w < e.clks.length; w++) {
      let v = e.clks[w] as number;
      const base = (w % e.words) * 32;
      while (v !== 0) {
        const low = v & -v;
        counts[base + 31 - Math.clz32(low)] = (counts[base + 31 - Math.clz32(low)] as number) + 1;
        v ^= low;
      }
    }
  const n = a.ids.length + b.ids.length;
  const useful: number[] = [];
  for (let p = 0; p < l; p++) {
    const share = (counts[p] as number) / n;
    if (share >= 0.1 && share <= 0.9) useful.push(p);
  }
  return useful.length >= atLeast ? Int32Array.from(useful) : Int32Array.from({ length: l }, (_, p) => p);
}

/** The bit positions of each band: `bits` distinct positions drawn from `pool`, for each of `bands`. */
export function bandPositions(blocking: BitBlocking, pool: Int32Array): Int32Array[] {
  const next = seededRandom(blocking.seed ?? 1);
  return Array.from({ length: blocking.bands }, () => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(blocking.bits, pool.length))
      chosen.add(pool[Math.floor(next() * pool.length)] as number);
    return Int32Array.from([...chosen].sort((x, y) => x - y));
  });
}

/** The key of encoding `i` in one band: its bits at the band's positions, as an integer. */
export function bandKey(e: Encoded, i: number, positions: Int32Array): number {
  let key = 0;
  const at = i * e.words;
  for (const p of positions) key = key * 2 + (((e.clks[at + (p >>> 5)] as number) >>> (p & 31)) & 1);
  return key;
}

/** Records of `e` by their key in one band. */
export function bandIndex(e: Encoded, positions: Int32Array): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (let i = 0; i < e.ids.length; i++) {
    const key = bandKey(e, i, positions);
    const list = index.get(key);
    if (list === undefined) index.set(key, [i]);
    else list.push(i);
  }
  return index;
}

/** Pairs one band finds: Σ over keys of (records of `a` × records of `b`) with that key. */
export function bandPairs(a: Map<number, number[]>, b: Map<number, number[]>): number {
  let n = 0;
  for (const [key, left] of a) n += left.length * (b.get(key)?.length ?? 0);
  return n;
}
