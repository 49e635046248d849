import { hashText, seededRandom } from "@ciudata/core";

// The two sketches `describeTable` falls back on when a column holds more different values than it keeps
// exactly: a HyperLogLog for the number of distinct values, a reservoir sample for quantiles.

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
  readonly #registers = new Uint8Array(HLL_SIZE);

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
    if (rank > (this.#registers[index] as number)) this.#registers[index] = rank;
  }

  /** The estimated number of distinct texts added. */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (const r of this.#registers) {
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
 * A uniform random sample of `size` numbers from a stream of any length (Vitter's algorithm R), seeded
 * so a run gives the same sample every time. Every number seen has the same chance to be kept.
 * @internal
 *
 * @example
 * ```ts
 * const sample = new Reservoir(1000);
 * for (let i = 0; i < 1e6; i++) sample.add(i);
 * sample.values().length; //=> 1000
 * ```
 */
export class Reservoir {
  readonly #kept: Float64Array;
  readonly #random = seededRandom(22);
  #seen = 0;

  constructor(readonly size: number) {
    this.#kept = new Float64Array(size);
  }

  /** Numbers offered so far. */
  get seen(): number {
    return this.#seen;
  }

  /** Offers a number. */
  add(value: number): void {
    const seen = this.#seen++;
    if (seen < this.size) this.#kept[seen] = value;
    else {
      const j = Math.floor(this.#random() * (seen + 1));
      if (j < this.size) this.#kept[j] = value;
    }
  }

  /** The numbers kept. */
  values(): Float64Array {
    return this.#kept.subarray(0, Math.min(this.#seen, this.size));
  }
}
