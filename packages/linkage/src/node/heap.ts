import { setFlagsFromString } from "node:v8";

/**
 * Lets V8 grow this process's heap by `percent` between full collections, instead of its default (up
 * to four times what was alive after the last one, on a machine with memory to spare). A linkage of a
 * million records a side keeps most of its memory alive for the whole run, so the default lets the heap
 * swell by gigabytes of garbage before collecting; with 50 % the run's peak is several hundred MB lower
 * for a few more full collections (`bench/RESULTS.md` has the numbers). It changes the whole process, so
 * it is for applications — the `ciudata` command calls it for `link` and `dedupe` — not for libraries.
 *
 * @example
 * ```ts
 * import { limitHeapGrowth, readRecords } from "@ciudata/linkage/node";
 * limitHeapGrowth(); // once, before reading the sides
 * ```
 */
export function limitHeapGrowth(percent = 50): void {
  if (!Number.isInteger(percent) || percent < 1) throw new RangeError("percent: a whole number from 1");
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
