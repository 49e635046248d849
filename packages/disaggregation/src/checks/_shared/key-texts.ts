import { growSlots, slotOf } from "@ciudata/core";
import { ownCopy } from "@ciudata/table";

/** Separator of the key cells in a key text (as the checks always joined them). */
const SEP = 1;
const FILTER_BITS = 1 << 22;

/** The two filter bits of a first key cell, from its hash. */
const bitA = (h: number) => h & (FILTER_BITS - 1);
const bitB = (h: number) => Math.imul(h, 0x9e3779b1) >>> 10;

/** FNV-1a step over the UTF-16 units of a text. @internal */
export function hashInto(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Final mix of a 32-bit hash. @internal */
export function mix(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/**
 * The distinct key texts of a table's rows, numbered 0, 1, 2… in order of first appearance: a row's key is
 * its key cells, trimmed, joined by U+0001 (as the totals and cross-cells checks always keyed their groups).
 * The key is never joined per row: its hash is taken over the cells and the stored text is compared cell by
 * cell, so two keys never share a number. When no key may be added, a row whose first key cell was never
 * seen costs a hash of that cell and two bit tests (a filter of 512 KiB whatever the table).
 * @internal
 *
 * @example
 * ```ts
 * const keys = new KeyTexts([0, 1]);
 * keys.id(["2024", "Bombal", "3"], true); //=> 0
 * keys.id(["2024", " Bombal ", "4"], false); //=> 0
 * keys.id(["2025", "Bombal", "4"], false); //=> -1
 * ```
 */
export class KeyTexts {
  private readonly keyColumns: readonly number[];
  /** The key texts (own copies), by number. */
  private readonly texts: string[] = [];
  /** Slots [hash, number + 1]. */
  private slots = new Int32Array(2048);
  /** A filter of the stored keys' first cells (two bits a cell, from its hash). */
  private readonly firstCells = new Int32Array(FILTER_BITS >>> 5);

  constructor(keyColumns: readonly number[]) {
    this.keyColumns = keyColumns;
  }

  /** Distinct keys so far. */
  get size(): number {
    return this.texts.length;
  }

  /** The number of a row's key, a new one when unseen and `add`; `-1` when unseen and not `add`. */
  id(cells: readonly string[], add: boolean): number {
    const cols = this.keyColumns;
    // The filter reads the key text up to its first U+0001: the first cell, or its start when it holds one.
    const c0 = cols.length > 0 ? (cells[cols[0] as number] ?? "").trim() : "";
    const cut = c0.indexOf("\u0001");
    const first = mix(hashInto(0x811c9dc5, cut === -1 ? c0 : c0.slice(0, cut)));
    if (!add && !(this.has(bitA(first)) && this.has(bitB(first)))) return -1;
    let h = 0x811c9dc5;
    for (let j = 0; j < cols.length; j++) {
      if (j > 0) h = Math.imul(h ^ SEP, 0x01000193);
      h = hashInto(h, (cells[cols[j] as number] ?? "").trim());
    }
    h = mix(h);
    const slots = this.slots;
    const pos = slotOf(slots, h, (entry) => this.same(this.texts[entry] as string, cells));
    if (slots[2 * pos + 1] !== 0) return (slots[2 * pos + 1] as number) - 1;
    if (!add) return -1;
    const id = this.texts.length;
    this.texts.push(ownCopy(cols.map((k) => (cells[k] ?? "").trim()).join("\u0001")));
    this.set(bitA(first));
    this.set(bitB(first));
    slots[2 * pos] = h;
    slots[2 * pos + 1] = id + 1;
    if (this.texts.length * 4 > slots.length) this.slots = growSlots(slots);
    return id;
  }

  private has(bit: number): boolean {
    return ((this.firstCells[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  private set(bit: number): void {
    this.firstCells[bit >>> 5] = (this.firstCells[bit >>> 5] as number) | (1 << (bit & 31));
  }

  /** Whether a stored key text equals the row's trimmed key cells joined by U+0001. */
  private same(stored: string, cells: readonly string[]): boolean {
    const cols = this.keyColumns;
    let at = 0;
    for (let j = 0; j < cols.length; j++) {
      if (j > 0) {
        if (stored.charCodeAt(at) !== SEP) return false;
        at++;
      }
      const c = (cells[cols[j] as number] ?? "").trim();
      if (!stored.startsWith(c, at)) return false;
      at += c.length;
    }
    return at === stored.length;
  }
}
