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
 * table in typed arrays (12 bytes a slot, at most half full: about 24 bytes per distinct row, whatever the
 * row's length). Two different rows share a fingerprint with a probability of about n²/2⁶⁵ (1 in 37 million
 * for a million rows).
 */
export class RowFingerprints {
  private hi = new Uint32Array(1024);
  private lo = new Uint32Array(1024);
  private row = new Uint32Array(1024);
  private size = 0;

  /** The row number the same fingerprint was first seen at, or records `rowNumber` and returns `null`. */
  firstOrAdd(cells: readonly string[], rowNumber: number): number | null {
    const [h, l] = rowFingerprint(cells);
    return this.firstOrAddHash(h, l, rowNumber);
  }

  /** {@link firstOrAdd} for a fingerprint already made (by {@link rowFingerprint}, in another thread). */
  firstOrAddHash(h: number, l: number, rowNumber: number): number | null {
    const found = this.find(h, l);
    if (this.row[found] !== 0) return this.row[found] as number;
    this.hi[found] = h;
    this.lo[found] = l;
    this.row[found] = rowNumber;
    if (++this.size * 2 > this.row.length) this.grow();
    return null;
  }

  /** Distinct rows recorded. */
  get count(): number {
    return this.size;
  }

  private find(h: number, l: number): number {
    const mask = this.row.length - 1;
    let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask;
    while (this.row[i] !== 0 && (this.hi[i] !== h || this.lo[i] !== l)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { hi, lo, row } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.row = new Uint32Array(hi.length * 2);
    for (let i = 0; i < row.length; i++) {
      if (row[i] === 0) continue;
      const j = this.find(hi[i] as number, lo[i] as number);
      this.hi[j] = hi[i] as number;
      this.lo[j] = lo[i] as number;
      this.row[j] = row[i] as number;
    }
  }
}
