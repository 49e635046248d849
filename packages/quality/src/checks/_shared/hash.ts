/** cyrb53: a fast 53-bit string hash (public domain, bryc). */
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A compact (≈22 characters) 106-bit digest of a string, for remembering long keys such as whole
 * rows without keeping them: two cyrb53 hashes with different seeds.
 *
 * @example
 * ```ts
 * digest("1101,John,30") === digest("1101,John,30"); // true
 * ```
 */
export function digest(str: string): string {
  return cyrb53(str, 0).toString(36) + cyrb53(str, 0x9e3779b9).toString(36);
}
