/** Sample standard deviation (Python's `statistics.stdev`). @example stdev([1, 2, 3]); //=> 1 */
export function stdev(xs: ArrayLike<number>): number {
  const n = xs.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (xs[i] as number) / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((xs[i] as number) - mean) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** Arithmetic mean. @example mean([1, 2, 3]); //=> 2 */
export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s / xs.length;
}

/** Median (mean of the two middle values for an even count). @example median([3, 1, 2, 10]); //=> 2.5 */
export function median(xs: ArrayLike<number>): number {
  const sorted = Float64Array.from(xs as ArrayLike<number>).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Most common value, the first seen on ties (Python ≥ 3.8 `statistics.mode`). @example mode([1, 2, 2]); //=> 2 */
export function mode(xs: ArrayLike<number>): number {
  const counts = new Map<number, number>();
  let best = xs[0] as number;
  let bestCount = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > bestCount) {
      best = x;
      bestCount = c;
    }
  }
  return best;
}

/** A growing Float64Array: compact storage of many numbers. */
export class NumberBuffer {
  #data = new Float64Array(1024);
  length = 0;
  push(x: number): void {
    if (this.length === this.#data.length) {
      const next = new Float64Array(this.#data.length * 2);
      next.set(this.#data);
      this.#data = next;
    }
    this.#data[this.length++] = x;
  }
  /** The numbers pushed so far (a view, not a copy). */
  values(): Float64Array {
    return this.#data.subarray(0, this.length);
  }
}
