import { type Caster, createCaster, type Field, isCastFailure } from "@ciudata/table";
import { kept, TextCounts } from "./counts";
import { ExactSum } from "./exact-sum";
import { fastNumber, fastNumberBytes } from "./fast-number";
import { HyperLogLog, ValueStore } from "./sketches";
import { summarize } from "./summary";
import { FNV_OFFSET, FNV_PRIME, latin1, mix32, TextScan, textOfBytes } from "./text-scan";
import type { ColumnStats, TopValues } from "./types";

/** What one different value is: blank (spaces only), missing, not of the type, or a value. */
const SPACES = 0;
const MISSING = 1;
const INVALID = 2;
const VALUE = 3;

/** How the values of a field are summarised: as numbers, dates, date-times, or not at all. */
export type SummaryKind = "number" | "date" | "datetime" | null;

/** The summary kind of a field type. */
export function summaryKind(type: string): SummaryKind {
  if (type === "integer" || type === "number" || type === "year") return "number";
  if (type === "date") return "date";
  if (type === "datetime") return "datetime";
  return null;
}

/** A cast value as a number (dates as milliseconds since 1970), or `NaN`. */
function toNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  // Decimal, PlainDate and Date give their number through `valueOf` (dates in milliseconds).
  if (value !== null && typeof value === "object") return Number(value.valueOf());
  return Number.NaN;
}

/** Whether a text is spaces only; a first char that is printable ASCII answers at once. */
function isSpaces(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 0x20 && c < 0x7f) return false;
  return text.trim() === "";
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Slots of the cache of texts seen recently (a power of two, less one), and the texts it serves up to. */
const RECENT_MASK = 4095;
const RECENT_TEXTS = 512;

/** Whether `bytes[start, end)` are those of one of `texts` (bytes one char per byte). */
function isOneOf(bytes: Uint8Array, start: number, end: number, texts: readonly string[]): boolean {
  const n = end - start;
  for (const text of texts) {
    if (text.length !== n) continue;
    let k = 0;
    while (k < n && text.charCodeAt(k) === bytes[start + k]) k++;
    if (k === n) return true;
  }
  return false;
}

/** How many reported values to keep. */
const TOP = 10;
/** Different numbers of the texts not counted kept each with their count (20 bytes each), before a sample is taken. */
export const QUANTILE_LIMIT = 1 << 20;
/** Salts the hash that picks the sampled numbers, apart from the one that picks the texts counted. */
const SAMPLE_SALT = 0x9e3779b9;

/**
 * The running statistics of a column, as plain data: what a worker thread sends back, and what
 * {@link ColumnAccumulator.merge} takes. Texts are as the cells came (text, or UTF-8 bytes one char per byte).
 * @internal
 */
export interface ColumnState {
  rows: number;
  empty: number;
  level: number;
  /** The texts counted, as strings; none when they come as bytes in `pool`. */
  texts: string[];
  /** Texts of bytes: their chars one after another, text i at `pool[starts[i], starts[i + 1])`. */
  pool: Uint8Array | null;
  starts: Int32Array | null;
  hashes: Int32Array;
  counts: Float64Array;
  kinds: Uint8Array;
  lengths: Uint32Array;
  numbers: Float64Array;
  spaces: number;
  missing: number;
  invalid: number;
  cells: number;
  minLength: number;
  maxLength: number;
  count: number;
  nonFinite: number;
  sum: number[];
  min: number;
  max: number;
  hll: Uint8Array;
  store: {
    level: number;
    size: number;
    hashes: Int32Array;
    values: Float64Array;
    weights: Float64Array;
  } | null;
}

/**
 * The running statistics of one column, cell by cell. Each different text is classed and cast ONCE
 * and counted in a {@link TextCounts}; when a column has more than `limit` different texts, only those
 * whose hash is kept at the lowest level that keeps at most `limit` stay counted (the same texts
 * whatever the order of the rows), and the cells of the others are summed up directly (distinct values
 * in a HyperLogLog, numbers in a {@link ValueStore}) so memory stays bounded. Every total is exact
 * and order-free (sums are exact sums), so accumulators of parts of a table merge into the
 * accumulator of the whole.
 * @internal
 */
export class ColumnAccumulator {
  rows = 0;
  #empty = 0;
  #level = 0;
  readonly #texts: TextCounts;
  /** Per slot, the index + 1 of the text last counted there (0: none), while the column has few texts. */
  #recent: Int32Array | null = new Int32Array(RECENT_MASK + 1);
  readonly #scan = new TextScan();
  // The cells of texts not counted (level > 0): blank, missing, not of the type, values.
  #spaces = 0;
  #missing = 0;
  #invalid = 0;
  #cells = 0;
  #minLength = Number.POSITIVE_INFINITY;
  #maxLength = 0;
  #count = 0;
  #nonFinite = 0;
  readonly #sum = new ExactSum();
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;
  readonly #hll = new HyperLogLog();
  #store: ValueStore | null = null;
  #kind: SummaryKind;
  /** Reads the usual number cell with no cast (`NaN`: cast it), or `null`. */
  readonly #fast: ((cell: string) => number) | null;
  /** The same over a cell's raw bytes. */
  readonly #fastBytes: ((bytes: Uint8Array, start: number, end: number) => number) | null;
  /** A plain text field (any text is a value unless missing): the missing values as UTF-8 bytes one char per byte. */
  readonly #plainMissing: string[] | null;

  /**
   * @param bytes the cells come as UTF-8 bytes one char per byte (the parallel reader's cells).
   * @param countsOnly a personal column: counts only, its numbers are not kept.
   * @param quantileLimit different numbers of the cells not counted per text kept, each with its count (then a sample).
   * @param missingValues the cells the caster reads as missing (so a number never is one).
   */
  constructor(
    readonly field: Field,
    readonly cast: Caster,
    readonly limit: number,
    readonly bytes = false,
    countsOnly = false,
    readonly quantileLimit = QUANTILE_LIMIT,
    missingValues: readonly string[] = [""],
  ) {
    this.#texts = new TextCounts(bytes);
    // Texts of bytes are not kept as strings: a lookup by hash is as cheap as the cache.
    if (bytes) this.#recent = null;
    this.#kind = countsOnly ? null : summaryKind(field.type);
    this.#fast = fastNumber(field, missingValues);
    this.#fastBytes = fastNumberBytes(field, missingValues);
    const plain = field.type === "string" && (field.format === undefined || field.format === "default");
    const missing = field.missingValues ?? missingValues;
    const encoder = new TextEncoder();
    this.#plainMissing = plain
      ? missing.map((m) => {
          const b = encoder.encode(m);
          return latin1(b, 0, b.length);
        })
      : null;
  }

  /**
   * Counts one cell given as its UTF-8 bytes `bytes[start, end)`, hashed by the caller (FNV-1a from
   * `FNV_OFFSET`, not yet mixed) while cutting it, with the number of its UTF-8 continuation bytes: no
   * string made (the same counts as {@link add} of its text; the accumulator takes `bytes`). A text is made
   * once per different value counted, and for a value not counted only when it is not a plain number or text.
   */
  addHashed(bytes: Uint8Array, start: number, end: number, fnv: number, continuation: number): void {
    this.rows++;
    const n = end - start;
    if (n === 0) {
      this.#empty++;
      return;
    }
    const hash = mix32(fnv ^ n);
    const scan = this.#scan;
    scan.hash = hash;
    scan.chars = n - continuation;
    // The bytes are valid UTF-8 (the range reader checked them): no continuation byte, all ASCII.
    scan.ascii = continuation === 0;
    if (this.#level !== 0 && hash >>> (32 - this.#level) !== 0) {
      this.#addUncountedRaw(bytes, start, end, hash);
      return;
    }
    const texts = this.#texts;
    const index = texts.findBytes(bytes, start, end, hash);
    if (index !== -1) {
      texts.count[index] = (texts.count[index] as number) + 1;
      return;
    }
    const added = texts.insertBytes(bytes, start, end, hash);
    if (!this.#classifyRaw(added, bytes, start, end)) this.#classify(added, latin1(bytes, start, end));
    if (texts.size > this.limit) this.#raise(this.#level + 1);
  }

  /**
   * {@link #classify} of a text from its bytes when it is a plain number or text (no string made, as
   * {@link #addUncountedRaw} reads them); `false` for any other text.
   */
  #classifyRaw(index: number, bytes: Uint8Array, start: number, end: number): boolean {
    const first = bytes[start] as number;
    if (!(first > 0x20 && first < 0x7f)) return false;
    const texts = this.#texts;
    const fast = this.#fastBytes;
    const number = fast === null ? Number.NaN : fast(bytes, start, end);
    let kind = VALUE;
    if (Number.isNaN(number)) {
      const missing = this.#plainMissing;
      if (missing === null) return false;
      if (isOneOf(bytes, start, end, missing)) kind = MISSING;
    }
    this.#hll.addHash(texts.hashAt(index));
    texts.kind[index] = kind;
    texts.length[index] = this.#scan.chars;
    texts.number[index] = this.#kind !== null ? number : Number.NaN;
    return true;
  }

  /** A cell not counted, from its bytes: a plain number or text is classed with no string made. */
  #addUncountedRaw(bytes: Uint8Array, start: number, end: number, hash: number): void {
    const first = bytes[start] as number;
    if (first > 0x20 && first < 0x7f) {
      const fast = this.#fastBytes;
      if (fast !== null) {
        const number = fast(bytes, start, end);
        if (!Number.isNaN(number)) {
          this.#hll.addHash(hash);
          this.#uncounted(hash, VALUE, this.#scan.chars, number, 1);
          return;
        }
      }
      const missing = this.#plainMissing;
      if (missing !== null) {
        this.#hll.addHash(hash);
        const kind = isOneOf(bytes, start, end, missing) ? MISSING : VALUE;
        this.#uncounted(hash, kind, this.#scan.chars, Number.NaN, 1);
        return;
      }
    }
    this.#addUncounted(latin1(bytes, start, end), hash);
  }

  /**
   * From now on, counts only (a column found personal while it was being counted): its numbers are
   * no longer kept, and its result shows counts only anyway.
   */
  countsOnly(): void {
    this.#kind = null;
  }

  /** Counts one cell. */
  add(cell: string): void {
    this.rows++;
    if (cell === "") {
      this.#empty++;
      return;
    }
    const recent = this.#recent;
    let slot = -1;
    if (recent !== null) {
      // A text seen before is most often found here: its slot by length and three chars, then one compare.
      const n = cell.length;
      slot =
        (n * 961 + cell.charCodeAt(0) * 31 + cell.charCodeAt(n >> 1) + cell.charCodeAt(n - 1) * 7) &
        RECENT_MASK;
      const at = (recent[slot] as number) - 1;
      const texts = this.#texts;
      if (at >= 0 && texts.text(at) === cell) {
        texts.count[at] = (texts.count[at] as number) + 1;
        return;
      }
    }
    const scan = this.#scan;
    scan.run(cell, this.bytes);
    const hash = scan.hash;
    if (this.#level !== 0 && hash >>> (32 - this.#level) !== 0) {
      this.#addUncounted(cell, hash);
      return;
    }
    const texts = this.#texts;
    let index = texts.find(cell, hash);
    if (index !== -1) texts.count[index] = (texts.count[index] as number) + 1;
    else {
      index = texts.insert(cell, hash);
      this.#classify(index, cell);
      if (texts.size > this.limit) this.#raise(this.#level + 1);
      // Past a few hundred texts the slots rarely hold the one looked for: lookups go by hash only.
      if (texts.size > RECENT_TEXTS) this.#recent = null;
    }
    if (slot >= 0 && this.#recent !== null) this.#recent[slot] = index + 1;
  }

  /** The text of a cell (its bytes decoded when it came as bytes and is not ASCII). */
  #text(cell: string): string {
    return this.bytes && !this.#scan.ascii ? textOfBytes(cell) : cell;
  }

  /** Classes and casts a text once: spaces only, missing, not of the type, or a value (with its number). */
  #classify(index: number, cell: string): void {
    const texts = this.#texts;
    const text = this.#text(cell);
    if (isSpaces(text)) {
      texts.kind[index] = SPACES;
      return;
    }
    this.#hll.addHash(texts.hashAt(index));
    const number = this.#fast === null ? Number.NaN : this.#fast(text);
    if (!Number.isNaN(number)) {
      texts.kind[index] = VALUE;
      texts.length[index] = this.#scan.chars;
      texts.number[index] = this.#kind !== null ? number : Number.NaN;
      return;
    }
    const value = this.cast(text);
    const kind = value === null ? MISSING : isCastFailure(value) ? INVALID : VALUE;
    texts.kind[index] = kind;
    texts.length[index] = this.#scan.chars;
    texts.number[index] = kind === VALUE && this.#kind !== null ? toNumber(value) : Number.NaN;
  }

  /** A cell whose text is not counted: classed and summed up here. */
  #addUncounted(cell: string, hash: number): void {
    const text = this.#text(cell);
    if (isSpaces(text)) {
      this.#spaces++;
      return;
    }
    this.#hll.addHash(hash);
    const number = this.#fast === null ? Number.NaN : this.#fast(text);
    if (!Number.isNaN(number)) {
      this.#uncounted(hash, VALUE, this.#scan.chars, number, 1);
      return;
    }
    const value = this.cast(text);
    const kind = value === null ? MISSING : isCastFailure(value) ? INVALID : VALUE;
    this.#uncounted(hash, kind, this.#scan.chars, kind === VALUE ? toNumber(value) : Number.NaN, 1);
  }

  /** Sums up `count` cells of one text that is not (or no longer) counted. */
  #uncounted(hash: number, kind: number, length: number, number: number, count: number): void {
    if (kind === SPACES) {
      this.#spaces += count;
      return;
    }
    this.#cells += count;
    if (length < this.#minLength) this.#minLength = length;
    if (length > this.#maxLength) this.#maxLength = length;
    if (kind === MISSING) this.#missing += count;
    else if (kind === INVALID) this.#invalid += count;
    else if (this.#kind !== null) {
      if (!Number.isFinite(number)) {
        this.#nonFinite += count;
        return;
      }
      this.#count += count;
      if (count === 1) this.#sum.add(number);
      else this.#sum.addProduct(number, count);
      if (number < this.#min) this.#min = number;
      if (number > this.#max) this.#max = number;
      this.#store ??= new ValueStore(this.quantileLimit);
      this.#store.add(mix32(hash ^ SAMPLE_SALT), number, count);
    }
  }

  /** Counts only the texts kept at `level` (and higher levels while there are too many). */
  #raise(level: number): void {
    const texts = this.#texts;
    let next = level;
    do {
      this.#level = next;
      texts.retain(next, (i) =>
        this.#uncounted(
          texts.hashAt(i),
          texts.kind[i] as number,
          texts.length[i] as number,
          texts.number[i] as number,
          texts.count[i] as number,
        ),
      );
      next++;
    } while (texts.size > this.limit);
  }

  /** The running statistics, as plain data (see {@link ColumnState}). */
  state(): ColumnState {
    const t = this.#texts;
    const n = t.size;
    const hashes = new Int32Array(n);
    for (let i = 0; i < n; i++) hashes[i] = t.hashAt(i);
    const store = this.#store;
    const bytes = t.bytes();
    return {
      rows: this.rows,
      empty: this.#empty,
      level: this.#level,
      // Texts of bytes go as bytes (no string made, nor cloned, per text).
      texts: bytes ? [] : Array.from({ length: n }, (_, i) => t.text(i)),
      pool: bytes?.pool ?? null,
      starts: bytes?.starts ?? null,
      hashes,
      counts: t.count.slice(0, n),
      kinds: t.kind.slice(0, n),
      lengths: t.length.slice(0, n),
      numbers: t.number.slice(0, n),
      spaces: this.#spaces,
      missing: this.#missing,
      invalid: this.#invalid,
      cells: this.#cells,
      minLength: this.#minLength,
      maxLength: this.#maxLength,
      count: this.#count,
      nonFinite: this.#nonFinite,
      sum: this.#sum.partials.slice(),
      min: this.#min,
      max: this.#max,
      hll: this.#hll.registers,
      store: store && {
        level: store.level,
        size: store.size,
        hashes: store.hashes.slice(0, store.size),
        values: store.values.slice(0, store.size),
        weights: store.weights.slice(0, store.size),
      },
    };
  }

  /** Adds the cells of another part of the same column (same field, same way of reading cells). */
  merge(o: ColumnState): void {
    this.rows += o.rows;
    this.#empty += o.empty;
    this.#spaces += o.spaces;
    this.#missing += o.missing;
    this.#invalid += o.invalid;
    this.#cells += o.cells;
    this.#minLength = Math.min(this.#minLength, o.minLength);
    this.#maxLength = Math.max(this.#maxLength, o.maxLength);
    this.#count += o.count;
    this.#nonFinite += o.nonFinite;
    this.#sum.merge({ partials: o.sum });
    this.#min = Math.min(this.#min, o.min);
    this.#max = Math.max(this.#max, o.max);
    this.#hll.merge({ registers: o.hll });
    if (o.store) {
      this.#store ??= new ValueStore(this.quantileLimit);
      this.#store.merge(o.store);
    }
    if (o.level > this.#level) this.#raise(o.level);
    const texts = this.#texts;
    const { pool, starts } = o;
    // Texts of bytes are looked up and added as bytes (as strings by an accumulator of texts).
    const asBytes = pool !== null && starts !== null && this.bytes;
    const text = (i: number) =>
      pool !== null && starts !== null
        ? latin1(pool, starts[i] as number, starts[i + 1] as number)
        : (o.texts[i] as string);
    for (let i = 0; i < o.hashes.length; i++) {
      const hash = o.hashes[i] as number;
      const kind = o.kinds[i] as number;
      const count = o.counts[i] as number;
      if (!kept(hash, this.#level)) {
        this.#uncounted(hash, kind, o.lengths[i] as number, o.numbers[i] as number, count);
        continue;
      }
      const from = asBytes ? (starts[i] as number) : 0;
      const to = asBytes ? (starts[i + 1] as number) : 0;
      const found = asBytes ? texts.findBytes(pool, from, to, hash) : texts.find(text(i), hash);
      if (found !== -1) {
        texts.count[found] = (texts.count[found] as number) + count;
        continue;
      }
      const index = asBytes ? texts.insertBytes(pool, from, to, hash) : texts.insert(text(i), hash);
      texts.count[index] = count;
      texts.kind[index] = kind;
      texts.length[index] = o.lengths[i] as number;
      texts.number[index] = o.numbers[i] as number;
      if (texts.size > this.limit) this.#raise(this.#level + 1);
    }
  }

  /** The statistics so far; a personal column gets counts only. */
  result(personal: boolean): ColumnStats {
    const sum = new ExactSum();
    sum.merge(this.#sum);
    const totals = { count: this.#count, min: this.#min, max: this.#max };
    const lengths = { min: this.#minLength, max: this.#maxLength };
    let spaces = this.#spaces;
    let nonFinite = this.#nonFinite;
    let missing = this.#missing;
    let invalid = this.#invalid;
    let tracked = 0;
    const numbers: [number, number][] = [];
    const values: [string, number][] = [];
    const texts = this.#texts;
    for (let i = 0; i < texts.size; i++) {
      const kind = texts.kind[i] as number;
      const count = texts.count[i] as number;
      if (kind === SPACES) {
        spaces += count;
        continue;
      }
      tracked++;
      // A personal column shows no value: its texts are not made.
      if (!personal) {
        const text = texts.text(i);
        values.push([this.bytes && NON_ASCII.test(text) ? textOfBytes(text) : text, count]);
      }
      const length = texts.length[i] as number;
      if (length < lengths.min) lengths.min = length;
      if (length > lengths.max) lengths.max = length;
      const number = texts.number[i] as number;
      if (kind === MISSING) missing += count;
      else if (kind === INVALID) invalid += count;
      else if (this.#kind !== null && !Number.isFinite(number)) nonFinite += count;
      else if (this.#kind !== null) {
        totals.count += count;
        sum.addProduct(number, count);
        if (number < totals.min) totals.min = number;
        if (number > totals.max) totals.max = number;
        numbers.push([number, count]);
      }
    }
    const exact = this.#level === 0;
    const nonBlank = this.rows - this.#empty - spaces;
    const stats: ColumnStats = {
      name: this.field.name,
      type: this.field.type,
      ...(typeof this.field.format === "string" && this.field.format !== "default"
        ? { format: this.field.format }
        : {}),
      personal,
      rows: this.rows,
      empty: this.#empty,
      spaces,
      values: nonBlank,
      missing,
      invalid,
      distinct: exact ? tracked : Math.max(tracked, this.#hll.estimate()),
      distinctExact: exact,
    };
    if (personal || nonBlank === 0) return stats;
    stats.lengths = lengths;
    stats.top = topValues(values, this.#cells);
    if (this.#kind !== null && totals.count > 0) {
      const store = this.#store;
      stats.summary = summarize(this.#kind, allWeights(numbers, store), {
        ...totals,
        sum: sum.value(),
        nonFinite,
        exact: store === null || store.level === 0,
      });
    }
    return stats;
  }
}

/** The numbers counted per text and those of the other cells (scaled by the store's level), in one list with weights. */
function allWeights(numbers: [number, number][], store: ValueStore | null) {
  const rest = store ? store.entries() : { values: new Float64Array(0), weights: new Float64Array(0) };
  const scale = store ? 2 ** store.level : 0;
  const size = numbers.length + rest.values.length;
  const values = new Float64Array(size);
  const weights = new Float64Array(size);
  numbers.forEach(([value, count], k) => {
    values[k] = value;
    weights[k] = count;
  });
  values.set(rest.values, numbers.length);
  if (scale === 1) weights.set(rest.weights, numbers.length);
  else
    for (let k = 0; k < rest.weights.length; k++)
      weights[numbers.length + k] = (rest.weights[k] as number) * scale;
  return { values, weights };
}

/** Whether `a` ranks before `b`: more cells first, ties in text order (so the list never depends on row order). */
const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);

/** The ten most frequent of the values counted (one pass, no sort of them all); `uncounted` cells belong to values not counted. */
function topValues(values: [string, number][], uncounted: number): TopValues {
  const top: [string, number][] = [];
  for (const v of values) {
    if (top.length === TOP && !before(v, top[TOP - 1] as [string, number])) continue;
    let i = Math.min(top.length, TOP - 1);
    top[i] = v;
    while (i > 0 && before(v, top[i - 1] as [string, number])) {
      top[i] = top[i - 1] as [string, number];
      top[--i] = v;
    }
  }
  const last = top.at(-1)?.[1] ?? 0;
  return {
    values: top.map(([value, count]) => ({ value, count })),
    complete: uncounted === 0 || (top.length === TOP && uncounted < last),
  };
}

/** What makes the accumulators of a table's columns, as plain data (a worker thread gets it). @internal */
export interface ColumnsSpec {
  /** One field per column counted (its label as name). */
  fields: Field[];
  missingValues: string[];
  /** Per column: personal, counts only. */
  countsOnly: boolean[];
  exactLimit: number;
  quantileLimit: number;
}

/** One accumulator per column of `spec` (`bytes`: cells come as UTF-8 bytes one char per byte). @internal */
export function columnAccumulators(spec: ColumnsSpec, bytes: boolean): ColumnAccumulator[] {
  return spec.fields.map(
    (field, j) =>
      new ColumnAccumulator(
        field,
        createCaster(field, { missingValues: spec.missingValues }),
        spec.exactLimit,
        bytes,
        spec.countsOnly[j] === true,
        spec.quantileLimit,
        spec.missingValues,
      ),
  );
}

/** Counts a batch of rows, column by column (one column's counts stay in cache for the batch). @internal */
export function countRows(
  accumulators: readonly ColumnAccumulator[],
  picked: readonly number[],
  rows: readonly (readonly string[])[],
): void {
  for (let j = 0; j < accumulators.length; j++) {
    const accumulator = accumulators[j] as ColumnAccumulator;
    const at = picked[j] as number;
    for (let r = 0; r < rows.length; r++) accumulator.add((rows[r] as readonly string[])[at] ?? "");
  }
}

/**
 * Counts rows given as byte ranges of UTF-8 `bytes` (what `readCellRange`'s `raw` hands): each row is
 * cut at the `delimiter` byte and each cell hashed in the same pass, with no string made per cell; a
 * row shorter than the header counts empty cells. The same counts as {@link countRows} of the cells as
 * bytes one char per byte (the rows must hold no quote). Returns the function that takes the rows.
 * @internal
 */
export function rawCounter(
  accumulators: readonly ColumnAccumulator[],
  picked: readonly number[],
  delimiter: number,
): (bytes: Uint8Array, starts: Int32Array, ends: Int32Array, count: number) => void {
  const width = picked.length === 0 ? 0 : Math.max(...picked) + 1;
  // Per column of the file: the accumulator counting it, or -1.
  const slot = new Int32Array(width).fill(-1);
  picked.forEach((column, j) => {
    slot[column] = j;
  });
  // Per accumulator, its column: those past the last cell of a short row count an empty cell.
  const columns = Int32Array.from(picked);
  const m = columns.length;
  // The cells of a piece, column after column (accumulator j's at j × room + row): cut row by row, then
  // counted column by column, so that one column's table of texts stays in cache for the piece.
  let room = 0;
  let from = new Int32Array(0);
  let to = new Int32Array(0);
  let hashes = new Int32Array(0);
  let continuations = new Int32Array(0);
  return (bytes, starts, ends, count) => {
    if (count > room) {
      room = Math.max(1024, count * 2);
      from = new Int32Array(room * m);
      to = new Int32Array(room * m);
      hashes = new Int32Array(room * m);
      continuations = new Int32Array(room * m);
    }
    for (let r = 0; r < count; r++) {
      const end = ends[r] as number;
      let i = starts[r] as number;
      let column = 0;
      while (true) {
        const j = slot[column] as number;
        if (j < 0) while (i < end && bytes[i] !== delimiter) i++;
        else {
          const first = i;
          let h = FNV_OFFSET;
          let continuation = 0;
          while (i < end) {
            const c = bytes[i] as number;
            if (c === delimiter) break;
            h = Math.imul(h ^ c, FNV_PRIME);
            if (c >= 0x80 && c < 0xc0) continuation++;
            i++;
          }
          const at = j * room + r;
          from[at] = first;
          to[at] = i;
          hashes[at] = h;
          continuations[at] = continuation;
        }
        if (i >= end || ++column === width) break;
        i++;
      }
      if (column < width - 1)
        for (let j = 0; j < m; j++)
          if ((columns[j] as number) > column) {
            const at = j * room + r;
            from[at] = 0;
            to[at] = 0;
            hashes[at] = FNV_OFFSET;
            continuations[at] = 0;
          }
    }
    for (let j = 0; j < m; j++) {
      const accumulator = accumulators[j] as ColumnAccumulator;
      const base = j * room;
      for (let at = base; at < base + count; at++)
        accumulator.addHashed(
          bytes,
          from[at] as number,
          to[at] as number,
          hashes[at] as number,
          continuations[at] as number,
        );
    }
  };
}
