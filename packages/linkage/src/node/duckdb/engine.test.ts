import { describe, expect, it } from "vitest";
import type { ComparisonSpec, Records } from "../../types";
import { duckdbEngine } from "./engine";

const records = (source: string, rows: Record<string, (string | null)[]>): Records => {
  const n = Object.values(rows)[0]?.length ?? 0;
  return {
    source,
    ids: Array.from({ length: n }, (_, i) => `${source}${i}`),
    rows: Array.from({ length: n }, (_, i) => i + 1),
    fields: rows,
  };
};

describe("duckdbEngine", () => {
  it("counts, blocks and compares", async () => {
    const a = records("a", {
      s: ["PEREZ", "GARCIA", null, "LOPEZ"],
      d: ["2000-01-02", "2000-02-01", "1990-05-05", null],
    });
    const b = records("b", {
      s: ["PERES", "GARCIA", "GARCIA", "LOPEZ"],
      d: ["2000-01-02", "2000-01-02", "1990-05-05", null],
    });
    const specs: ComparisonSpec[] = [
      {
        name: "s",
        fields: ["s"],
        levels: [
          { id: "exact", when: { exact: "s" } },
          { id: "jw", when: { jaroWinkler: "s", min: 0.9 } },
        ],
      },
      {
        name: "d",
        fields: ["d"],
        levels: [
          { id: "exact", when: { exact: "d" } },
          { id: "swap", when: { daySwap: "d" } },
        ],
      },
    ];
    const engine = duckdbEngine({ database: ":memory:" })(specs, a, b);
    try {
      const rules = [{ on: ["d"] }, { on: ["s"] }];
      expect(await engine.countBlocking(rules)).toEqual([
        { rule: "d", marginal: 3, cumulative: 3 },
        { rule: "s", marginal: 3, cumulative: 6 },
      ]);
      const pairs = await engine.block(rules, { maxComparisons: 100 });
      const list = Array.from({ length: pairs.length }, (_, p) => [
        pairs.left[p],
        pairs.right[p],
        pairs.rule[p],
      ]);
      list.sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number));
      expect(list).toEqual(
        [
          [0, 0, 0],
          [0, 1, 0],
          [1, 1, 1],
          [1, 2, 1],
          [2, 2, 0],
          [3, 3, 1],
        ].sort((x, y) => (x[0] as number) - (y[0] as number) || (x[1] as number) - (y[1] as number)),
      );
      const g = await engine.gammas({
        left: Int32Array.from([0, 1, 3]),
        right: Int32Array.from([0, 1, 3]),
        length: 3,
      });
      expect([...g]).toEqual([1, 2, 2, 1, 2, -1]);
      // The blocked pairs' gammas come with them: whole or a slice (the pipeline compares in chunks), they
      // equal those of the same pairs uploaded as a new list.
      const copy = { left: pairs.left.slice(), right: pairs.right.slice(), length: pairs.length };
      const uploaded = await engine.gammas(copy);
      expect([...(await engine.gammas(pairs))]).toEqual([...uploaded]);
      const slice = { left: pairs.left.subarray(2, 5), right: pairs.right.subarray(2, 5), length: 3 };
      expect([...(await engine.gammas(slice))]).toEqual([...uploaded.subarray(2 * 2, 5 * 2)]);
      // A slice that is not aligned on both sides is uploaded, not read from the table.
      const skew = { left: pairs.left.subarray(1, 3), right: pairs.right.subarray(2, 4), length: 2 };
      const skewCopy = { left: skew.left.slice(), right: skew.right.slice(), length: 2 };
      expect([...(await engine.gammas(skew))]).toEqual([...(await engine.gammas(skewCopy))]);
    } finally {
      await engine.close();
    }
  });

  it("loads every value as it is: quotes, commas, line breaks, accents, an empty text apart from a missing one, a very long text", async () => {
    const values = ['O"NEIL', "PEREZ,GARCIA", "DE LA\nCRUZ", "NUÑEZ 🙂", "", null, "X".repeat(400_000)];
    const a = records("a", { s: values });
    const b = records("b", { s: values.map((v) => (v === null ? null : `${v}`)) });
    const specs: ComparisonSpec[] = [
      { name: "s", fields: ["s"], levels: [{ id: "exact", when: { exact: "s" } }] },
    ];
    const engine = duckdbEngine()(specs, a, b);
    try {
      const n = values.length;
      const diagonal = {
        left: Int32Array.from(values.keys()),
        right: Int32Array.from(values.keys()),
        length: n,
      };
      // Each value equals its copy (the empty text too); the missing one is missing.
      expect([...(await engine.gammas(diagonal))]).toEqual([1, 1, 1, 1, 1, -1, 1]);
      // And differs from its neighbour.
      const next = { left: Int32Array.from([0, 1, 2, 3]), right: Int32Array.from([1, 2, 3, 4]), length: 4 };
      expect([...(await engine.gammas(next))]).toEqual([0, 0, 0, 0]);
    } finally {
      await engine.close();
    }
  });
});
