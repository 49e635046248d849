import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growSlots, hashText, slotOf } from "./hash";

describe("hash slots", () => {
  it("finds every entry put in, through any number of doublings, and never a text not put in (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 200 }),
        fc.string(),
        (texts, other) => {
          let slots = new Int32Array(4);
          texts.forEach((t, entry) => {
            const pos = slotOf(slots, hashText(t), (e) => texts[e] === t);
            expect(slots[2 * pos + 1]).toBe(0);
            slots[2 * pos] = hashText(t);
            slots[2 * pos + 1] = entry + 1;
            if ((entry + 1) * 4 > slots.length) slots = growSlots(slots);
          });
          texts.forEach((t, entry) => {
            expect(slots[2 * slotOf(slots, hashText(t), (e) => texts[e] === t) + 1]).toBe(entry + 1);
          });
          if (!texts.includes(other))
            expect(slots[2 * slotOf(slots, hashText(other), (e) => texts[e] === other) + 1]).toBe(0);
        },
      ),
      { numRuns: 100 },
    );
  });
});
