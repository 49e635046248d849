/**
 * A small seeded generator (mulberry32): the same seed gives the same numbers on every machine, engine
 * and run (sample data, blocking positions, record orders), with no `Math.random`. Returns a function
 * giving floats in [0, 1); each call to `seededRandom` starts a new, independent stream.
 *
 * @example
 * ```ts
 * const next = seededRandom(1);
 * next(); //=> 0.6270739405881613, on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
