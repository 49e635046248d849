import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortFloats, valuesAtRanks } from "./sort-floats";

/** The built-in sort's order, element by element (`Object.is`: -0 and 0 apart, NaN equal to NaN). */
function expectSameOrder(got: Float64Array, want: Float64Array): void {
  expect(got.length).toBe(want.length);
  for (let i = 0; i < want.length; i++)
    if (!Object.is(got[i], want[i])) expect([i, got[i]]).toEqual([i, want[i]]);
}

describe("sortFloats", () => {
  it("property: gives the order of Float64Array.prototype.sort, on arrays past the small-array cut", () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer({ min: -1000, max: 1000 }),
      fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324),
    );
    fc.assert(
      fc.property(
        fc.array(number, { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 4096, max: 9000 }),
        (pool, n) => {
          const values = Float64Array.from({ length: n }, (_, i) => pool[(i * 7919) % pool.length] as number);
          expectSameOrder(sortFloats(values.slice()), values.slice().sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it("sorts a million shuffled amounts with two decimals as the built-in sort does", () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const values = Float64Array.from({ length: 1_000_000 }, () => Math.round((random() - 0.1) * 3e7) / 100);
    expectSameOrder(sortFloats(values.slice()), values.slice().sort());
  });

  it("property: moves a twin array along with the values, small or past the cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1, -1)), { maxLength: 200 }),
        fc.boolean(),
        (pool, large) => {
          const n = large && pool.length > 0 ? 5000 : pool.length;
          const values = Float64Array.from({ length: n }, (_, i) => pool[(i * 7919) % pool.length] as number);
          const twin = Float64Array.from(values, (_, i) => i);
          const original = values.slice();
          sortFloats(values, twin);
          expectSameOrder(values, original.slice().sort());
          // Each twin is the position its value came from.
          for (let k = 0; k < n; k++) expect(Object.is(original[twin[k] as number], values[k])).toBe(true);
          expect([...twin].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        },
      ),
      { numRuns: 80 },
    );
  });

  it("sorts small arrays too", () => {
    expect([...sortFloats(Float64Array.of(3, -1, 0.5, -0, 0))]).toEqual([-1, -0, 0, 0.5, 3]);
  });
});

/** The value at each rank by sorting everything and walking the cumulative weights (what valuesAtRanks replaces). */
function byFullSort(values: Float64Array, weights: Float64Array, ranks: readonly number[]): number[] {
  const v = values.slice();
  const w = weights.slice();
  sortFloats(v, w);
  return ranks.map((rank) => {
    let cumulative = 0;
    for (let i = 0; i < v.length; i++) {
      cumulative += w[i] as number;
      if (rank < cumulative) return v[i] as number;
    }
    return v[v.length - 1] as number;
  });
}

describe("valuesAtRanks", () => {
  it("property: the value at each rank is the one a full sort and a walk give, ranks past the total included", () => {
    const number = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer({ min: -50, max: 50 }),
      fc.constantFrom(0, -0, 1e6, 1e6 + 0.5, 5e-324, Number.POSITIVE_INFINITY),
    );
    fc.assert(
      fc.property(
        fc.array(number, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 1, max: 12_000 }),
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 12 }),
        (pool, n, ranks) => {
          const values = Float64Array.from({ length: n }, (_, i) => pool[(i * 7919) % pool.length] as number);
          const weights = Float64Array.from({ length: n }, (_, i) => 1 + ((i * 31) % 4));
          const before = values.slice();
          const got = valuesAtRanks(values, weights, ranks);
          const want = byFullSort(values, weights, ranks);
          expectSameOrder(Float64Array.from(got), Float64Array.from(want));
          expectSameOrder(values, before);
        },
      ),
      { numRuns: 80 },
    );
  });

  it("finds the quartiles of a million amounts, many of them in one part of the highest bits", () => {
    const values = Float64Array.from({ length: 1_000_000 }, (_, i) => 131_072 + ((i * 7919) % 100_000) / 100);
    const weights = new Float64Array(values.length).fill(1);
    const ranks = [0, 249_999, 250_000, 500_000, 999_999, 1_000_000];
    expect(valuesAtRanks(values, weights, ranks)).toEqual(byFullSort(values, weights, ranks));
  });

  it("gives NaN for every rank of no values", () => {
    expect(valuesAtRanks(new Float64Array(0), new Float64Array(0), [0, 3])).toEqual([Number.NaN, Number.NaN]);
  });
});
