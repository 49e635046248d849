import { seededRandom } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import type { ComparisonSpec } from "../types";
import { expectationMaximisation, initialM } from "./em";
import { countPatterns } from "./patterns";
import { estimateU } from "./u";

const spec = (name: string): ComparisonSpec => ({
  name,
  fields: [name],
  levels: [
    { id: "exact", when: { exact: name } },
    { id: "close", when: { jaroWinkler: name, min: 0.9 } },
  ],
});
const specs = [spec("a"), spec("b"), spec("c"), spec("d")];
// Levels: exact, close, else. Index 0 = gamma 2.
const M = [
  [0.85, 0.1, 0.05],
  [0.7, 0.2, 0.1],
  [0.9, 0.05, 0.05],
  [0.6, 0.3, 0.1],
];
const U = [
  [0.02, 0.08, 0.9],
  [0.05, 0.1, 0.85],
  [0.01, 0.04, 0.95],
  [0.1, 0.2, 0.7],
];

function draw(rows: readonly number[], r: number): number {
  let acc = 0;
  for (let i = 0; i < rows.length; i++) {
    acc += rows[i] as number;
    if (r < acc) return i;
  }
  return rows.length - 1;
}

/** Gammas of `n` pairs from the known model, `lambda` of them matches, `nulls` share of values missing. */
function synthetic(n: number, lambda: number, seed: number, nulls = 0): Int8Array {
  const next = seededRandom(seed);
  const out = new Int8Array(n * specs.length);
  for (let p = 0; p < n; p++) {
    const match = next() < lambda;
    for (let c = 0; c < specs.length; c++) {
      const level = draw((match ? M : U)[c] as number[], next());
      out[p * specs.length + c] = next() < nulls ? -1 : 2 - level;
    }
  }
  return out;
}

describe("estimateU", () => {
  it("recovers u from random pairs and never gives a level 0", () => {
    const n = 50_000;
    const u = estimateU(specs, synthetic(n, 0, 7), n);
    u.forEach((row, c) => {
      for (const [i, x] of row.entries()) expect(x).toBeCloseTo((U[c] as number[])[i] as number, 2);
    });
    const never = estimateU(specs.slice(0, 1), new Int8Array([0, 0, 1, -1]), 4);
    expect(never[0]?.[0]).toBeGreaterThan(0);
    expect(never[0]?.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});

describe("expectationMaximisation", () => {
  it("recovers m and λ from unlabelled gammas drawn from a known model, u fixed", () => {
    const n = 40_000;
    const patterns = countPatterns(synthetic(n, 0.2, 3), specs.length, n);
    const { m, lambda } = expectationMaximisation(patterns, U, initialM([3, 3, 3, 3]), 0.1);
    expect(lambda).toBeCloseTo(0.2, 1.5);
    m.forEach((row, c) => {
      for (const [i, x] of row.entries())
        expect(Math.abs(x - ((M[c] as number[])[i] as number))).toBeLessThan(0.03);
    });
  });

  it("treats nulls as no evidence (fastLink MAR): m is still recovered with 20% values missing", () => {
    const n = 40_000;
    const patterns = countPatterns(synthetic(n, 0.3, 11, 0.2), specs.length, n);
    const { m, lambda } = expectationMaximisation(patterns, U, initialM([3, 3, 3, 3]), 0.1);
    expect(Math.abs(lambda - 0.3)).toBeLessThan(0.03);
    m.forEach((row, c) => {
      for (const [i, x] of row.entries())
        expect(Math.abs(x - ((M[c] as number[])[i] as number))).toBeLessThan(0.04);
    });
  });

  it("leaves a deactivated comparison's m as it was", () => {
    const n = 5_000;
    const active = [true, false, true, true];
    const patterns = countPatterns(synthetic(n, 0.2, 5), specs.length, n, { active });
    const start = initialM([3, 3, 3, 3]);
    const { m } = expectationMaximisation(patterns, U, start, 0.1, { active });
    expect(m[1]).toEqual(start[1]);
  });

  it("uses fixed posteriors of decided pairs", () => {
    // Only decided pairs: m is their level shares among the matches.
    const empty = countPatterns(new Int8Array(0), 1, 0);
    const decided = countPatterns(new Int8Array([2, 2, 1, 0]), 1, 4);
    const posterior = Float64Array.from({ length: decided.length }, (_, p) =>
      decided.gammas[p] === 0 ? 0 : 1,
    );
    const { m } = expectationMaximisation(empty, [[0.1, 0.1, 0.8]], [[0.4, 0.3, 0.3]], 0.5, {
      fixed: { patterns: decided, posterior },
    });
    expect(m[0]?.[0]).toBeCloseTo(2 / 3, 4);
    expect(m[0]?.[1]).toBeCloseTo(1 / 3, 4);
  });
});

describe("countPatterns", () => {
  it("gives the same patterns whatever the order of the pairs", () => {
    const a = countPatterns(new Int8Array([1, 0, 0, -1, 1, 0]), 2, 3);
    const b = countPatterns(new Int8Array([0, -1, 1, 0, 1, 0]), 2, 3);
    expect(a).toEqual(b);
    expect(a.length).toBe(2);
  });
});

describe("countPatterns with many levels or comparisons", () => {
  it("counts the same patterns when they do not fit in a number", () => {
    const gammas = new Int8Array([20, 1, 20, 1, 3, -1]);
    const p = countPatterns(gammas, 2, 3);
    expect(new Set([0, 2].map((k) => `${p.gammas[k]},${p.gammas[k + 1]}`))).toEqual(
      new Set(["20,1", "3,-1"]),
    );
    expect(p.length).toBe(2);
    expect(Array.from(p.counts).sort()).toEqual([1, 2]);
    const wide = countPatterns(new Int8Array(Array.from({ length: 28 }, (_, i) => i % 3)), 14, 2);
    expect(wide.length).toBe(2);
    expect(Array.from(wide.gammas)).toEqual(Array.from({ length: 28 }, (_, i) => i % 3));
  });
});
