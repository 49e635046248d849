/**
 * A 32-bit hash of a text: FNV-1a over its UTF-16 units (seeded with the length), with a final mix. Cheaper
 * than a `Map` lookup on a fresh string; equal texts always hash alike, so it can order or bucket records by
 * their content.
 *
 * @example
 * ```ts
 * hashText("GARCIA") === hashText("GARCIA"); //=> true
 * ```
 */
export function hashText(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}
