import type { FieldStats } from "../types";
import { oneByte } from "./text";

/** One standardised field, record by record (`null` for missing). */
export type Column = (string | null)[];

/** Records the statistics of one mapped column (see `FieldStats`). */
export type StatOf = (role: string, values: Column, extra?: Partial<FieldStats>) => void;

/** Distinct values a per-column cache remembers: names and dates repeat, IDs and phones do not. */
const CACHE_SIZE = 200_000;

/** Values looked up before a memo whose values hardly repeat (addresses, phones) is given up. */
const PROBE = 4096;

/**
 * A per-column memo of a standardising function, bounded in size; given up after the first values when
 * fewer than a quarter of them were repeats, unless `probe` is false (values that repeat only over many
 * rows, such as birth dates and pairs of surnames: tens of thousands of distinct ones in a million).
 */
export function cached<T>(fn: (raw: string) => T, probe = true): (raw: string) => T {
  let memo: Map<string, T> | null = new Map<string, T>();
  let calls = probe ? 0 : Number.NEGATIVE_INFINITY;
  return (raw) => {
    if (memo === null) return fn(raw);
    // Misses among the first PROBE lookups are the memo's size: most of them means values hardly repeat.
    if (++calls === PROBE && memo.size > PROBE * 0.75) {
      memo = null;
      return fn(raw);
    }
    const hit = memo.get(raw);
    if (hit !== undefined || memo.has(raw)) return hit as T;
    const out = fn(raw);
    if (memo.size < CACHE_SIZE) memo.set(raw, out);
    return out;
  };
}

/**
 * A string to keep, as its own: V8 cuts 13 characters or more as a view of the whole text they came from
 * (a chunk of the file, a longer name), which a million kept values would hold in memory.
 */
export const own = (text: string): string => (text.length >= 13 ? oneByte(text) : text);

/** One string per distinct value: equal values share one string (a column of a million years holds 100). */
export function interned(): (value: string) => string {
  const known = new Map<string, string>();
  return (value) => {
    const same = known.get(value);
    if (same !== undefined) return same;
    const kept = own(value);
    known.set(kept, kept);
    return kept;
  };
}

/**
 * What the chunks of one side share, so that reading it in chunks costs what one pass does: one string
 * per repeated value of a field, and each standardiser's memo.
 */
export interface Shared {
  /** The {@link interned} pool of a field. */
  intern(field: string): (value: string) => string;
  /** The thing made under `key` by the first chunk (a memo, a cleaner), made by `make` then. */
  once<T>(key: string, make: () => T): T;
}

/** An empty {@link Shared}: pools and memos made on first use. */
export function shared(): Shared {
  const things = new Map<string, unknown>();
  const once = <T>(key: string, make: () => T): T => {
    if (!things.has(key)) things.set(key, make());
    return things.get(key) as T;
  };
  return { once, intern: (field) => once(`intern:${field}`, interned) };
}
