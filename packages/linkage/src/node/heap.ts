import { setFlagsFromString } from "node:v8";

/**
 * While reading the sides, lets V8 grow this process's heap by `percent` between full collections
 * instead of its default (up to four times what was alive after the last one, on a machine with memory
 * to spare); the returned function puts the default back. Standardising a million rows makes hundreds of
 * MB of short-lived strings on top of what it keeps, and with the default growth the peak of the reading
 * varied between 1.2 and 2.1 GB from run to run; held to 50 % while reading it stays near the lower end,
 * for a few seconds of collection. Kept to the reading because later steps hold much and allocate
 * little: there the extra collections cost more than they save. It changes the whole process, so it is
 * for applications (the `ciudata` command uses it for `link` and `dedupe`), not for libraries.
 *
 * @example
 * ```ts
 * import { limitHeapGrowth, readRecords } from "@ciudata/linkage/node";
 * const restore = limitHeapGrowth();
 * const a = await readRecords("a.csv", mappingA, { source: "a" });
 * restore();
 * ```
 */
export function limitHeapGrowth(percent = 50): () => void {
  if (!Number.isInteger(percent) || percent < 1) throw new RangeError("percent: a whole number from 1");
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return () => setFlagsFromString("--heap-growing-percent=0");
}
