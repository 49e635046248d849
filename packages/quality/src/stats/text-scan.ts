// One pass over a cell's characters: its hash, its length in characters and whether it is all ASCII.
// A cell comes either as text (UTF-16) or as the UTF-8 bytes of the text read one char per byte (latin1,
// as the parallel reader hands them): both give the SAME hash (that of the UTF-8 bytes) and the same
// length, so which values are counted exactly never depends on how the file was read.

/** murmur3's finaliser: every input bit reaches every output bit (the high bits pick the values kept). */
export function mix32(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

/** FNV-1a's start and prime (the hash of {@link TextScan}, also taken over raw bytes). @internal */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/**
 * The hash (FNV-1a over the UTF-8 bytes, then {@link mix32}), the length in characters (Unicode code
 * points) and whether the text is all ASCII, of the cell last scanned. One object per column, reused.
 * @internal
 *
 * @example
 * ```ts
 * const scan = new TextScan();
 * scan.run("Peñón", false);
 * const h = scan.hash;
 * scan.run(Buffer.from("Peñón").toString("latin1"), true);
 * scan.hash === h; //=> true
 * scan.chars; //=> 5
 * ```
 */
export class TextScan {
  hash = 0;
  chars = 0;
  ascii = true;

  /** Scans `cell`: text, or (`bytes`) UTF-8 bytes one char per byte. */
  run(cell: string, bytes: boolean): void {
    const n = cell.length;
    let h = FNV_OFFSET;
    let i = 0;
    for (; i < n; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 0x80) break;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    if (i === n) {
      this.hash = mix32(h ^ n);
      this.chars = n;
      this.ascii = true;
      return;
    }
    this.ascii = false;
    if (bytes) this.#bytesFrom(cell, i, h);
    else this.#textFrom(cell, i, h);
  }

  #bytesFrom(cell: string, from: number, start: number): void {
    let h = start;
    let continuation = 0;
    const n = cell.length;
    for (let i = from; i < n; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 0x80 && c < 0xc0) continuation++;
      h = Math.imul(h ^ c, FNV_PRIME);
    }
    this.hash = mix32(h ^ n);
    this.chars = n - continuation;
  }

  #textFrom(cell: string, from: number, start: number): void {
    let h = start;
    let bytes = from;
    let chars = from;
    const n = cell.length;
    for (let i = from; i < n; i++) {
      let c = cell.charCodeAt(i);
      chars++;
      if (c < 0x80) {
        h = Math.imul(h ^ c, FNV_PRIME);
        bytes++;
        continue;
      }
      if (c < 0x800) {
        h = Math.imul(h ^ (0xc0 | (c >> 6)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | (c & 63)), FNV_PRIME);
        bytes += 2;
        continue;
      }
      const next = i + 1 < n ? cell.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        h = Math.imul(h ^ (0xf0 | (c >> 18)), FNV_PRIME);
        h = Math.imul(h ^ (0x80 | ((c >> 12) & 63)), FNV_PRIME);
        bytes++;
      } else {
        h = Math.imul(h ^ (0xe0 | (c >> 12)), FNV_PRIME);
      }
      h = Math.imul(h ^ (0x80 | ((c >> 6) & 63)), FNV_PRIME);
      h = Math.imul(h ^ (0x80 | (c & 63)), FNV_PRIME);
      bytes += 3;
    }
    this.hash = mix32(h ^ bytes);
    this.chars = chars;
  }
}

/** The bytes `bytes[start, end)` one char per byte (latin1), as {@link TextScan} takes a cell of bytes. @internal */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  // A Node Buffer (what the range reader hands) makes a flat string at once.
  const buffer = bytes as Uint8Array & { latin1Slice?: (start: number, end: number) => string };
  if (buffer.latin1Slice !== undefined) return buffer.latin1Slice(start, end);
  if (end - start <= 8192)
    return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  let text = "";
  for (let at = start; at < end; at += 8192)
    text += String.fromCharCode.apply(
      null,
      bytes.subarray(at, Math.min(end, at + 8192)) as unknown as number[],
    );
  return text;
}

const utf8 = new TextDecoder();

/** The text of a cell read as UTF-8 bytes one char per byte (see {@link TextScan}). @internal */
export function textOfBytes(cell: string): string {
  const bytes = new Uint8Array(cell.length);
  for (let i = 0; i < cell.length; i++) bytes[i] = cell.charCodeAt(i);
  return utf8.decode(bytes);
}
