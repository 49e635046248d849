import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyTexts } from "./key-texts";

describe("KeyTexts", () => {
  it("numbers keys as a Map of the joined trimmed cells does, and finds no key it was not given (fast-check)", () => {
    const cell = fc.constantFrom(
      "",
      " ",
      "a",
      " a",
      "a ",
      "b",
      "a\u0001b",
      "b\u0001",
      "\u0001",
      "2024",
      "Ñandú",
    );
    const row = fc.array(cell, { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (rows, bound) => {
        const keys = new KeyTexts([0, 2]);
        const plain = new Map<string, number>();
        for (const r of rows) {
          const text = [r[0], r[2]].map((c) => (c ?? "").trim()).join("\u0001");
          const add = plain.size < bound;
          let want = plain.get(text);
          if (want === undefined && add) {
            want = plain.size;
            plain.set(text, want);
          }
          expect(keys.id(r, add)).toBe(want ?? -1);
        }
        expect(keys.size).toBe(plain.size);
      }),
      { numRuns: 300 },
    );
  });
});
