import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { people, permute, records } from "../link.test-helpers";
import { canonicalOrder, possiblePairs, randomPairs, rankOf, sharePairs } from "./order";

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

  it("is the same order when fields come as dictionary codes, and ties go by id", () => {
    const twice = [...people(20, 3), ...people(20, 3)];
    const r = records(
      "r",
      twice,
      twice.map((_, i) => `x${99 - i}`),
    );
    const codesOf = (field: string) => {
      const values: string[] = [];
      const seen = new Map<string, number>();
      const codes = Int32Array.from(r.fields[field] ?? [], (v) => {
        if (v === null) return -1;
        let c = seen.get(v);
        if (c === undefined) {
          c = values.push(v) - 1;
          seen.set(v, c);
        }
        return c;
      });
      return { codes, values };
    };
    const order = canonicalOrder(r);
    expect([...canonicalOrder(r, codesOf)]).toEqual([...order]);
    // Each person is there twice with the same fields: the two copies sit together, the smaller id first.
    for (let k = 0; k + 1 < order.length; k += 2) {
      const [a, b] = [r.ids[order[k] as number] as string, r.ids[order[k + 1] as number] as string];
      expect(a < b).toBe(true);
    }
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

describe("sharePairs", () => {
  it("keeps about the share asked, the same pairs whatever their order", () => {
    const n = 200;
    const left = Int32Array.from({ length: n * n }, (_, p) => Math.floor(p / n));
    const right = Int32Array.from({ length: n * n }, (_, p) => p % n);
    const rank = Int32Array.from({ length: n }, (_, i) => (i * 7) % n);
    const kept = sharePairs({ left, right, length: n * n }, 0.1, rank, rank, 1);
    expect(kept.length).toBeGreaterThan(3600);
    expect(kept.length).toBeLessThan(4400);
    const reversed = sharePairs(
      { left: left.reverse(), right: right.reverse(), length: n * n },
      0.1,
      rank,
      rank,
      1,
    );
    const set = (x: typeof kept) => new Set(Array.from(x.left, (l, p) => `${l},${x.right[p]}`));
    expect(set(reversed)).toEqual(set(kept));
    expect(rankOf(Int32Array.of(2, 0, 1))).toEqual(Int32Array.of(1, 2, 0));
  });
});
