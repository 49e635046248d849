/** Past this size the small integers added move to the partials (2^52: exact after one more 32-bit integer). */
const INTEGERS_BOUND = 2 ** 52;

/**
 * The exact sum of floats (Shewchuk's partials, as Python's `math.fsum`): the result is the correctly
 * rounded value of the true sum, so it never depends on the order the numbers came in, nor on how a
 * table was cut between threads.
 * @internal
 *
 * @example
 * ```ts
 * const sum = new ExactSum();
 * for (const x of [0.1, 0.2, 0.3]) sum.add(x);
 * sum.value(); //=> 0.6 (a plain loop gives 0.6000000000000001)
 * ```
 */
export class ExactSum {
  /** The partials (a typed array: no array resized per number added), `#size` of them. */
  #partials = new Float64Array(8);
  #size = 0;
  /**
   * Small integers added and not in the partials yet: their sum is an integer float below 2^53 in
   * size, so adding them here is exact, and costs one addition instead of a pass over the partials.
   */
  #integers = 0;
  /** Whether small integers were added since the partials last took them (their sum may be 0). */
  #pending = false;

  /** Non-overlapping partial sums, smallest first (every number added so far). */
  get partials(): number[] {
    if (this.#pending) {
      const integers = this.#integers;
      this.#integers = 0;
      this.#pending = false;
      this.#addPartial(integers);
    }
    return Array.from(this.#partials.subarray(0, this.#size));
  }

  /** Adds a finite number. */
  add(value: number): void {
    // -0 and 0 go to the partials (0 + -0 would lose the sign of a sum of -0 only).
    if (value !== 0 && (value | 0) === value) {
      const integers = this.#integers + value;
      this.#pending = true;
      if (integers > INTEGERS_BOUND || integers < -INTEGERS_BOUND) {
        this.#integers = 0;
        this.#addPartial(integers);
      } else this.#integers = integers;
      return;
    }
    this.#addPartial(value);
  }

  #addPartial(value: number): void {
    let x = value;
    const p = this.#partials;
    const n = this.#size;
    let kept = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j] as number;
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[kept++] = lo;
      x = hi;
    }
    if (kept === p.length) {
      this.#partials = new Float64Array(p.length * 2);
      this.#partials.set(p);
    }
    (this.#partials as Float64Array)[kept] = x;
    this.#size = kept + 1;
  }

  /** Adds `value × count` exactly (the product split in two floats, Dekker's method). */
  addProduct(value: number, count: number): void {
    const product = value * count;
    const split = 134217729; // 2^27 + 1
    const a = split * value;
    const b = split * count;
    if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(product)) {
      this.add(product);
      return;
    }
    const aHi = a - (a - value);
    const aLo = value - aHi;
    const bHi = b - (b - count);
    const bLo = count - bHi;
    const error = aHi * bHi - product + aHi * bLo + aLo * bHi + aLo * bLo;
    this.add(product);
    if (error !== 0) this.add(error);
  }

  /** Adds every number of another sum. */
  merge(other: { partials: readonly number[] }): void {
    for (const x of other.partials) this.add(x);
  }

  /** The sum, correctly rounded (`Infinity` or `NaN` when a partial sum overflowed). */
  value(): number {
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half to even across the partials left (as Python does).
    if (n > 0 && ((lo < 0 && (p[n - 1] as number) < 0) || (lo > 0 && (p[n - 1] as number) > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
