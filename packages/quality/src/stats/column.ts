import { hashText } from "@ciudata/core";
import { type Caster, type Field, isCastFailure } from "@ciudata/table";
import { TextCounts } from "./counts";
import { HyperLogLog, Reservoir } from "./sketches";
import { summarize, type Weighted } from "./summary";
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

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;
const SURROGATES = /[\uD800-\uDBFF]/g;

/** Characters (code points) in a text. */
function codePoints(text: string): number {
  return HIGH_SURROGATE.test(text) ? text.length - (text.match(SURROGATES)?.length ?? 0) : text.length;
}

const isSpaces = (text: string): boolean => text.trim() === "";

/** How many reported values to keep, and the sample size for estimated quantiles. */
const TOP = 10;
const SAMPLE = 20_000;

/**
 * The running statistics of one column, cell by cell. Each different text is classed and cast ONCE
 * (kept with its count in a {@link TextCounts}, up to `limit` different texts); past the limit, new texts are counted directly
 * (distinct values in a HyperLogLog, numbers in a reservoir sample) so memory stays bounded.
 * @internal
 */
export class ColumnAccumulator {
  rows = 0;
  #empty = 0;
  readonly #texts: TextCounts;
  // Cells whose text was not kept (the column had `limit` different texts already).
  #untracked = 0;
  #spaces = 0;
  #missing = 0;
  #invalid = 0;
  #minLength = Number.POSITIVE_INFINITY;
  #maxLength = 0;
  #count = 0;
  #nonFinite = 0;
  #sum = 0;
  #min = Number.POSITIVE_INFINITY;
  #max = Number.NEGATIVE_INFINITY;
  #hll: HyperLogLog | null = null;
  #sample: Reservoir | null = null;
  readonly #kind: SummaryKind;

  constructor(
    readonly field: Field,
    readonly cast: Caster,
    readonly limit: number,
  ) {
    this.#kind = summaryKind(field.type);
    this.#texts = new TextCounts(limit);
  }

  /** Counts one cell. */
  add(cell: string): void {
    this.rows++;
    if (cell === "") {
      this.#empty++;
      return;
    }
    const texts = this.#texts;
    const hash = hashText(cell);
    const index = texts.find(cell, hash);
    if (index !== -1) texts.count[index] = (texts.count[index] as number) + 1;
    else if (texts.size < this.limit) this.#classify(texts.insert(cell, hash), cell);
    else this.#addUntracked(cell, hash);
  }

  /** Classes and casts a text once: spaces only, missing, not of the type, or a value (with its number). */
  #classify(index: number, cell: string): void {
    const texts = this.#texts;
    if (isSpaces(cell)) {
      texts.kind[index] = SPACES;
      return;
    }
    const value = this.cast(cell);
    const kind = value === null ? MISSING : isCastFailure(value) ? INVALID : VALUE;
    texts.kind[index] = kind;
    texts.length[index] = codePoints(cell);
    texts.number[index] = kind === VALUE && this.#kind !== null ? toNumber(value) : Number.NaN;
  }

  #addUntracked(cell: string, hash: number): void {
    if (isSpaces(cell)) {
      this.#spaces++;
      return;
    }
    if (this.#hll === null) {
      const hll = new HyperLogLog();
      const texts = this.#texts;
      for (let i = 0; i < texts.size; i++) if (texts.kind[i] !== SPACES) hll.add(texts.texts[i] as string);
      this.#hll = hll;
    }
    this.#hll.addHash(hash);
    this.#untracked++;
    const length = codePoints(cell);
    if (length < this.#minLength) this.#minLength = length;
    if (length > this.#maxLength) this.#maxLength = length;
    const value = this.cast(cell);
    if (value === null) this.#missing++;
    else if (isCastFailure(value)) this.#invalid++;
    else if (this.#kind !== null) {
      const number = toNumber(value);
      if (!Number.isFinite(number)) this.#nonFinite++;
      else {
        this.#count++;
        this.#sum += number;
        if (number < this.#min) this.#min = number;
        if (number > this.#max) this.#max = number;
        this.#sample ??= new Reservoir(SAMPLE);
        this.#sample.add(number);
      }
    }
  }

  /** The statistics so far; a personal column gets counts only. */
  result(personal: boolean): ColumnStats {
    const totals = { count: this.#count, sum: this.#sum, min: this.#min, max: this.#max };
    const lengths = { min: this.#minLength, max: this.#maxLength };
    let spaces = this.#spaces;
    let nonFinite = this.#nonFinite;
    let missing = this.#missing;
    let invalid = this.#invalid;
    let tracked = 0;
    const numbers: Weighted[] = [];
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
      values.push([texts.texts[i] as string, count]);
      const length = texts.length[i] as number;
      if (length < lengths.min) lengths.min = length;
      if (length > lengths.max) lengths.max = length;
      const number = texts.number[i] as number;
      if (kind === MISSING) missing += count;
      else if (kind === INVALID) invalid += count;
      else if (this.#kind !== null && !Number.isFinite(number)) nonFinite += count;
      else if (this.#kind !== null) {
        addNumber(totals, number, count);
        numbers.push({ value: number, weight: count });
      }
    }
    const exact = this.#hll === null;
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
      distinct: exact ? tracked : Math.max(tracked, (this.#hll as HyperLogLog).estimate()),
      distinctExact: exact,
    };
    if (personal || nonBlank === 0) return stats;
    stats.lengths = lengths;
    stats.top = topValues(values, this.#untracked);
    if (this.#kind !== null && totals.count > 0) {
      const sample = this.#sample?.values() ?? new Float64Array(0);
      const weight = sample.length ? (this.#sample as Reservoir).seen / sample.length : 0;
      for (const value of sample) numbers.push({ value, weight });
      stats.summary = summarize(this.#kind, numbers, {
        ...totals,
        nonFinite,
        exact: sample.length === 0,
      });
    }
    return stats;
  }
}

/** Adds `count` cells of one number to running totals. */
function addNumber(
  t: { count: number; sum: number; min: number; max: number },
  value: number,
  count: number,
) {
  t.count += count;
  t.sum += value * count;
  if (value < t.min) t.min = value;
  if (value > t.max) t.max = value;
}

/** Whether `a` ranks before `b`: more cells first, ties in text order (so the list never depends on row order). */
const before = (a: [string, number], b: [string, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);

/** The ten most frequent of the values kept (one pass, no sort of them all); `untracked` cells belong to values not kept. */
function topValues(values: [string, number][], untracked: number): TopValues {
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
    complete: untracked === 0 || (top.length === TOP && untracked < last),
  };
}
