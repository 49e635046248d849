import { Decimal, PlainDate, RowFingerprints, RowHasher } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valueKey } from "./keys";

const hash = (values: unknown[]) => {
  const h = new RowHasher();
  h.row(values);
  return [h.h1, h.h2];
};

describe("RowHasher", () => {
  it("hashes equal logical values equal, as valueKey says", () => {
    expect(hash([1, "Ana"])).toEqual(hash([Decimal.from("1.0"), "Ana"]));
    expect(hash([Decimal.from("2.50")])).toEqual(hash([2.5]));
    expect(hash([null, 0])).toEqual(hash([undefined, -0]));
    expect(hash([new PlainDate(2024, 2, 29)])).toEqual(hash([new PlainDate(2024, 2, 29)]));
    expect(hash([5n])).toEqual(hash([5]));
  });

  it("keeps apart rows that differ in a cell, its type or where the cells split", () => {
    expect(hash(["ab", "c"])).not.toEqual(hash(["a", "bc"]));
    expect(hash(["1"])).not.toEqual(hash([1]));
    expect(hash([true])).not.toEqual(hash([1]));
    expect(hash([null])).not.toEqual(hash([""]));
    expect(hash([new PlainDate(2024, 2, 29)])).not.toEqual(hash([new PlainDate(2024, 3, 1)]));
  });

  it("hashes equal whenever valueKey is equal, on random numbers and decimals", () => {
    const num = fc.oneof(
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -999999, max: 999999 }).map((n) => Decimal.from(`${n / 100}`)),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => Decimal.from(n.toString())),
    );
    fc.assert(
      fc.property(num, num, (a, b) => {
        if (valueKey(a) === valueKey(b)) expect(hash([a])).toEqual(hash([b]));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("RowFingerprints, as duplicate-row uses it (0 for a new row)", () => {
  it("remembers the first row of every hash, past many growths", () => {
    const table = new RowFingerprints(4);
    const firstOrAdd = (h1: number, h2: number, row: number) => table.firstOrAddHash(h1, h2, row) ?? 0;
    for (let row = 2; row < 20_002; row++) expect(firstOrAdd(row * 7919, row, row)).toBe(0);
    for (let row = 2; row < 20_002; row++) expect(firstOrAdd(row * 7919, row, 99_999)).toBe(row);
    // Same first hash, other second: another row.
    expect(firstOrAdd(2 * 7919, 3, 100_000)).toBe(0);
  });
});
