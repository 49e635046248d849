import { hashText } from "@ciudata/core";
import { kept } from "./counts";

// What `describeTable` falls back on when a column holds more different values than it keeps exactly:
// a HyperLogLog for the number of distinct values, and the numbers of the other cells (every one up to
// a bound, then a sample chosen by hash) for quantiles. Both merge, and neither depends on row order.

/** Registers of the HyperLogLog: 2^14 = 16,384 (16 KiB), a standard error of 1.04 / √16384 ≈ 0.81 %. */
const HLL_BITS = 14;
const HLL_SIZE = 1 << HLL_BITS;

/**
 * A HyperLogLog sketch (Flajolet et al., 2007) of the distinct texts added, over `hashText`, with the
 * linear-counting correction for small counts. Adding a text twice changes nothing.
 * @internal
 *
 * @example
 * ```ts
 * const hll = new HyperLogLog();
 * for (let i = 0; i < 100_000; i++) hll.add(String(i));
 * hll.estimate(); //=> about 100,000 (± 0.8 % typically)
 * ```
 */
export class HyperLogLog {
  /** One byte per register: the highest rank seen. */
  readonly registers = new Uint8Array(HLL_SIZE);

  /** Counts a text. */
  add(text: string): void {
    this.addHash(hashText(text));
  }

  /** Counts a text by its `hashText` (when the caller has it already). */
  addHash(hash: number): void {
    const h = hash >>> 0;
    const index = h >>> (32 - HLL_BITS);
    // The rank of the first 1 bit in the remaining 18 bits (19 when they are all 0).
    const rest = (h << HLL_BITS) >>> 0;
    const rank = rest === 0 ? 32 - HLL_BITS + 1 : Math.clz32(rest) + 1;
    if (rank > (this.registers[index] as number)) this.registers[index] = rank;
  }

  /** Adds the texts of another sketch (the registers' maxima: the same as adding them here). */
  merge(other: { registers: Uint8Array }): void {
    const mine = this.registers;
    const theirs = other.registers;
    for (let i = 0; i < HLL_SIZE; i++)
      if ((theirs[i] as number) > (mine[i] as number)) mine[i] = theirs[i] as number;
  }

  /** The estimated number of distinct texts added. */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (const r of this.registers) {
      sum += 2 ** -r;
      if (r === 0) zeros++;
    }
    const alpha = 0.7213 / (1 + 1.079 / HLL_SIZE);
    const raw = (alpha * HLL_SIZE * HLL_SIZE) / sum;
    if (raw <= 2.5 * HLL_SIZE && zeros > 0) return Math.round(HLL_SIZE * Math.log(HLL_SIZE / zeros));
    return Math.round(raw);
  }
}

/**
 * The numbers of the cells not counted per text, each different (text hash, number) with how many cells
 * hold it (joined once there are twice `bound` entries, and by {@link ValueStore.settle}): every one
 * while they are at most `bound` different, then only those whose hash is
 * {@link kept} at the lowest level that keeps at most `bound` of them (each cell then standing for
 * 2^level cells), never a level that would keep none. So the quantiles are exact while the different
 * numbers fit, however many cells hold them; past that they come from the numbers of a share of the
 * texts chosen by hash, with their exact counts. Which are kept depends only on the cells, not on their
 * order, so two stores merge into the store of all their cells.
 * @internal
 *
 * @example
 * ```ts
 * const store = new ValueStore(1000);
 * for (let i = 0; i < 1e6; i++) store.add(mix32(i % 10), i % 10);
 * store.settle();
 * store.size; //=> 10 (each number with its count: 100,000 cells)
 * ```
 */
export class ValueStore {
  /** 0 while every cell is kept; else each kept cell stands for 2^level cells. */
  level = 0;
  /** Entries kept: (hash, number, cells), a (hash, number) possibly in more than one until settled. */
  size = 0;
  hashes = new Int32Array(64);
  values = new Float64Array(64);
  /** Cells holding each. */
  weights = new Float64Array(64);

  constructor(readonly bound: number) {}

  /** Offers `count` cells (default 1) of one number with its text's hash. */
  add(hash: number, value: number, count = 1): void {
    if (!kept(hash, this.level)) return;
    if (this.size === this.values.length) this.#grow();
    this.hashes[this.size] = hash;
    this.values[this.size] = value;
    this.weights[this.size++] = count;
    // Appended as they come (most numbers differ); the same ones are joined when there are twice too many.
    if (this.size > 2 * this.bound) this.settle();
  }

  /** Adds the cells of another store. */
  merge(other: {
    level: number;
    size: number;
    hashes: Int32Array;
    values: Float64Array;
    weights: Float64Array;
  }): void {
    // The other store rose to its level on part of the cells: all of them would raise it as far.
    if (other.level > this.level) this.#keep(other.level);
    if (other.level === this.level) {
      // Every entry of the other store is kept here: copied at once.
      const n = other.size;
      while (this.values.length < this.size + n) this.#grow();
      this.hashes.set(other.hashes.subarray(0, n), this.size);
      this.values.set(other.values.subarray(0, n), this.size);
      this.weights.set(other.weights.subarray(0, n), this.size);
      this.size += n;
      if (this.size > 2 * this.bound) this.settle();
      return;
    }
    for (let i = 0; i < other.size; i++)
      this.add(other.hashes[i] as number, other.values[i] as number, other.weights[i] as number);
  }

  /**
   * Joins the entries of the same (hash, number), then rises to the lowest level that keeps at most
   * `bound` of them (never one that keeps none): what is kept then depends only on the cells.
   */
  settle(): void {
    // Entries left apart give the same quantiles as joined: only too many are worth joining.
    if (this.size <= this.bound) return;
    this.#join();
    while (this.size > this.bound) {
      let next = 0;
      for (let i = 0; i < this.size; i++) if (kept(this.hashes[i] as number, this.level + 1)) next++;
      if (next === 0) return;
      this.#keep(this.level + 1);
    }
  }

  /** The numbers kept, in no order, each with the cells it holds (not yet scaled by the level). */
  entries(): { values: Float64Array; weights: Float64Array } {
    this.settle();
    return { values: this.values.subarray(0, this.size), weights: this.weights.subarray(0, this.size) };
  }

  /** Keeps only the entries kept at `level`. */
  #keep(level: number): void {
    this.level = level;
    let to = 0;
    for (let from = 0; from < this.size; from++) {
      const hash = this.hashes[from] as number;
      if (!kept(hash, level)) continue;
      this.hashes[to] = hash;
      this.values[to] = this.values[from] as number;
      this.weights[to++] = this.weights[from] as number;
    }
    this.size = to;
  }

  /** Joins the entries of the same (hash, number) into the first one. */
  #join(): void {
    let slotCount = 16;
    while (slotCount < this.size * 2) slotCount *= 2;
    const slots = new Int32Array(slotCount);
    const mask = slotCount - 1;
    let to = 0;
    for (let from = 0; from < this.size; from++) {
      const hash = this.hashes[from] as number;
      const value = this.values[from] as number;
      let i = hash & mask;
      let found = -1;
      while (slots[i] !== 0) {
        const at = (slots[i] as number) - 1;
        if (this.hashes[at] === hash && Object.is(this.values[at], value)) {
          found = at;
          break;
        }
        i = (i + 1) & mask;
      }
      if (found >= 0) {
        this.weights[found] = (this.weights[found] as number) + (this.weights[from] as number);
        continue;
      }
      this.hashes[to] = hash;
      this.values[to] = value;
      this.weights[to] = this.weights[from] as number;
      slots[i] = ++to;
    }
    this.size = to;
  }

  #grow(): void {
    this.hashes = doubled(this.hashes, new Int32Array(this.hashes.length * 2));
    this.values = doubled(this.values, new Float64Array(this.values.length * 2));
    this.weights = doubled(this.weights, new Float64Array(this.weights.length * 2));
  }
}

/** `into` (twice as long) holding `from` first. */
function doubled<T extends Int32Array | Float64Array>(from: T, into: T): T {
  into.set(from);
  return into;
}
