import { latin1 } from "./text-scan";

/** Whether a hash is kept at `level`: its `level` highest bits are 0 (level 0 keeps every hash). @internal */
export function kept(hash: number, level: number): boolean {
  return level === 0 || hash >>> (32 - level) === 0;
}

/**
 * Counts of different texts: an open-addressing hash table over their hash, with
 * each text's count and what the caller keeps about it in typed arrays. Cheaper than a `Map` of objects
 * on the hot path (one hash, no allocation per cell), which keeps `describeTable` near the speed of reading.
 * `retain` drops the texts whose hash is not {@link kept} at a level, so which texts stay depends only
 * on the set of texts, never on their order.
 * @internal
 *
 * @example
 * ```ts
 * const counts = new TextCounts();
 * counts.find("Centro", 42); //=> -1
 * counts.insert("Centro", 42); //=> 0
 * counts.count[0]; //=> 1
 * ```
 */
export class TextCounts {
  /** How many cells hold each text (by its index). */
  count = new Float64Array(64);
  /** What the caller keeps per text: a class, a length and a number. */
  kind = new Uint8Array(64);
  length = new Uint32Array(64);
  number = new Float64Array(64);
  #size = 0;
  #hashes = new Int32Array(64);
  // Two words a slot: the hash, then index + 1 (0: empty); twice as many slots as texts at most. The
  // hash beside the index: a lookup reads one place before it compares a text.
  #slots = new Int32Array(512);
  #mask = 255;
  /** The texts as strings, in the order first seen (texts of text). */
  readonly #strings: string[] = [];
  /**
   * Texts of bytes one char per byte: their chars one after another, text i at
   * `#pool[#starts[i], #starts[i + 1])`, made a string only when asked for (see {@link text}), so that
   * a text dropped by {@link retain} never is one, and {@link findBytes} compares bytes with bytes.
   */
  #pool: Uint8Array | null;
  #starts: Int32Array | null;

  /** @param bytes every text is bytes one char per byte (no char past 255): {@link findBytes} and {@link insertBytes} may be used. */
  constructor(bytes = false) {
    this.#pool = bytes ? new Uint8Array(1024) : null;
    this.#starts = bytes ? new Int32Array(65) : null;
  }

  /** Texts counted. */
  get size(): number {
    return this.#size;
  }

  /** The text at `index`. */
  text(index: number): string {
    const starts = this.#starts;
    if (starts === null) return this.#strings[index] as string;
    return latin1(this.#pool as Uint8Array, starts[index] as number, starts[index + 1] as number);
  }

  /** Texts of bytes: a copy of their chars one after another, text i at `pool[starts[i], starts[i + 1])`; else `null`. */
  bytes(): { pool: Uint8Array; starts: Int32Array } | null {
    const starts = this.#starts;
    if (starts === null) return null;
    const n = this.#size;
    return { pool: (this.#pool as Uint8Array).slice(0, starts[n] as number), starts: starts.slice(0, n + 1) };
  }

  /** Whether the text at `index` is `text`. */
  #is(index: number, text: string): boolean {
    const starts = this.#starts;
    if (starts === null) return this.#strings[index] === text;
    const from = starts[index] as number;
    const n = text.length;
    if ((starts[index + 1] as number) - from !== n) return false;
    const pool = this.#pool as Uint8Array;
    let k = 0;
    while (k < n && pool[from + k] === text.charCodeAt(k)) k++;
    return k === n;
  }

  /** The index of `text` (whose `hashText` is `hash`), or -1. */
  find(text: string, hash: number): number {
    const slots = this.#slots;
    let i = hash & this.#mask;
    while (true) {
      const at = slots[2 * i + 1] as number;
      if (at === 0) return -1;
      if (slots[2 * i] === hash && this.#is(at - 1, text)) return at - 1;
      i = (i + 1) & this.#mask;
    }
  }

  /**
   * The index of the text whose UTF-8 bytes are `bytes[start, end)`, or -1. Only when the texts are
   * bytes one char per byte (see the constructor).
   */
  findBytes(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const pool = this.#pool as Uint8Array;
    const starts = this.#starts as Int32Array;
    const n = end - start;
    let i = hash & this.#mask;
    while (true) {
      const at = slots[2 * i + 1] as number;
      if (at === 0) return -1;
      if (slots[2 * i] === hash) {
        const from = starts[at - 1] as number;
        if ((starts[at] as number) - from === n) {
          const shift = from - start;
          let k = start;
          while (k < end && pool[k + shift] === bytes[k]) k++;
          if (k === end) return at - 1;
        }
      }
      i = (i + 1) & this.#mask;
    }
  }

  /** Adds a text not counted yet (with a count of 1); returns its index. */
  insert(text: string, hash: number): number {
    const index = this.#added(hash);
    const starts = this.#starts;
    if (starts === null) {
      this.#strings.push(text);
      return index;
    }
    const from = starts[index] as number;
    const n = text.length;
    const pool = this.#room(from + n);
    for (let k = 0; k < n; k++) pool[from + k] = text.charCodeAt(k);
    starts[index + 1] = from + n;
    return index;
  }

  /** {@link insert} of the text whose UTF-8 bytes are `bytes[start, end)` (texts of bytes only). */
  insertBytes(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const index = this.#added(hash);
    const starts = this.#starts as Int32Array;
    const from = starts[index] as number;
    const pool = this.#room(from + end - start);
    // A loop: a cell is short, and a subarray would be an object a text.
    for (let k = start; k < end; k++) pool[from + k - start] = bytes[k] as number;
    starts[index + 1] = from + end - start;
    return index;
  }

  /** A new index for a text of `hash`, counted once and placed in the slots (its text not kept yet). */
  #added(hash: number): number {
    const index = this.#size;
    if (index === this.count.length) this.#growValues();
    if ((index + 1) * 2 > this.#mask + 1) this.#growSlots();
    this.#size++;
    this.#hashes[index] = hash;
    this.count[index] = 1;
    this.#place(index, hash);
    return index;
  }

  /** The pool, with room for `size` bytes. */
  #room(size: number): Uint8Array {
    const pool = this.#pool as Uint8Array;
    if (size <= pool.length) return pool;
    const grown = new Uint8Array(Math.max(pool.length * 2, size));
    grown.set(pool);
    this.#pool = grown;
    return grown;
  }

  #place(index: number, hash: number): void {
    const slots = this.#slots;
    let i = hash & this.#mask;
    while (slots[2 * i + 1] !== 0) i = (i + 1) & this.#mask;
    slots[2 * i] = hash;
    slots[2 * i + 1] = index + 1;
  }

  /** The hash of the text at `index`. */
  hashAt(index: number): number {
    return this.#hashes[index] as number;
  }

  /** Keeps only the texts whose hash is kept at `level`, calling `drop` with each other index first. */
  retain(level: number, drop: (index: number) => void): void {
    const strings = this.#strings;
    const starts = this.#starts;
    const pool = this.#pool;
    let to = 0;
    // The old start of text `from` (starts[from] may already hold a new one).
    let start = 0;
    for (let from = 0; from < this.#size; from++) {
      const hash = this.#hashes[from] as number;
      const end = starts === null ? 0 : (starts[from + 1] as number);
      if (!kept(hash, level)) {
        drop(from);
        start = end;
        continue;
      }
      if (to !== from) {
        if (starts === null) strings[to] = strings[from] as string;
        else (pool as Uint8Array).copyWithin(starts[to] as number, start, end);
        this.#hashes[to] = hash;
        this.count[to] = this.count[from] as number;
        this.kind[to] = this.kind[from] as number;
        this.length[to] = this.length[from] as number;
        this.number[to] = this.number[from] as number;
      }
      if (starts !== null) starts[to + 1] = (starts[to] as number) + end - start;
      start = end;
      to++;
    }
    this.#size = to;
    if (starts === null) strings.length = to;
    this.#slots.fill(0);
    for (let index = 0; index < to; index++) this.#place(index, this.#hashes[index] as number);
  }

  #growValues(): void {
    const n = this.count.length * 2;
    const grow = <T extends Float64Array | Uint8Array | Uint32Array | Int32Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.count = grow(this.count, (k) => new Float64Array(k));
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.length = grow(this.length, (k) => new Uint32Array(k));
    this.number = grow(this.number, (k) => new Float64Array(k));
    this.#hashes = grow(this.#hashes, (k) => new Int32Array(k));
    if (this.#starts !== null) this.#starts = grow(this.#starts, (k) => new Int32Array(k + 1));
  }

  #growSlots(): void {
    this.#slots = new Int32Array(this.#slots.length * 2);
    this.#mask = this.#slots.length / 2 - 1;
    for (let index = 0; index < this.#size; index++) this.#place(index, this.#hashes[index] as number);
  }
}
