import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blockPairs } from "../block/pairs";
import type { Records } from "../types";
import { compileComparisons } from "./compile";
import { defaultSettings } from "./defaults";

// FEBRL 4 lives beside the repository (../shared); without it these tests are skipped, said so below.
const DIR = new URL("../../../../../shared/conformance/linkage/", import.meta.url);
const present = existsSync(new URL("febrl4a.csv", DIR));
if (!present) console.warn("skipping FEBRL 4 tests: ../shared/conformance/linkage is absent");

/** A FEBRL file mapped the way [std] maps it (upper case, dates as YYYY-MM-DD, empty = missing). */
function read(file: string): Records {
  const text = readFileSync(new URL(file, DIR), "utf8");
  const rows = text
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(",").map((cell) => cell.trim()));
  const column = (k: number, f = (v: string) => v.toUpperCase()) =>
    rows.map((r) => (r[k] ? f(r[k] as string) : null));
  const date = (v: string) => (/^\d{8}$/.test(v) ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v);
  return {
    source: file,
    ids: rows.map((r) => r[0] as string),
    rows: rows.map((_, i) => i + 1),
    fields: {
      given: column(1),
      given1: column(1),
      surname1: column(2),
      street_number: column(3),
      address_1: column(4),
      address_2: column(5),
      locality: column(6),
      postcode: column(7),
      state: column(8),
      birthDate: column(9, date),
      birthYear: column(9, (v) => v.slice(0, 4)),
      nationalId: column(10),
    },
  };
}

describe.skipIf(!present)("default blocking on FEBRL 4", () => {
  it("finds at least 99.5% of the 5,000 true pairs among 25 million with about 5,000 comparisons", () => {
    const a = read("febrl4a.csv");
    const b = read("febrl4b.csv");
    const settings = defaultSettings(Object.keys(a.fields));
    const pairs = blockPairs(settings.blocking, a, b, { maxComparisons: 1_000_000 });
    const entity = (id: string) => /rec-(\d+)/.exec(id)?.[1];
    let found = 0;
    for (let p = 0; p < pairs.length; p++)
      if (
        entity(a.ids[pairs.left[p] as number] as string) === entity(b.ids[pairs.right[p] as number] as string)
      )
        found++;
    expect(found / 5000).toBeGreaterThanOrEqual(0.995);
    expect(pairs.length).toBeLessThan(20_000);
    // Every pair gets a gamma in every comparison, within the levels' range.
    const comparer = compileComparisons(settings.comparisons, a, b);
    const out = new Int8Array(comparer.count * pairs.length);
    for (let p = 0; p < pairs.length; p++)
      comparer.gammas(pairs.left[p] as number, pairs.right[p] as number, out, p * comparer.count);
    settings.comparisons.forEach((spec, c) => {
      for (let p = 0; p < pairs.length; p++) {
        const gamma = out[p * comparer.count + c] as number;
        expect(gamma >= -1 && gamma <= spec.levels.length).toBe(true);
      }
    });
  });
});
