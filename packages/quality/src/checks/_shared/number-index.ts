/**
 * A first-occurrence index for number keys: what a unique or primary-key check needs for integer ids,
 * without one string and one Map entry per row. Small non-negative integers that come densely (ids
 * 1, 2, 3…, the usual case) go to a direct-address array, read and written in order (4–16 bytes a key);
 * any other number goes to open addressing over typed arrays (~26 bytes a key). No garbage either way.
 * Keys are any finite numbers; -0 is normalised to 0.
 * @internal
 *
 * @example
 * ```ts
 * const index = new NumberIndex();
 * index.firstOrAdd(42, 2); //=> -1 (new key, remembered at row 2)
 * index.firstOrAdd(42, 7); //=> 2 (seen first at row 2)
 * index.lastAndSet(42, 9); //=> 2, and row 9 is now the latest
 * ```
 */
export class NumberIndex {
  private keys: Float64Array;
  private rows: Int32Array;
  private used: Uint8Array;
  private mask: number;
  /** Row + 1 for the integer keys 0 … dense.length - 1 (0 = not seen). Every such key lives here. */
  private dense = new Int32Array(0);
  private hashed = 0;
  private count = 0;

  /**
   * @param capacity - expected distinct keys of the hash part (it grows anyway).
   * @param denseSlack - how far past twice the keys seen an integer may be and still widen the dense array.
   */
  constructor(
    capacity = 1024,
    private readonly denseSlack = DENSE_SLACK,
  ) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Float64Array(size);
    this.rows = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
  }

  /** Number of distinct keys. */
  get size(): number {
    return this.count;
  }

  /** The row a key was first seen at, or -1 after remembering it at `row`. */
  firstOrAdd(key: number, row: number): number {
    return this.find(key, row, false);
  }

  /** The row a key was last seen at (-1 when new); remembers `row` as its latest. */
  lastAndSet(key: number, row: number): number {
    return this.find(key, row, true);
  }

  private find(key: number, row: number, replace: boolean): number {
    const k = key === 0 ? 0 : key;
    if ((k | 0) === k && k >= 0) {
      if (k >= this.dense.length && k < MAX_DENSE && k < 2 * this.count + this.denseSlack) this.growDense(k);
      if (k < this.dense.length) {
        const previous = (this.dense[k] as number) - 1;
        if (previous < 0) {
          this.dense[k] = row + 1;
          this.count++;
        } else if (replace) this.dense[k] = row + 1;
        return previous;
      }
    }
    let slot = hash(k) & this.mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === k) {
        const previous = this.rows[slot] as number;
        if (replace) this.rows[slot] = row;
        return previous;
      }
      slot = (slot + 1) & this.mask;
    }
    this.used[slot] = 1;
    this.keys[slot] = k;
    this.rows[slot] = row;
    this.count++;
    if (++this.hashed * 2 > this.mask) this.rehash(this.mask + 1);
    return -1;
  }

  /** Widens the dense array to hold `k` and moves the hashed keys it now covers. */
  private growDense(k: number): void {
    const size = Math.min(MAX_DENSE, 2 ** Math.ceil(Math.log2(Math.max(1024, k + 1))));
    const dense = new Int32Array(size);
    dense.set(this.dense);
    const from = this.dense.length;
    this.dense = dense;
    let moved = false;
    for (let i = 0; i < this.used.length; i++) {
      const key = this.keys[i] as number;
      if (this.used[i] === 1 && (key | 0) === key && key >= from && key < size) {
        dense[key] = (this.rows[i] as number) + 1;
        moved = true;
      }
    }
    if (moved) this.rehash(this.mask + 1);
  }

  /** Rebuilds the hash part at `size` slots (doubled when half full), leaving out dense keys. */
  private rehash(size: number): void {
    const { keys, rows, used } = this;
    const limit = this.dense.length;
    let kept = 0;
    for (let i = 0; i < used.length; i++) {
      const k = keys[i] as number;
      if (used[i] === 1 && !((k | 0) === k && k >= 0 && k < limit)) kept++;
    }
    while (kept * 2 > size - 1) size *= 2;
    this.keys = new Float64Array(size);
    this.rows = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    this.hashed = kept;
    for (let i = 0; i < used.length; i++) {
      if (used[i] !== 1) continue;
      const k = keys[i] as number;
      if ((k | 0) === k && k >= 0 && k < limit) continue;
      let slot = hash(k) & this.mask;
      while (this.used[slot] === 1) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot] = k;
      this.rows[slot] = rows[i] as number;
    }
  }
}

/** Integer keys below this go to the dense array (2^26 keys: 256 MB at most, and only when dense). */
const MAX_DENSE = 2 ** 26;
/** A key may widen the dense array while it is below twice the keys seen plus this slack. */
const DENSE_SLACK = 65_536;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Mixes both halves of the float's bits (integers up to 2^31 take the cheap path). */
function hash(k: number): number {
  if ((k | 0) === k) return Math.imul(k ^ (k >>> 16), 0x45d9f3b) ^ (k >>> 13);
  f64[0] = k;
  const h = Math.imul((u32[0] as number) ^ Math.imul(u32[1] as number, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
