import { describe, expect, it } from "vitest";
import { bestFirst, CandidateList, canonical, greedyOneToOne } from "./candidates";
import { dice, popcount32 } from "./dice";
import type { Encoded } from "./encode";
import { evaluateEncodedLinks } from "./evaluate";

describe("Dice on popcounts", () => {
  it("counts bits and measures overlap", () => {
    expect(popcount32(0)).toBe(0);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(0b1011)).toBe(3);
    expect(dice(Uint32Array.of(0b1110, 1), 0, Uint32Array.of(0b0111, 1), 0, 2)).toBe((2 * 3) / (4 + 4));
    expect(dice(Uint32Array.of(0), 0, Uint32Array.of(0), 0, 1)).toBe(0);
  });
});

describe("the one-to-one choice", () => {
  it("takes the highest similarity first and keeps each record once", () => {
    const list = new CandidateList();
    list.push(0, 0, 0.9);
    list.push(0, 1, 0.95);
    list.push(1, 1, 0.85);
    list.push(1, 0, 0.8);
    const order = bestFirst(list, 1024);
    expect([...order]).toEqual([1, 0, 2, 3]);
    expect(greedyOneToOne(order, list, 2, 2)).toEqual([1, 3]);
  });

  it("breaks equal similarities by the order found (id order), for any number of candidates", () => {
    const list = new CandidateList();
    for (let k = 0; k < 3000; k++) list.push(k, k, k % 2 === 0 ? 0.8 : 0.9);
    const order = [...bestFirst(list, 1024)];
    expect(order.slice(0, 3)).toEqual([1, 3, 5]);
    expect(order.slice(1500, 1503)).toEqual([0, 2, 4]);
    expect([...bestFirst(list, 8192)]).toEqual(order);
  });

  it("puts the records in id order whatever their row order", () => {
    const e: Encoded = {
      source: "x",
      ids: ["b", "a", "c"],
      schema: {} as never,
      fingerprint: "",
      keyCheck: "",
      words: 1,
      clks: Uint32Array.of(2, 1, 3),
      popcounts: Uint16Array.of(1, 1, 2),
    };
    const c = canonical(e);
    expect(c.ids).toEqual(["a", "b", "c"]);
    expect([...c.clks]).toEqual([1, 2, 3]);
    expect([...c.popcounts]).toEqual([1, 1, 2]);
  });
});

describe("evaluateEncodedLinks", () => {
  it("scores links against the true pairs", () => {
    const links = [
      { left: "a1", right: "b1", similarity: 0.9 },
      { left: "a2", right: "b3", similarity: 0.85 },
    ];
    expect(
      evaluateEncodedLinks(links, [
        ["a1", "b1"],
        ["a2", "b2"],
      ]),
    ).toEqual({
      truePairs: 2,
      predictedPairs: 2,
      truePositives: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
  });
});
