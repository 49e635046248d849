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
});
