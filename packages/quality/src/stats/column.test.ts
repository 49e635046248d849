import { createCaster, type Field } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ColumnAccumulator } from "./column";

// The cache of texts seen recently (by length and three chars) must never count a cell as another
// text: texts that share a slot ("aXba" and "aYba"), a cache left over when the texts counted are
// cut down past the exact limit, and cells as UTF-8 bytes.

const FIELD: Field = { name: "barrio", type: "string" };
const SAME_SLOT = ["aXba", "aYba", "aZba", "a ba", "Peñón", "Peñan", "x", "y", "", " "];

function counted(cells: readonly string[], limit: number, bytes: boolean) {
  const accumulator = new ColumnAccumulator(FIELD, createCaster(FIELD), limit, bytes);
  for (const cell of cells) accumulator.add(bytes ? Buffer.from(cell, "utf8").toString("latin1") : cell);
  return accumulator.result(false);
}

describe("ColumnAccumulator", () => {
  it("property: every value listed has its exact count, and distinct is exact while under the limit", () => {
    const cell = fc.oneof(
      fc.constantFrom(...SAME_SLOT),
      fc.integer({ min: 0, max: 40 }).map((n) => `v${n}`),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 400 }),
        fc.integer({ min: 2, max: 60 }),
        fc.boolean(),
        (cells, limit, bytes) => {
          const stats = counted(cells, limit, bytes);
          const truth = new Map<string, number>();
          for (const c of cells) if (c.trim() !== "") truth.set(c, (truth.get(c) ?? 0) + 1);
          for (const { value, count } of stats.top?.values ?? [])
            expect([value, count]).toEqual([value, truth.get(value)]);
          if (stats.distinctExact) {
            expect(stats.distinct).toBe(truth.size);
            const top = [...truth].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
            expect(stats.top?.values.map((v) => [v.value, v.count]) ?? []).toEqual(top);
          }
          expect(stats.empty + stats.spaces + stats.values).toBe(cells.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("counts texts that share a cache slot apart", () => {
    const stats = counted(["aXba", "aYba", "aXba", "aYba", "aYba"], 50_000, false);
    expect(stats.top?.values).toEqual([
      { value: "aYba", count: 3 },
      { value: "aXba", count: 2 },
    ]);
  });
});
