import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded";

describe("seededRandom", () => {
  it("gives the same numbers for the same seed, in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(1)()).toBe(0.6270739405881613);
  });

  it("gives other numbers for another seed", () => {
    expect(seededRandom(1)()).not.toBe(seededRandom(2)());
  });
});
