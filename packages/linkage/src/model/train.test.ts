import { seededRandom } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import type { ComparisonSpec } from "../types";
import { activeComparisons } from "./related";
import { trainModel } from "./train";

const spec = (name: string, fields = [name]): ComparisonSpec => ({
  name,
  fields,
  levels: [{ id: "exact", when: { exact: fields[0] as string } }],
});
const specs = [spec("surname", ["surname1"]), spec("birthDate"), spec("nationalId")];
const M = [0.9, 0.95, 0.8];
const U = [0.01, 0.002, 0.0001];

/** Gammas of `matches` matches and `others` non-matches from the known model. */
function pairs(matches: number, others: number, seed: number) {
  const next = seededRandom(seed);
  const n = matches + others;
  const gammas = new Int8Array(n * 3);
  for (let p = 0; p < n; p++) {
    for (let c = 0; c < 3; c++)
      gammas[p * 3 + c] = next() < (p < matches ? (M[c] as number) : (U[c] as number)) ? 1 : 0;
  }
  return { gammas, length: n };
}
const u = U.map((x) => [x, 1 - x]);

describe("activeComparisons", () => {
  it("deactivates the comparisons a training rule blocks on, derived fields included", () => {
    expect(activeComparisons(specs, { on: ["surname1Phon", "birthYear"] })).toEqual([false, false, true]);
    expect(activeComparisons(specs, { on: ["nationalId"] })).toEqual([true, true, false]);
  });
});

describe("trainModel", () => {
  it("estimates m per session and λ as the expected matches among the compared pairs over all pairs", () => {
    const compared = pairs(2_000, 18_000, 1);
    const { model, sessions } = trainModel(specs, {
      u,
      sessions: [
        { rule: { on: ["surname1"] }, pairs: compared },
        { rule: { on: ["nationalId"] }, pairs: compared },
      ],
      compared,
      totalPairs: 10_000_000,
    });
    expect(sessions.map((s) => s.active)).toEqual([
      [false, true, true],
      [true, true, false],
    ]);
    // 2,000 matches among 10 million pairs.
    expect(model.prior).toBeGreaterThan(0.00019);
    expect(model.prior).toBeLessThan(0.00021);
    model.comparisons.forEach((c, i) => {
      expect(Math.abs((c.levels[0]?.m as number) - (M[i] as number))).toBeLessThan(0.02);
      expect(c.levels[0]?.u).toBe(U[i]);
    });
    expect(model.comparisons[0]?.levels.map((l) => l.id)).toEqual(["exact", "else"]);
  });

  it("keeps a given λ", () => {
    const compared = pairs(10, 100, 2);
    const { model } = trainModel(specs, { u, sessions: [], compared, totalPairs: 1000, prior: 0.01 });
    expect(model.prior).toBe(0.01);
  });
});
