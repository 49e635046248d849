import type { FieldStats } from "../types";

/** One standardised field, record by record (`null` for missing). */
export type Column = (string | null)[];

/** Records the statistics of one mapped column (see `FieldStats`). */
export type StatOf = (role: string, values: Column, extra?: Partial<FieldStats>) => void;

/** Distinct values a per-column cache remembers: names and dates repeat, IDs and phones do not. */
const CACHE_SIZE = 200_000;

/** A per-column memo of a standardising function, bounded in size. */
export function cached<T>(fn: (raw: string) => T): (raw: string) => T {
  const memo = new Map<string, T>();
  return (raw) => {
    const hit = memo.get(raw);
    if (hit !== undefined || memo.has(raw)) return hit as T;
    const out = fn(raw);
    if (memo.size < CACHE_SIZE) memo.set(raw, out);
    return out;
  };
}
