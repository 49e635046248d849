import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactSum } from "./exact-sum";

/** The correctly rounded sum of k / 1024 for integers k (BigInt sum, then one rounding; /1024 is exact). */
const truth = (ks: readonly bigint[]) => Number(ks.reduce((a, b) => a + b, 0n)) / 1024;

describe("ExactSum", () => {
  it("property: the correctly rounded sum of small and large integers and fractions, in any order", () => {
    const k = fc.oneof(
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((n) => BigInt(n) * 1024n),
      fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }),
      fc.constantFrom(2n ** 52n * 1024n, -(2n ** 52n) * 1024n, 1n, -1n, 1024n),
    );
    fc.assert(
      fc.property(fc.array(k, { maxLength: 200 }), (ks) => {
        const sum = new ExactSum();
        for (const x of ks) sum.add(Number(x) / 1024);
        // Number(x) / 1024 rounds a large k: the truth is over the numbers actually added.
        const added = ks.map((x) => BigInt(Number(x)));
        expect(sum.value()).toBe(truth(added));
      }),
      { numRuns: 800 },
    );
  });

  it("keeps the sum exact when small integers push it past 2^53, and merges", () => {
    const a = new ExactSum();
    for (let i = 0; i < 5_000_000; i++) a.add(2 ** 31 - 1);
    expect(a.value()).toBe(5_000_000 * (2 ** 31 - 1));
    const b = new ExactSum();
    b.merge(a);
    b.add(0.5);
    b.add(-5_000_000 * (2 ** 31 - 1));
    expect(b.value()).toBe(0.5);
    const zero = new ExactSum();
    zero.add(-0);
    expect(Object.is(zero.value(), -0)).toBe(true);
    zero.add(5);
    zero.add(-5);
    expect(Object.is(zero.value(), 0)).toBe(true);
  });
});
