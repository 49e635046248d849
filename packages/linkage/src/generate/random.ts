// Seeded randomness for the registry generator: no Math.random, and every person and every copy of a
// person draws from its own stream, so a row can be made without making the rows before it.

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Mixes integers into one 32-bit seed (a murmur3-style finaliser over each part). */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mulberry32, a small fast PRNG, started from `mixSeed(...parts)`. */
export function rngOf(...parts: readonly number[]): Rng {
  let s = mixSeed(...parts);
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** One element of a non-empty list, uniformly. */
export const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)] as T;

/** True with probability `p`. */
export const chance = (rng: Rng, p: number): boolean => rng() < p;

/** A list of values with weights, drawn by binary search over the cumulative weights. */
export interface Weighted<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
}

/** Builds a weighted list from `[value, weight]` entries. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, w], i) => {
    total += w;
    cumulative[i] = total;
  });
  for (let i = 0; i < cumulative.length; i++) cumulative[i] = (cumulative[i] as number) / total;
  return { values: entries.map(([v]) => v), cumulative };
}

/** One value of a weighted list. */
export function draw<T>(rng: Rng, list: Weighted<T>): T {
  const x = rng();
  let lo = 0;
  let hi = list.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list.cumulative[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return list.values[lo] as T;
}

/** A seeded Fisher–Yates shuffle of `0..n-1`. */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = int(rng, i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
