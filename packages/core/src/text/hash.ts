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

/**
 * Where a hash goes in open-addressing slots stored as pairs `[hash, entry + 1]` (`entry + 1 = 0`: empty),
 * probed linearly: the first slot whose entry `same` accepts, else the empty slot where it would be put.
 * The lookup of the hash tables that keep each entry's hash beside it (interned texts, keys of groups).
 *
 * @example
 * ```ts
 * const slots = new Int32Array(8); // 4 slots
 * const pos = slotOf(slots, hashText("Centro"), () => false); // empty: put entry 0 there
 * slots[2 * pos] = hashText("Centro");
 * slots[2 * pos + 1] = 1;
 * slotOf(slots, hashText("Centro"), (entry) => entry === 0) === pos; //=> true
 * ```
 */
export function slotOf(slots: Int32Array, hash: number, same: (entry: number) => boolean): number {
  const mask = (slots.length >> 1) - 1;
  let pos = hash & mask;
  for (;;) {
    const entry = slots[2 * pos + 1] as number;
    if (entry === 0 || (slots[2 * pos] === hash && same(entry - 1))) return pos;
    pos = (pos + 1) & mask;
  }
}

/**
 * Such slots (see {@link slotOf}) twice as many, each entry moved to its hash's place: to call when they
 * are half full.
 *
 * @example
 * ```ts
 * const slots = new Int32Array(4); // 2 slots
 * slots[0] = 7; // hash 7 holds entry 0
 * slots[1] = 1;
 * const grown = growSlots(slots); // 4 slots
 * grown[2 * slotOf(grown, 7, (e) => e === 0) + 1]; //=> 1
 * ```
 */
export function growSlots(old: Int32Array): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(old.length * 2);
  const mask = old.length - 1;
  for (let p = 0; p < old.length; p += 2) {
    const entry = old[p + 1] as number;
    if (entry === 0) continue;
    let pos = (old[p] as number) & mask;
    while (slots[2 * pos + 1] !== 0) pos = (pos + 1) & mask;
    slots[2 * pos] = old[p] as number;
    slots[2 * pos + 1] = entry;
  }
  return slots;
}
