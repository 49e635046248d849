import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumberIndex } from "./number-index";

describe("NumberIndex", () => {
  it("answers like a Map of first occurrences, for any numbers", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true }), fc.maxSafeInteger()),
        ),
        (keys) => {
          const index = new NumberIndex(1);
          const map = new Map<number, number>();
          keys.forEach((k, row) => {
            const key = Object.is(k, -0) ? 0 : k;
            const first = map.get(key);
            if (first === undefined) map.set(key, row);
            expect(index.firstOrAdd(k, row)).toBe(first ?? -1);
          });
          expect(index.size).toBe(map.size);
          const latest = new NumberIndex(1);
          const last = new Map<number, number>();
          keys.forEach((k, row) => {
            const key = Object.is(k, -0) ? 0 : k;
            expect(latest.lastAndSet(k, row)).toBe(last.get(key) ?? -1);
            last.set(key, row);
          });
        },
      ),
    );
  });

  it("moves keys from the hash part to the dense array as ids fill in, losing none", () => {
    // A small slack makes the dense array widen often, over keys that first went to the hash part.
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: -5, max: 5 })), {
          maxLength: 2000,
        }),
        fc.integer({ min: 0, max: 64 }),
        (keys, slack) => {
          const index = new NumberIndex(1, slack);
          const last = new Map<number, number>();
          keys.forEach((key, row) => {
            expect(index.lastAndSet(key, row)).toBe(last.get(key) ?? -1);
            last.set(key, row);
          });
          expect(index.size).toBe(last.size);
          for (const [key, row] of last) expect(index.firstOrAdd(key, -7)).toBe(row);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("answers for a million sequential ids", () => {
    const index = new NumberIndex();
    for (let id = 1; id <= 1_000_000; id++) index.firstOrAdd(id, id + 1);
    expect(index.firstOrAdd(500_000, 0)).toBe(500_001);
    expect(index.firstOrAdd(1_000_001, 0)).toBe(-1);
    expect(index.size).toBe(1_000_001);
  });
});
