/**
 * A first-occurrence index for number keys (open addressing over typed arrays): what a unique or
 * primary-key check needs for integer ids, without one string and one Map entry per row. About 24 bytes
 * a key instead of ~80, and no garbage. Keys are any finite numbers except -0 (normalised to 0).
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
  private count = 0;

  constructor(capacity = 1024) {
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
    if (++this.count * 2 > this.mask) this.grow();
    return -1;
  }

  private grow(): void {
    const { keys, rows, used } = this;
    const size = (this.mask + 1) * 2;
    this.keys = new Float64Array(size);
    this.rows = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.mask = size - 1;
    for (let i = 0; i < used.length; i++) {
      if (used[i] !== 1) continue;
      const k = keys[i] as number;
      let slot = hash(k) & this.mask;
      while (this.used[slot] === 1) slot = (slot + 1) & this.mask;
      this.used[slot] = 1;
      this.keys[slot] = k;
      this.rows[slot] = rows[i] as number;
    }
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Mixes both halves of the float's bits (integers up to 2^31 take the cheap path). */
function hash(k: number): number {
  if ((k | 0) === k) return Math.imul(k ^ (k >>> 16), 0x45d9f3b) ^ (k >>> 13);
  f64[0] = k;
  const h = Math.imul((u32[0] as number) ^ Math.imul(u32[1] as number, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
