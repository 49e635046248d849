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

/** Below this many numbers a part is sorted rather than cut again by its next 16 bits. */
const SELECT_SORT = 2048;

/**
 * The values at 0-based ranks of the cells that weighted values stand for, as if the values were
 * sorted by {@link sortFloats} (each `weights[i]` cells holding `values[i]`, a whole number ≥ 1) and
 * walked: the value whose cumulative weight first passes the rank (the last value past the total).
 * Linear time and no sort of them all: the values are cut into 65,536 parts by the highest 16 bits of
 * their sort key, only the parts that hold a rank are kept, and cut again by the next 16 bits (or
 * sorted once small). The arrays are left as they are.
 * @internal
 *
 * @example
 * ```ts
 * valuesAtRanks(Float64Array.of(3, 1, 2), Float64Array.of(1, 2, 1), [0, 2, 3]); //=> [1, 2, 3]
 * ```
 */
export function valuesAtRanks(
  values: Float64Array,
  weights: Float64Array,
  ranks: readonly number[],
): number[] {
  const out = new Array<number>(ranks.length).fill(Number.NaN);
  if (values.length === 0) return out;
  const order = ranks.map((_, k) => k).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  select(values, weights, order, ranks, out, 0);
  return out;
}

/** The 16-bit digit `digit` (0: the highest) of the sort key of each float, into `into`. */
function digits(values: Float64Array, digit: number, into: Uint16Array): void {
  const words = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const high = digit < 2 ? 1 : 0;
  const shift = digit % 2 === 0 ? 16 : 0;
  for (let i = 0; i < values.length; i++) {
    const hi = words[2 * i + 1] as number;
    const word = words[2 * i + high] as number;
    // A negative float has every bit flipped, a positive one its sign bit; NaN is the largest key.
    const key = hi >>> 31 === 1 ? ~word : high === 1 ? word | 0x80000000 : word;
    into[i] = hi >= 0x7ff00000 && Number.isNaN(values[i]) ? 0xffff : (key >>> shift) & 0xffff;
  }
}

/** The values at `ranks[order[…]]` (ascending, relative to these values) into `out`, cutting by `digit`. */
function select(
  values: Float64Array,
  weights: Float64Array,
  order: readonly number[],
  ranks: readonly number[],
  out: number[],
  digit: number,
  offset = 0,
): void {
  const n = values.length;
  if (n <= SELECT_SORT || digit === 4) {
    const v = values.slice();
    const w = weights.slice();
    sortFloats(v, w);
    let cumulative = 0;
    let i = 0;
    for (const k of order) {
      const rank = (ranks[k] as number) - offset;
      while (i < n - 1 && cumulative + (w[i] as number) <= rank) cumulative += w[i++] as number;
      out[k] = v[i] as number;
    }
    return;
  }
  const keys = new Uint16Array(n);
  digits(values, digit, keys);
  const parts = new Float64Array(1 << 16);
  for (let i = 0; i < n; i++) {
    const d = keys[i] as number;
    parts[d] = (parts[d] as number) + (weights[i] as number);
  }
  // The ranks go to the parts holding them, in rank order (a rank past the total to the last part).
  let last = 0;
  for (let d = 0; d < parts.length; d++) if ((parts[d] as number) > 0) last = d;
  const groups: { part: number; before: number; order: number[]; size: number }[] = [];
  const groupOf = new Int16Array(1 << 16).fill(-1);
  let part = 0;
  let before = 0;
  for (const k of order) {
    const rank = (ranks[k] as number) - offset;
    while (part < last && before + (parts[part] as number) <= rank) before += parts[part++] as number;
    if (groupOf[part] === -1) {
      groupOf[part] = groups.length;
      groups.push({ part, before, order: [], size: 0 });
    }
    groups[groups.length - 1]?.order.push(k);
  }
  // The values of those parts, in one pass to count them and one to copy them.
  for (let i = 0; i < n; i++) {
    const g = groupOf[keys[i] as number] as number;
    if (g >= 0) (groups[g] as { size: number }).size++;
  }
  const parted = groups.map((g) => ({
    values: new Float64Array(g.size),
    weights: new Float64Array(g.size),
    at: 0,
  }));
  for (let i = 0; i < n; i++) {
    const g = groupOf[keys[i] as number] as number;
    if (g < 0) continue;
    const into = parted[g] as { values: Float64Array; weights: Float64Array; at: number };
    into.values[into.at] = values[i] as number;
    into.weights[into.at++] = weights[i] as number;
  }
  groups.forEach((g, k) => {
    const into = parted[k] as { values: Float64Array; weights: Float64Array };
    select(into.values, into.weights, g.order, ranks, out, digit + 1, offset + g.before);
  });
}
