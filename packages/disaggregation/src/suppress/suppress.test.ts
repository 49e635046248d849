import { describe, expect, it } from "vitest";
import { linesOf, primarySuppression, recomputableCells, suppressCells, suppressTable } from "./suppress";

const table = (rows: Record<string, number>) =>
  Object.entries(rows).map(([k, value]) => ({ key: k.split(","), value }));

describe("suppression", () => {
  it("withholds non-zero counts under the threshold and keeps true zeros", () => {
    const cells = table({ F: 2, M: 0, _T: 9 });
    expect([...primarySuppression(cells, 3)]).toEqual([0]);
  });

  it("finds the additive lines of a table with margins", () => {
    const cells = table({
      "F,A": 1,
      "F,B": 2,
      "F,_T": 3,
      "M,A": 4,
      "M,B": 5,
      "M,_T": 9,
      "_T,A": 5,
      "_T,B": 7,
      "_T,_T": 12,
    });
    expect(linesOf(cells)).toHaveLength(6);
  });

  it("adds complementary cells so a withheld cell cannot be recomputed from the margins", () => {
    const cells = table({
      "F,A": 2,
      "F,B": 20,
      "F,_T": 22,
      "M,A": 30,
      "M,B": 40,
      "M,_T": 70,
      "_T,A": 32,
      "_T,B": 60,
      "_T,_T": 92,
    });
    expect(recomputableCells(cells, new Set([0]))).toEqual([0]);
    const { primary, secondary } = suppressTable(cells, 5);
    expect([...primary]).toEqual([0]);
    expect(secondary.size).toBe(3);
    expect(recomputableCells(cells, new Set([...primary, ...secondary]))).toEqual([]);
    expect(suppressCells(cells, 5).size).toBe(4);
    expect(suppressTable(cells, 1).primary.size).toBe(0);
  });

  it("withholds a total when a line has nothing else to hide", () => {
    const cells = table({ F: 3, _T: 3 });
    const all = suppressCells(cells, 5);
    expect([...all].sort()).toEqual([0, 1]);
  });

  it("withholds one more cell when the withheld ones add up to a small count next to a published total", () => {
    // F 1 and M 2 withheld: 33 − 30 would still give their 3 together, so X goes too.
    const cells = table({ F: 1, M: 2, X: 30, _T: 33 });
    expect(suppressTable(cells, 5)).toEqual({ primary: new Set([0, 1]), secondary: new Set([2]) });
  });

  it("withholds one more cell when a published total bounds every withheld one under the threshold", () => {
    // 2, 2 and 2 withheld add up to 6 ≥ 5, but each is at least 1: none can be more than 6 − 1 − 1 = 4,
    // so a reader would know all three are small. X goes too: now one of them could be 4 + 30 − 2.
    const cells = table({ A: 2, B: 2, C: 2, X: 30, _T: 36 });
    expect(suppressTable(cells, 5)).toEqual({ primary: new Set([0, 1, 2]), secondary: new Set([3]) });
    // With one of 1 and one of 5 withheld (a sum of 6), one could be 5: nothing more is needed.
    const two = table({ A: 1, B: 5, X: 30, _T: 36 });
    expect(suppressTable(two, 5).secondary).toEqual(new Set([1]));
    // A caller that withholds zeros too (floor 0): a withheld sum of 0 next to a published total pins them.
    const zeros = [0, 0, 9, 9].map((value) => ({ key: [], value }));
    const lines = [{ total: 3, parts: [0, 1, 2] }];
    expect(suppressTable(zeros, 5, { lines, primary: new Set([0, 1]), floor: 0 }).secondary).toEqual(
      new Set([2]),
    );
  });

  it("takes its own lines, cells to withhold first, and cells that stay published (survey reports)", () => {
    // Areas 3, 6, 9 adding up to 18, given as a line (no _T keys); 6 is already shown elsewhere.
    const cells = [3, 6, 9, 18].map((value) => ({ key: [], value }));
    const lines = [{ total: 3, parts: [0, 1, 2] }];
    expect(suppressTable(cells, 5, { lines })).toEqual({ primary: new Set([0]), secondary: new Set([1]) });
    const fixed = new Set([1]);
    expect(suppressTable(cells, 5, { lines, fixed }).secondary).toEqual(new Set([2]));
    // Withheld first by the caller (an area hidden whole, a zero): protected like the small counts.
    const primary = new Set([2]);
    expect(suppressTable(cells, 5, { lines, primary, fixed: new Set([0, 1]) }).secondary).toEqual(
      new Set([3]),
    );
  });
});
