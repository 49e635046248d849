import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ownCopy } from "./own-copy";

describe("ownCopy", () => {
  it("keeps every code unit, lone surrogates included (a map key found again)", () => {
    const lone = `${"x".repeat(20)}\ud800${"y".repeat(5)}`;
    expect(ownCopy(lone)).toBe(lone);
    const counts = new Map([[ownCopy(lone), 1]]);
    expect(counts.get(lone)).toBe(1);
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 64 }), (s) => ownCopy(s) === s));
  });
});
