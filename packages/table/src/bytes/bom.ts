/** A byte-order mark found at the start of the bytes. */
export interface Bom {
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  length: number;
}

/**
 * Reads the byte-order mark at the start of `bytes`, if any (UTF-8, UTF-16 LE/BE).
 *
 * @example
 * ```ts
 * detectBom(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])); // { encoding: "utf-8", length: 3 }
 * ```
 */
export function detectBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}
