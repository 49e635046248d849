import { growSlots, hashText, slotOf } from "@ciudata/core";
import { ownCopy } from "@ciudata/table";
/** The code of a missing value: every {@link ValueCodes} gives it to the cells it reads as missing. */
export const MISSING_CODE = 0;

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** Hash of a short cell packed into words. */
function shortHash(n: number, w0: number, w1: number, w2: number, w3: number, w4: number): number {
  let h = Math.imul(w0 ^ n, C1);
  h = Math.imul(h ^ (h >>> 15) ^ w1, C2);
  h = Math.imul(h ^ (h >>> 13) ^ w2, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16) ^ w3, C1);
  h = Math.imul(h ^ (h >>> 15) ^ w4, C2);
  return h ^ (h >>> 16);
}

/**
 * Per column: each distinct cell → a small integer (its trimmed value's code; {@link MISSING_CODE} when
 * the trimmed cell is missing). Trimming and the missing test run once per distinct cell, not per record.
 * A cell of up to 20 characters below U+0100 (dates, codes, most names) is packed into five integers and
 * found in one open-addressing slot that holds it whole, so a record touches one slot per cell; longer
 * cells are hashed and compared with the stored cell.
 *
 * @example
 * ```ts
 * const codes = new ValueCodes((c) => c === "");
 * codes.code(" Centro"); //=> 1
 * codes.code("Centro"); //=> 1
 * codes.code(""); //=> 0
 * ```
 */
export class ValueCodes {
  /** Code → trimmed value (index 0, the missing code, holds `""`). */
  readonly values: string[] = [""];
  /** Trimmed value → code (only on a cell never seen). */
  private readonly byValue = new Map<string, number>();
  /**
   * Short cells: slots of [length + 1 (0 = empty), code, chars 0–3, 4–7, …], as many words as the
   * longest short cell so far needs (1 to 5), so a column of short values keeps a small table.
   */
  private short = new Int32Array(128 * 3);
  private shortMask = 127;
  private shortSize = 0;
  private words = 1;
  /** Long cells: entry → the cell as read and its code; slots of [hash, entry + 1 (0 = empty)]. */
  private readonly cells: string[] = [];
  private codes = new Int32Array(64);
  private slots = new Int32Array(256);
  private mask = 127;
  private readonly isMissing: (cell: string) => boolean;

  constructor(isMissing: (cell: string) => boolean) {
    this.isMissing = isMissing;
  }

  /** The code of a cell, giving a new one to a value not seen yet. */
  code(cell: string): number {
    const n = cell.length;
    if (n > 20) return this.longCode(cell);
    // Four characters a word; any character past U+00FF sends the cell to the long table.
    let wide = 0;
    let w0 = 0;
    let w1 = 0;
    let w2 = 0;
    let w3 = 0;
    let w4 = 0;
    for (let i = 0; i < n && i < 4; i++) {
      const c = cell.charCodeAt(i);
      wide |= c;
      w0 |= c << (i << 3);
    }
    if (n > 4) {
      for (let i = 4; i < n && i < 8; i++) {
        const c = cell.charCodeAt(i);
        wide |= c;
        w1 |= c << ((i - 4) << 3);
      }
      for (let i = 8; i < n && i < 12; i++) {
        const c = cell.charCodeAt(i);
        wide |= c;
        w2 |= c << ((i - 8) << 3);
      }
      for (let i = 12; i < n && i < 16; i++) {
        const c = cell.charCodeAt(i);
        wide |= c;
        w3 |= c << ((i - 12) << 3);
      }
      for (let i = 16; i < n; i++) {
        const c = cell.charCodeAt(i);
        wide |= c;
        w4 |= c << ((i - 16) << 3);
      }
    }
    if (wide > 255) return this.longCode(cell);
    if (n > this.words * 4) this.relayout(this.shortMask + 1, (n + 3) >> 2);
    const h = shortHash(n, w0, w1, w2, w3, w4);
    const short = this.short;
    const words = this.words;
    const stride = words + 2;
    for (let pos = h & this.shortMask; ; pos = (pos + 1) & this.shortMask) {
      const at = pos * stride;
      const len = short[at] as number;
      if (len === 0) {
        const code = this.valueCode(cell, true);
        short[at] = n + 1;
        short[at + 1] = code;
        short[at + 2] = w0;
        if (words > 1) short[at + 3] = w1;
        if (words > 2) short[at + 4] = w2;
        if (words > 3) short[at + 5] = w3;
        if (words > 4) short[at + 6] = w4;
        if (++this.shortSize * 4 > (this.shortMask + 1) * 3) this.relayout((this.shortMask + 1) * 2, words);
        return code;
      }
      if (
        len === n + 1 &&
        short[at + 2] === w0 &&
        (words < 2 || short[at + 3] === w1) &&
        (words < 3 || short[at + 4] === w2) &&
        (words < 4 || short[at + 5] === w3) &&
        (words < 5 || short[at + 6] === w4)
      )
        return short[at + 1] as number;
    }
  }

  /** New short slots (`size` of them, `words` words each), every cell re-hashed. Load stays ≤ ¾. */
  private relayout(size: number, words: number): void {
    const old = this.short;
    const oldStride = this.words + 2;
    const stride = words + 2;
    const short = new Int32Array(size * stride);
    const mask = size - 1;
    const w = new Int32Array(5);
    for (let at = 0; at < old.length; at += oldStride) {
      const len = old[at] as number;
      if (len === 0) continue;
      w.fill(0);
      for (let j = 0; j < this.words; j++) w[j] = old[at + 2 + j] as number;
      let pos =
        shortHash(len - 1, w[0] as number, w[1] as number, w[2] as number, w[3] as number, w[4] as number) &
        mask;
      while (short[pos * stride] !== 0) pos = (pos + 1) & mask;
      short[pos * stride] = len;
      short[pos * stride + 1] = old[at + 1] as number;
      short.set(w.subarray(0, words), pos * stride + 2);
    }
    this.short = short;
    this.shortMask = mask;
    this.words = words;
  }

  private longCode(cell: string): number {
    const h = hashText(cell);
    const slots = this.slots;
    const pos = slotOf(slots, h, (entry) => this.cells[entry] === cell);
    const found = slots[2 * pos + 1] as number;
    if (found !== 0) return this.codes[found - 1] as number;
    const code = this.valueCode(cell, true);
    const entry = this.cells.length;
    this.cells.push(ownCopy(cell));
    if (entry === this.codes.length) {
      const codes = new Int32Array(entry * 2);
      codes.set(this.codes);
      this.codes = codes;
    }
    this.codes[entry] = code;
    slots[2 * pos] = h;
    slots[2 * pos + 1] = entry + 1;
    if (this.cells.length * 2 > this.mask + 1) this.rehash();
    return code;
  }

  /** The code of a cell without adding it: `-1` for a value never seen. */
  peek(cell: string): number {
    return this.valueCode(cell, false);
  }

  private valueCode(cell: string, add: boolean): number {
    const value = cell.trim();
    if (this.isMissing(value)) return MISSING_CODE;
    let code = this.byValue.get(value);
    if (code === undefined) {
      if (!add) return -1;
      code = this.values.length;
      this.values.push(ownCopy(value));
      this.byValue.set(this.values[code] as string, code);
    }
    return code;
  }

  private rehash(): void {
    this.slots = growSlots(this.slots);
    this.mask = (this.slots.length >> 1) - 1;
  }
}

/** Bits needed to write `n` (≥ 0) in binary. */
const bitLength = (n: number) => 32 - Math.clz32(n);

/**
 * Counts of tuples of small non-negative integers of a fixed width in an open-addressing hash table
 * (linear probing, load ≤ ½). Tuples are numbered densely in order of first appearance, so iterating ids
 * 0…size-1 is insertion order. While the values fit in 31 bits side by side (each position as wide as
 * its largest value so far), a slot holds the packed tuple itself and its id, so a lookup touches one
 * slot and never the stored tuple; wider tuples fall back to a hash in the slot and a comparison.
 * Weights are summed only once a weight other than 1 is added (until then a tuple's weight is its count).
 * Memory: 4 × width bytes per tuple, 4 for its count (+ 8 with weights), 8 to 16 bytes of slots.
 *
 * @example
 * ```ts
 * const t = new TupleCounter(2);
 * t.add(Int32Array.of(1, 2), 1);
 * t.add(Int32Array.of(1, 2), 1);
 * t.count(0); //=> 2
 * ```
 */
export class TupleCounter {
  readonly width: number;
  /** Distinct tuples so far. */
  size = 0;
  /** Tuple of id `i` at `keys[i * width …]`. */
  private keys: Int32Array;
  private counts: Int32Array;
  private weights: Float64Array | null = null;
  /** Pairs [packed tuple or hash, id + 1]; id + 1 = 0 is an empty slot. */
  private slots: Int32Array;
  private mask: number;
  /** Per position: its bits in the packed tuple, its shift, and the first value that does not fit. */
  private readonly bits: Int32Array;
  private readonly shifts: Int32Array;
  private readonly limits: Float64Array;
  private packed = true;

  constructor(width: number, capacity = 1024) {
    this.width = width;
    this.keys = new Int32Array(capacity * width);
    this.counts = new Int32Array(capacity);
    this.slots = new Int32Array(capacity * 4);
    this.mask = capacity * 2 - 1;
    this.bits = new Int32Array(width);
    this.shifts = new Int32Array(width);
    this.limits = new Float64Array(width).fill(1);
  }

  /** The packed tuple (values must fit), or its murmur3-style hash once tuples no longer fit. */
  private slotKey(tuple: ArrayLike<number>): number {
    if (this.packed) {
      let key = 0;
      for (let i = 0; i < this.width; i++) key |= (tuple[i] as number) << (this.shifts[i] as number);
      return key;
    }
    let h = this.width;
    for (let i = 0; i < this.width; i++) {
      let k = Math.imul(tuple[i] as number, C1);
      k = (k << 15) | (k >>> 17);
      h ^= Math.imul(k, C2);
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    return h;
  }

  /** Where a slot key starts probing (a mix of its bits). */
  private home(key: number): number {
    let h = key ^ (key >>> 16);
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) & this.mask;
  }

  private same(id: number, tuple: ArrayLike<number>): boolean {
    const at = id * this.width;
    for (let i = 0; i < this.width; i++) if (this.keys[at + i] !== tuple[i]) return false;
    return true;
  }

  /** The slot of a tuple: where it is, or the empty slot where it would go. */
  private slotOf(tuple: ArrayLike<number>, key: number): number {
    const slots = this.slots;
    let pos = this.home(key);
    for (;;) {
      const id = (slots[2 * pos + 1] as number) - 1;
      if (id === -1 || (slots[2 * pos] === key && (this.packed || this.same(id, tuple)))) return pos;
      pos = (pos + 1) & this.mask;
    }
  }

  /** True when every value fits its packed width (widening the widths, or leaving packing, if not). */
  private fits(tuple: ArrayLike<number>): boolean {
    let widened = false;
    for (let i = 0; i < this.width; i++) {
      const v = tuple[i] as number;
      if (v >= (this.limits[i] as number) || v < 0) {
        if (v < 0) return false;
        this.bits[i] = bitLength(v);
        this.limits[i] = 2 ** (this.bits[i] as number);
        widened = true;
      }
    }
    if (!widened) return true;
    let shift = 0;
    for (let i = 0; i < this.width; i++) {
      this.shifts[i] = shift;
      shift += this.bits[i] as number;
    }
    if (shift > 31) this.packed = false;
    this.rebuild(this.mask + 1);
    return true;
  }

  /** The id of a tuple, or `-1` when it was never added. */
  find(tuple: ArrayLike<number>): number {
    if (this.packed)
      for (let i = 0; i < this.width; i++)
        if ((tuple[i] as number) >= (this.limits[i] as number) || (tuple[i] as number) < 0) return -1;
    return (this.slots[2 * this.slotOf(tuple, this.slotKey(tuple)) + 1] as number) - 1;
  }

  /**
   * Counts `n` records of a tuple (values ≥ 0) weighing `weight` together (default `n`: every weight 1),
   * and returns the tuple's id.
   */
  addMany(tuple: ArrayLike<number>, n: number, weight = n): number {
    if (weight !== n && this.weights === null) {
      // Until now every weight was 1: the weights so far are the counts.
      this.weights = new Float64Array(this.counts.length);
      for (let j = 0; j < this.size; j++) this.weights[j] = this.counts[j] as number;
    }
    const id = this.add(tuple, 1);
    this.counts[id] = (this.counts[id] as number) + n - 1;
    if (this.weights !== null) this.weights[id] = (this.weights[id] as number) + weight - 1;
    return id;
  }

  /** Counts one record of a tuple (values ≥ 0) with its weight and returns the tuple's id. */
  add(tuple: ArrayLike<number>, weight: number): number {
    if (this.packed && !this.fits(tuple)) throw new RangeError("tuple values must be non-negative");
    const key = this.slotKey(tuple);
    const pos = this.slotOf(tuple, key);
    let id = (this.slots[2 * pos + 1] as number) - 1;
    if (id === -1) {
      id = this.size++;
      if (id === this.counts.length) this.grow();
      const at = id * this.width;
      for (let i = 0; i < this.width; i++) this.keys[at + i] = tuple[i] as number;
      this.slots[2 * pos] = key;
      this.slots[2 * pos + 1] = id + 1;
      if (this.size * 2 > this.mask + 1) this.double();
    }
    this.counts[id] = (this.counts[id] as number) + 1;
    if (weight !== 1 && this.weights === null) {
      // Until now every weight was 1: the weights so far are the counts (minus this record's).
      this.weights = new Float64Array(this.counts.length);
      for (let j = 0; j < this.size; j++) this.weights[j] = (this.counts[j] as number) - (j === id ? 1 : 0);
    }
    if (this.weights !== null) this.weights[id] = (this.weights[id] as number) + weight;
    return id;
  }

  /** Value `i` of the tuple of `id`. */
  at(id: number, i: number): number {
    return this.keys[id * this.width + i] as number;
  }

  /** Records of the tuple of `id`. */
  count(id: number): number {
    return this.counts[id] as number;
  }

  /** Summed weights of the tuple of `id` (its count while every weight was 1). */
  weight(id: number): number {
    return this.weights === null ? (this.counts[id] as number) : (this.weights[id] as number);
  }

  private grow(): void {
    const capacity = this.counts.length * 2;
    const keys = new Int32Array(capacity * this.width);
    keys.set(this.keys);
    this.keys = keys;
    const counts = new Int32Array(capacity);
    counts.set(this.counts);
    this.counts = counts;
    if (this.weights !== null) {
      const weights = new Float64Array(capacity);
      weights.set(this.weights);
      this.weights = weights;
    }
  }

  /** Twice the slots, every slot key moved over (the keys do not change). */
  private double(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    this.slots = slots;
    this.mask = old.length - 1;
    for (let p = 0; p < old.length; p += 2) {
      const id1 = old[p + 1] as number;
      if (id1 === 0) continue;
      const key = old[p] as number;
      let pos = this.home(key);
      while (slots[2 * pos + 1] !== 0) pos = (pos + 1) & this.mask;
      slots[2 * pos] = key;
      slots[2 * pos + 1] = id1;
    }
  }

  /** New slots (`size` of them, a power of 2) with every id put back under its current slot key. */
  private rebuild(size: number): void {
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    const tuple = new Int32Array(this.width);
    for (let id = 0; id < this.size; id++) {
      for (let i = 0; i < this.width; i++) tuple[i] = this.keys[id * this.width + i] as number;
      const key = this.slotKey(tuple);
      let pos = this.home(key);
      while (this.slots[2 * pos + 1] !== 0) pos = (pos + 1) & this.mask;
      this.slots[2 * pos] = key;
      this.slots[2 * pos + 1] = id + 1;
    }
  }
}

/** Buffered keys before a sort-and-merge, at least (it grows with the distinct keys). */
const MIN_BUFFER = 1 << 18;
const RADIX_BITS = 13;

/**
 * Sorts `n` non-negative keys of at most `bits` bits (LSD radix sort, 13 bits a pass), using `tmp`;
 * returns the array holding the result (`keys` or `tmp`).
 */
function radixSort(keys: Int32Array, tmp: Int32Array, n: number, bits: number): Int32Array {
  const buckets = 1 << RADIX_BITS;
  const counts = new Int32Array(buckets);
  let from = keys;
  let to = tmp;
  for (let shift = 0; shift < bits; shift += RADIX_BITS) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const d = ((from[i] as number) >>> shift) & (buckets - 1);
      counts[d] = (counts[d] as number) + 1;
    }
    let sum = 0;
    for (let d = 0; d < buckets; d++) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = from[i] as number;
      const d = (key >>> shift) & (buckets - 1);
      to[counts[d] as number] = key;
      counts[d] = (counts[d] as number) + 1;
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/**
 * Records per tuple of small non-negative integers, for measures that do not depend on the order of
 * the classes (no weights, no sensitive columns, no wildcard). While the values fit in 31 bits side by
 * side (each position as wide as its largest value so far), a record appends its packed tuple to a
 * buffer: no random memory access per record. A full buffer is radix-sorted and merged into a sorted
 * run of (tuple, count); the buffer is as large as the run (at least 256 Ki), so sorting and merging
 * cost O(1) per record and memory stays proportional to the distinct tuples. Wider tuples move to a
 * {@link TupleCounter}.
 *
 * @example
 * ```ts
 * const c = new SortedCounter(2);
 * c.add(Int32Array.of(1, 2));
 * c.add(Int32Array.of(1, 2));
 * c.sizes(); //=> Map { 2 => 1 }
 * ```
 */
export class SortedCounter {
  readonly width: number;
  private readonly bits: Int32Array;
  private readonly shifts: Int32Array;
  private readonly limits: Float64Array;
  private totalBits = 0;
  private buffer = new Int32Array(MIN_BUFFER);
  private buffered = 0;
  /** The sorted run: distinct packed tuples and their records. */
  private runKeys = new Int32Array(0);
  private runCounts = new Int32Array(0);
  private table: TupleCounter | null = null;

  constructor(width: number) {
    this.width = width;
    this.bits = new Int32Array(width);
    this.shifts = new Int32Array(width);
    this.limits = new Float64Array(width).fill(1);
  }

  /** Counts one record of a tuple (values ≥ 0). */
  add(tuple: ArrayLike<number>): void {
    if (this.table !== null) {
      this.table.add(tuple, 1);
      return;
    }
    let key = 0;
    for (let i = 0; i < this.width; i++) {
      const v = tuple[i] as number;
      if (v >= (this.limits[i] as number) || v < 0) {
        this.widen(tuple);
        this.add(tuple);
        return;
      }
      key |= v << (this.shifts[i] as number);
    }
    this.buffer[this.buffered++] = key;
    if (this.buffered === this.buffer.length) this.flush();
  }

  private unpack(key: number, tuple: Int32Array): void {
    for (let i = 0; i < this.width; i++)
      tuple[i] = (key >>> (this.shifts[i] as number)) & ((this.limits[i] as number) - 1);
  }

  /**
   * Makes every position wide enough for `tuple`, re-packing what was counted (widening a position
   * keeps the lexicographic order of the packed tuples, so the run stays sorted); past 31 bits, moves
   * everything to a {@link TupleCounter}.
   */
  private widen(tuple: ArrayLike<number>): void {
    const bits = Int32Array.from(this.bits);
    let total = 0;
    for (let i = 0; i < this.width; i++) {
      const v = tuple[i] as number;
      if (v < 0) throw new RangeError("tuple values must be non-negative");
      if (v >= (this.limits[i] as number)) bits[i] = bitLength(v);
      total += bits[i] as number;
    }
    const old = new Int32Array(this.width);
    if (total > 31) {
      const table = new TupleCounter(this.width);
      for (let r = 0; r < this.runKeys.length; r++) {
        this.unpack(this.runKeys[r] as number, old);
        table.addMany(old, this.runCounts[r] as number);
      }
      for (let b = 0; b < this.buffered; b++) {
        this.unpack(this.buffer[b] as number, old);
        table.add(old, 1);
      }
      this.table = table;
      this.buffer = new Int32Array(0);
      this.buffered = 0;
      this.runKeys = new Int32Array(0);
      this.runCounts = new Int32Array(0);
      return;
    }
    const shifts = new Int32Array(this.width);
    for (let i = 1; i < this.width; i++) shifts[i] = (shifts[i - 1] as number) + (bits[i - 1] as number);
    const repack = (keys: Int32Array, n: number) => {
      for (let r = 0; r < n; r++) {
        this.unpack(keys[r] as number, old);
        let key = 0;
        for (let i = 0; i < this.width; i++) key |= (old[i] as number) << (shifts[i] as number);
        keys[r] = key;
      }
    };
    repack(this.runKeys, this.runKeys.length);
    repack(this.buffer, this.buffered);
    this.bits.set(bits);
    this.shifts.set(shifts);
    for (let i = 0; i < this.width; i++) this.limits[i] = 2 ** (bits[i] as number);
    this.totalBits = total;
  }

  /** Sorts the buffer and merges it into the run. */
  private flush(): void {
    const n = this.buffered;
    if (n === 0) return;
    const sorted = radixSort(this.buffer, new Int32Array(n), n, this.totalBits);
    const runKeys = this.runKeys;
    const runCounts = this.runCounts;
    const keys = new Int32Array(runKeys.length + n);
    const counts = new Int32Array(runKeys.length + n);
    const runSize = runKeys.length;
    let size = 0;
    let r = 0;
    let b = 0;
    while (r < runSize && b < n) {
      const rk = runKeys[r] as number;
      const key = sorted[b] as number;
      if (rk < key) {
        keys[size] = rk;
        counts[size++] = runCounts[r++] as number;
        continue;
      }
      let count = 0;
      while (b < n && sorted[b] === key) {
        count++;
        b++;
      }
      if (rk === key) count += runCounts[r++] as number;
      keys[size] = key;
      counts[size++] = count;
    }
    for (; r < runSize; r++) {
      keys[size] = runKeys[r] as number;
      counts[size++] = runCounts[r] as number;
    }
    while (b < n) {
      const key = sorted[b] as number;
      let count = 0;
      while (b < n && sorted[b] === key) {
        count++;
        b++;
      }
      keys[size] = key;
      counts[size++] = count;
    }
    // Views, not copies: the run holds at most twice its size.
    this.runKeys = keys.subarray(0, size);
    this.runCounts = counts.subarray(0, size);
    this.buffered = 0;
    if (this.buffer.length < size) this.buffer = new Int32Array(size);
  }

  /** Class size → number of classes of that size. */
  sizes(): Map<number, number> {
    const out = new Map<number, number>();
    if (this.table !== null) {
      const t = this.table;
      for (let id = 0; id < t.size; id++) out.set(t.count(id), (out.get(t.count(id)) ?? 0) + 1);
      return out;
    }
    this.flush();
    const small = new Float64Array(256);
    for (const n of this.runCounts) {
      if (n < 256) small[n] = (small[n] as number) + 1;
      else out.set(n, (out.get(n) ?? 0) + 1);
    }
    for (let n = 255; n > 0; n--) if (small[n]) out.set(n, small[n] as number);
    return out;
  }

  /** Every tuple with its records, in a {@link TupleCounter} (in tuple order, not first appearance). */
  toTable(): TupleCounter {
    if (this.table !== null) return this.table;
    this.flush();
    const t = new TupleCounter(this.width);
    const tuple = new Int32Array(this.width);
    for (let r = 0; r < this.runKeys.length; r++) {
      this.unpack(this.runKeys[r] as number, tuple);
      t.addMany(tuple, this.runCounts[r] as number);
    }
    return t;
  }
}
