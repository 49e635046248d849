import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { people, permute, records } from "../link.test-helpers";
import { canonicalOrder, possiblePairs, randomPairs } from "./order";

describe("canonicalOrder", () => {
  it("puts the same records in the same order whatever the row order (property)", () => {
    const r = records("r", people(25, 4));
    const ids = (x: typeof r) => Array.from(canonicalOrder(x), (i) => x.ids[i]);
    const base = ids(r);
    fc.assert(
      fc.property(fc.shuffledSubarray([...Array(25).keys()], { minLength: 25, maxLength: 25 }), (order) => {
        expect(ids(permute(r, order))).toEqual(base);
      }),
      { numRuns: 50 },
    );
  });
});

describe("randomPairs", () => {
  it("takes every pair when there are few, distinct records for dedupe", () => {
    const all = randomPairs(Int32Array.of(2, 0, 1), null, 100, 1);
    expect(all.length).toBe(possiblePairs(3, null));
    const some = randomPairs(Int32Array.of(4, 3, 2, 1, 0), null, 6, 9);
    for (let p = 0; p < some.length; p++) expect(some.left[p]).toBeLessThan(some.right[p] as number);
    const cross = randomPairs(Int32Array.of(0, 1), Int32Array.of(0, 1, 2), 4, 1);
    expect(cross.length).toBe(4);
    expect(randomPairs(Int32Array.of(0, 1), Int32Array.of(0, 1, 2), 4, 1)).toEqual(cross);
  });
});
