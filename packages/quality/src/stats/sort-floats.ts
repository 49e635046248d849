/** Below this many numbers the built-in sort is as quick (and needs no scratch memory). */
const SMALL = 4096;

/**
 * Sorts floats ascending in place, in the order `Float64Array.prototype.sort` gives (`-0` before `0`,
 * `NaN` last), by a radix sort over their bits: linear time, where the built-in sort of a million
 * shuffled numbers took most of the time `describeTable` spent summarising them.
 * @internal
 *
 * @example
 * ```ts
 * sortFloats(Float64Array.of(3, -1, 0.5)); //=> Float64Array [-1, 0.5, 3]
 * const counts = Float64Array.of(30, 10, 5);
 * sortFloats(Float64Array.of(3, -1, 0.5), counts); // counts: [10, 5, 30]
 * ```
 * @param twin numbers moved along with the values (`twin[i]` stays with `values[i]`), when given.
 */
export function sortFloats(values: Float64Array, twin?: Float64Array): Float64Array {
  const n = values.length;
  if (twin !== undefined && n < SMALL) return sortPairs(values, twin);
  if (n < SMALL) return values.sort();
  // Each float as two 32-bit words (little-endian: low word first) made to sort as unsigned integers:
  // a negative float has every bit flipped, a positive one its sign bit. NaN is made the largest key.
  let words = new Uint32Array(n * 2);
  const floats = new Float64Array(words.buffer);
  floats.set(values);
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    if (Number.isNaN(floats[i] as number)) {
      words[2 * i] = 0xffffffff;
      words[2 * i + 1] = 0xffffffff;
    } else if (hi >>> 31 === 1) {
      words[2 * i] = ~(words[2 * i] as number) >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    } else words[2 * i + 1] = (hi | 0x80000000) >>> 0;
  }
  let scratch = new Uint32Array(n * 2);
  let carried: Float64Array | null = twin ?? null;
  let carriedScratch: Float64Array | null = twin ? new Float64Array(n) : null;
  const counts = new Uint32Array(1 << 16);
  // Least significant 16 bits first; a pass where every key has the same digit is skipped.
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = ((words[2 * i + word] as number) >>> shift) & 0xffff;
      counts[digit] = (counts[digit] as number) + 1;
    }
    if (counts[((words[word] as number) >>> shift) & 0xffff] === n) continue;
    let total = 0;
    for (let d = 0; d < counts.length; d++) {
      const c = counts[d] as number;
      counts[d] = total;
      total += c;
    }
    for (let i = 0; i < n; i++) {
      const lo = words[2 * i] as number;
      const hi = words[2 * i + 1] as number;
      const digit = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      scratch[2 * at] = lo;
      scratch[2 * at + 1] = hi;
      if (carriedScratch !== null) carriedScratch[at] = (carried as Float64Array)[i] as number;
    }
    const swap = words;
    words = scratch;
    scratch = swap;
    if (carriedScratch !== null) {
      const other = carried as Float64Array;
      carried = carriedScratch;
      carriedScratch = other;
    }
  }
  for (let i = 0; i < n; i++) {
    const hi = words[2 * i + 1] as number;
    if (hi >>> 31 === 1) words[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
    else {
      words[2 * i] = ~(words[2 * i] as number) >>> 0;
      words[2 * i + 1] = ~hi >>> 0;
    }
  }
  values.set(new Float64Array(words.buffer));
  if (twin !== undefined && carried !== twin) twin.set(carried as Float64Array);
  return values;
}

/** Where `a` sorts against `b` in `Float64Array.prototype.sort`'s order (`-0` before `0`, `NaN` last). */
function compareFloats(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return Object.is(a, b) ? 0 : Object.is(a, -0) ? -1 : 1;
  return Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : -1;
}

/** A few values sorted with their twins (a stable sort of the positions). */
function sortPairs(values: Float64Array, twin: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort(
    (i, j) => compareFloats(values[i] as number, values[j] as number) || i - j,
  );
  const v = values.slice();
  const t = twin.slice();
  order.forEach((i, k) => {
    values[k] = v[i] as number;
    twin[k] = t[i] as number;
  });
  return values;
}
