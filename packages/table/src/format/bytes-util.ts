/**
 * Whether `bytes` has `signature` at `offset`.
 *
 * @example
 * ```ts
 * startsWith(bytes, [0x1f, 0x8b]); // gzip?
 * ```
 */
export function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/**
 * Index of an ASCII string within the first `limit` bytes, or -1.
 *
 * @example
 * ```ts
 * indexOfAscii(bytes, "xl/", 65536);
 * ```
 */
export function indexOfAscii(bytes: Uint8Array, text: string, limit = bytes.length): number {
  const end = Math.min(bytes.length, limit) - text.length;
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/**
 * Offset of the first byte after a UTF-8 BOM and ASCII whitespace.
 *
 * @example
 * ```ts
 * skipBomAndSpace(new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x3c])); // 4
 * ```
 */
export function skipBomAndSpace(bytes: Uint8Array): number {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) break;
    i++;
  }
  return i;
}
