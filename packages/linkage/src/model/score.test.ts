import { describe, expect, it } from "vitest";
import type { ComparisonSpec, LinkModel, Records } from "../types";
import { pairScorer, probabilityOf, weightOf } from "./score";
import { termFrequencies } from "./tf";

const specs: ComparisonSpec[] = [
  {
    name: "surname",
    fields: ["surname1"],
    levels: [{ id: "exact", when: { exact: "surname1" }, tf: "surname1" }],
  },
  { name: "birthDate", fields: ["birthDate"], levels: [{ id: "exact", when: { exact: "birthDate" } }] },
];
const model: LinkModel = {
  prior: 0.001,
  comparisons: [
    {
      name: "surname",
      levels: [
        { id: "exact", m: 0.9, u: 0.01 },
        { id: "else", m: 0.1, u: 0.99 },
      ],
    },
    {
      name: "birthDate",
      levels: [
        { id: "exact", m: 0.95, u: 0.001 },
        { id: "else", m: 0.05, u: 0.999 },
      ],
    },
  ],
};
const surnames = [
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "GARCIA",
  "ZUBIZARRETA",
  null,
];
const side = (source: string): Records => ({
  source,
  ids: surnames.map((_, i) => String(i)),
  rows: surnames.map((_, i) => i + 1),
  fields: { surname1: surnames, birthDate: surnames.map(() => "2000-01-01") },
});

describe("pairScorer", () => {
  const a = side("a");
  const b = side("b");
  const scorer = pairScorer(specs, model, termFrequencies(specs, a, b));

  it("makes a rare exact surname weigh more than a common one (term frequencies)", () => {
    const gammas = new Int8Array([1, 1]);
    const common = scorer.contributions(gammas, 0, 0, 0)[0] as number;
    const rare = scorer.contributions(gammas, 0, 8, 8)[0] as number;
    expect(rare).toBeGreaterThan(common);
    // GARCIA is 16/18 of the surnames: log2(0.9/0.01) + log2(0.01) - log2(16/18).
    expect(common).toBeCloseTo(Math.log2(0.9 / 0.01) + Math.log2(0.01) - Math.log2(16 / 18), 10);
    expect(rare).toBeCloseTo(Math.log2(0.9 / 0.01) + Math.log2(0.01) - Math.log2(2 / 18), 10);
  });

  it("gives a weight equal to the prior weight plus every contribution; null gives 0", () => {
    const gammas = new Int8Array([1, 0, -1, 1]);
    for (const p of [0, 1]) {
      const parts = scorer.contributions(gammas, p, 1, 2);
      const sum = parts.reduce((x, y) => x + y, scorer.priorWeight);
      expect(scorer.weight(gammas, p, 1, 2)).toBeCloseTo(sum, 12);
    }
    expect(scorer.contributions(gammas, 1, 1, 2)[0]).toBe(0);
    expect(scorer.priorWeight).toBeCloseTo(Math.log2(0.001 / 0.999), 12);
  });

  it("ignores the adjustment when the value is missing", () => {
    const gammas = new Int8Array([1, 1]);
    expect(scorer.contributions(gammas, 0, 9, 9)[0]).toBeCloseTo(Math.log2(0.9 / 0.01), 12);
  });
});

describe("probabilityOf / weightOf", () => {
  it("are inverse and do not overflow", () => {
    expect(probabilityOf(weightOf(0.9))).toBeCloseTo(0.9, 12);
    expect(probabilityOf(-5000)).toBe(0);
    expect(probabilityOf(5000)).toBe(1);
  });
});
