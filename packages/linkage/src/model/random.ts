/**
 * A small seeded generator (sfc32, its state filled by splitmix32 from the seed): the same seed gives
 * the same numbers on every machine and engine. Returns a function giving floats in [0, 1).
 *
 * @example
 * ```ts
 * const next = seededRandom(1);
 * next() < 1; //=> true, and the same number on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  const fill = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = fill();
  let b = fill();
  let c = fill();
  let d = 1;
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}
