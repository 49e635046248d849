/**
 * The 64-bit fingerprint of a row, as two 32-bit halves: FNV-1a and a multiply-xorshift hash (different
 * primes and seeds, so they do not collide together), both over every cell and a separator.
 */
export function rowFingerprint(cells: readonly string[]): [number, number] {
  let a = 0x811c9dc5 ^ cells.length;
  let b = 0x9747b28c ^ cells.length;
  for (const cell of cells) {
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 13;
    }
    // A unit no text holds alone ends each cell: ["ab", ""] and ["a", "b"] differ.
    a = Math.imul(a ^ 0xffff, 0x01000193) ^ cell.length;
    b = Math.imul(b ^ 0xfffe, 0x5bd1e995) ^ cell.length;
  }
  a ^= a >>> 15;
  a = Math.imul(a, 0x2c1b3c6d);
  a ^= a >>> 12;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  return [a >>> 0, b >>> 0];
}

/**
 * Rows seen, by their 64-bit fingerprint, each with the row number it was first seen at: an open-addressing
 * table in one typed array (the fingerprint's halves and the row number side by side, 16 bytes a slot: one
 * memory line per probe; at most half full: about 32 bytes per distinct row, whatever the row's length).
 * Two different rows share a fingerprint with a probability of about n²/2⁶⁵ (1 in 37 million for a
 * million rows).
 */
export class RowFingerprints {
  /** Slot k: [hi, lo, row, unused] at 4k. */
  private slots: Uint32Array;
  private size = 0;

  /** `expected`: about how many distinct rows will be recorded (sizes the table once; it grows past it). */
  constructor(expected = 512) {
    let n = 1024;
    while (n < expected * 2 && n < 1 << 26) n *= 2;
    this.slots = new Uint32Array(n * 4);
  }

  /** The row number the same fingerprint was first seen at, or records `rowNumber` and returns `null`. */
  firstOrAdd(cells: readonly string[], rowNumber: number): number | null {
    const [h, l] = rowFingerprint(cells);
    return this.firstOrAddHash(h, l, rowNumber);
  }

  /** {@link firstOrAdd} for a fingerprint already made (by {@link rowFingerprint}, in another thread). */
  firstOrAddHash(h: number, l: number, rowNumber: number): number | null {
    const at = this.find(this.slots, h, l);
    const slots = this.slots;
    const first = slots[at + 2] as number;
    if (first !== 0) return first;
    slots[at] = h;
    slots[at + 1] = l;
    slots[at + 2] = rowNumber;
    if (++this.size * 8 > slots.length) this.grow();
    return null;
  }

  /** Distinct rows recorded. */
  get count(): number {
    return this.size;
  }

  /** Where the fingerprint sits in `slots`, or the empty slot it would take (an index of its first number). */
  private find(slots: Uint32Array, h: number, l: number): number {
    const mask = (slots.length >>> 2) - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    for (;;) {
      const at = i << 2;
      if (slots[at + 2] === 0 || (slots[at] === h && slots[at + 1] === l)) return at;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.slots;
    // Four times larger while small (fewer copies), then twice.
    const next = new Uint32Array(old.length * (old.length < 1 << 22 ? 4 : 2));
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] === 0) continue;
      const to = this.find(next, old[at] as number, old[at + 1] as number);
      next[to] = old[at] as number;
      next[to + 1] = old[at + 1] as number;
      next[to + 2] = old[at + 2] as number;
    }
    this.slots = next;
  }
}
