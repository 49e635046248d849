import { growSlots, slotOf } from "@ciudata/core";
import { ownCopy } from "@ciudata/table";
import { KeyTexts, mix } from "../_shared/key-texts";

const NO_CODE = -1;

/**
 * The groups of a long table's totals check, exact and compact: a group is one dimension column plus the
 * row's other keys (the non-dimension, non-measure cells, trimmed, joined by U+0001, as before) and the
 * other dimensions' codes. Each distinct key text is stored once ({@link KeyTexts}: found by its hash, then
 * confirmed by comparing the text, so two keys never merge); each group is a row of typed arrays (sums and
 * totals per measure, parts, the total's row), not an object. Once `maxGroups` groups exist, a row whose
 * key was never seen costs the hash of its first key cell. Memory: about 40 + 16 × measures bytes a group,
 * plus each key text once.
 * @internal
 *
 * @example
 * ```ts
 * // anio, sexo, casos: the key is anio, the dimension sexo, the measure casos.
 * const g = new LongGroups({ keyColumns: [0], dimColumns: [1], measureColumns: [2], parse: Number, maxGroups: 10 });
 * g.add(["2024", "F", "3"], ["F"], 2);
 * g.add(["2024", "_T", "4"], ["_T"], 3);
 * g.forEachTotal(0, (row, totals, sums, codes) => console.log(row, totals, sums, codes)); // 3 [4] [3] "F"
 * ```
 */
export class LongGroups {
  private readonly dimColumns: readonly number[];
  private readonly measureColumns: readonly number[];
  private readonly parse: (cell: string) => number | null;
  private readonly dims: number;
  private readonly measures: number;
  private readonly maxGroups: number;
  /**
   * The rows' other keys: once the groups are full, a row whose key was never seen starts no group and
   * belongs to none (a registry's ID column: a hash of one cell and two bit tests).
   */
  private readonly bases: KeyTexts;
  /** Strings standing for the other dimensions (codes or raw cells) → small integers. */
  private readonly partIds = new Map<string, number>();
  /** Part codes → small integers, and back. */
  private readonly codeIds = new Map<string, number>();
  private readonly codeNames: string[] = [];
  /** Group tuples [dimension, base id, part id per dimension] and their slots [hash, id + 1]. */
  private readonly width: number;
  private keys: Int32Array;
  private slots: Int32Array;
  size = 0;
  private totalRow: Int32Array;
  private hasTotal: Uint8Array;
  /** Per group × measure: the total row's value (`totalNull` 1 when it did not read as a number). */
  private totals: Float64Array;
  private totalNull: Uint8Array;
  private sums: Float64Array;
  private parts: Int32Array;
  /** The group's first part code; more distinct codes (up to 64) in `moreCodes`. */
  private firstCode: Int32Array;
  private readonly moreCodes = new Map<number, number[]>();
  /** Dimension columns in the order they were first coded. */
  private readonly order: number[] = [];
  private readonly tuple: Int32Array;

  private readonly values: Array<number | null>;

  constructor(options: {
    /** The other key columns (neither dimension nor measure). */
    keyColumns: readonly number[];
    /** The long dimension columns. */
    dimColumns: readonly number[];
    measureColumns: readonly number[];
    /** Reads a measure cell (`null`: not a number). */
    parse: (cell: string) => number | null;
    /** Groups followed at most (over all dimension columns). */
    maxGroups: number;
  }) {
    this.bases = new KeyTexts(options.keyColumns);
    this.dimColumns = options.dimColumns;
    this.measureColumns = options.measureColumns;
    this.parse = options.parse;
    this.dims = options.dimColumns.length;
    this.measures = options.measureColumns.length;
    this.maxGroups = options.maxGroups;
    const dims = this.dims;
    const measures = this.measures;
    this.values = new Array<number | null>(measures).fill(null);
    this.width = dims + 2;
    this.tuple = new Int32Array(this.width);
    const capacity = 1024;
    this.keys = new Int32Array(capacity * this.width);
    this.slots = new Int32Array(capacity * 4);
    this.totalRow = new Int32Array(capacity);
    this.hasTotal = new Uint8Array(capacity);
    this.totals = new Float64Array(capacity * measures);
    this.totalNull = new Uint8Array(capacity * measures);
    this.sums = new Float64Array(capacity * measures);
    this.parts = new Int32Array(capacity);
    this.firstCode = new Int32Array(capacity).fill(NO_CODE);
  }

  /** Whether the groups are full (no new group will be made). */
  get full(): boolean {
    return this.size >= this.maxGroups;
  }

  /**
   * Adds one row: to the group of each of its coded dimensions (`codes`, one per dimension column, `null`
   * when not mapped). A total row (`_T`) sets its group's totals, any other row adds its measures to the sums.
   */
  add(cells: readonly string[], codes: ReadonlyArray<string | null>, rowNumber: number): void {
    let coded = false;
    for (let ci = 0; ci < this.dims; ci++)
      if (codes[ci] !== null && codes[ci] !== undefined) {
        coded = true;
        if (!this.order.includes(ci)) this.order.push(ci);
      }
    if (!coded) return;
    const base = this.bases.id(cells, !this.full);
    if (base === -1) return;
    const tuple = this.tuple;
    tuple[1] = base;
    let parsed = false;
    const m = this.measures;
    const values = this.values;
    for (let ci = 0; ci < this.dims; ci++) {
      const code = codes[ci];
      if (code === null || code === undefined) continue;
      tuple[0] = ci;
      let ok = true;
      for (let oi = 0; oi < this.dims; oi++) {
        if (oi === ci) {
          tuple[oi + 2] = -1;
          continue;
        }
        // The other dimension as the key reads it: its code, else its cell as written.
        const id = this.partId(codes[oi] ?? cells[this.dimColumns[oi] as number] ?? "", !this.full);
        if (id === -1) {
          ok = false;
          break;
        }
        tuple[oi + 2] = id;
      }
      if (!ok) continue;
      const g = this.group(tuple);
      if (g === -1) continue;
      if (!parsed) {
        for (let i = 0; i < m; i++) values[i] = this.parse(cells[this.measureColumns[i] as number] ?? "");
        parsed = true;
      }
      if (code === "_T") {
        this.totalRow[g] = rowNumber;
        this.hasTotal[g] = 1;
        for (let i = 0; i < m; i++) {
          const v = values[i];
          this.totalNull[g * m + i] = v === null || v === undefined ? 1 : 0;
          this.totals[g * m + i] = v ?? 0;
        }
      } else {
        this.parts[g] = (this.parts[g] as number) + 1;
        this.addCode(g, code);
        for (let i = 0; i < m; i++) {
          const v = values[i];
          if (v !== null && v !== undefined) this.sums[g * m + i] = (this.sums[g * m + i] as number) + v;
        }
      }
    }
  }

  /**
   * Calls `fn` for each group of dimension column `ci` that has a total row and parts, in the order the
   * groups were made: the total's row, its values (`null` when not a number), the parts' sums and codes.
   */
  forEachTotal(
    ci: number,
    fn: (totalRow: number, totals: Array<number | null>, sums: number[], codes: string) => void,
  ): void {
    const m = this.measures;
    for (let g = 0; g < this.size; g++) {
      if (this.keys[g * this.width] !== ci || this.hasTotal[g] === 0 || this.parts[g] === 0) continue;
      const totals: Array<number | null> = [];
      const sums: number[] = [];
      for (let i = 0; i < m; i++) {
        totals.push(this.totalNull[g * m + i] ? null : (this.totals[g * m + i] as number));
        sums.push(this.sums[g * m + i] as number);
      }
      fn(this.totalRow[g] as number, totals, sums, this.codesOf(g).join(" + "));
    }
  }

  /** Dimension columns (their positions among the long columns) in the order they were first coded. */
  columns(): readonly number[] {
    return this.order;
  }

  private codesOf(g: number): string[] {
    const first = this.firstCode[g] as number;
    if (first === NO_CODE) return [];
    const more = this.moreCodes.get(g) ?? [];
    return [first, ...more].map((c) => this.codeNames[c] as string);
  }

  private addCode(g: number, code: string): void {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.codeNames.length;
      this.codeNames.push(code);
      this.codeIds.set(code, id);
    }
    const first = this.firstCode[g] as number;
    if (first === NO_CODE) {
      this.firstCode[g] = id;
      return;
    }
    if (first === id) return;
    const more = this.moreCodes.get(g);
    if (more === undefined) this.moreCodes.set(g, [id]);
    else if (!more.includes(id) && more.length < 63) more.push(id);
  }

  private partId(part: string, add: boolean): number {
    let id = this.partIds.get(part);
    if (id === undefined) {
      if (!add) return -1;
      id = this.partIds.size;
      this.partIds.set(ownCopy(part), id);
    }
    return id;
  }

  private tupleHash(tuple: Int32Array): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.width; i++) h = Math.imul(h ^ (tuple[i] as number), 0x01000193);
    return mix(h);
  }

  /** The group of a tuple, made when new (unless the groups are full: then -1). */
  private group(tuple: Int32Array): number {
    const w = this.width;
    const h = this.tupleHash(tuple);
    const pos = slotOf(this.slots, h, (entry) => {
      for (let i = 0; i < w; i++) if (this.keys[entry * w + i] !== tuple[i]) return false;
      return true;
    });
    if (this.slots[2 * pos + 1] !== 0) return (this.slots[2 * pos + 1] as number) - 1;
    if (this.full) return -1;
    const id = this.size++;
    if (id === this.parts.length) this.grow();
    this.keys.set(tuple, id * w);
    this.slots[2 * pos] = h;
    this.slots[2 * pos + 1] = id + 1;
    if (this.size * 4 > this.slots.length) this.slots = growSlots(this.slots);
    return id;
  }

  private grow(): void {
    // Never past the bound: the last doubling would leave up to half the arrays unused.
    const capacity = Math.min(this.parts.length * 2, Math.max(this.maxGroups, this.parts.length + 1));
    const m = this.measures;
    const more = <T extends Int32Array | Float64Array | Uint8Array>(
      a: T,
      n: number,
      make: (n: number) => T,
    ) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.keys = more(this.keys, capacity * this.width, (n) => new Int32Array(n));
    this.totalRow = more(this.totalRow, capacity, (n) => new Int32Array(n));
    this.hasTotal = more(this.hasTotal, capacity, (n) => new Uint8Array(n));
    this.totals = more(this.totals, capacity * m, (n) => new Float64Array(n));
    this.totalNull = more(this.totalNull, capacity * m, (n) => new Uint8Array(n));
    this.sums = more(this.sums, capacity * m, (n) => new Float64Array(n));
    this.parts = more(this.parts, capacity, (n) => new Int32Array(n));
    this.firstCode = more(this.firstCode, capacity, (n) => new Int32Array(n).fill(NO_CODE));
  }
}
