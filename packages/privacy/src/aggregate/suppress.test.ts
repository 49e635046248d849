import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { recomputable } from "./solve";
import { suppressCounts, suppressSmallCells } from "./suppress";

/** Hidden cells an attacker could recompute from the published totals. */
function exposed(cells: ReturnType<typeof suppressSmallCells>["cells"]) {
  const R = cells.length;
  const C = cells[0]?.length ?? 0;
  const ids = new Map<string, number>();
  const list: Array<[number, number]> = [];
  cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell.status === "Q") {
        ids.set(`${r},${c}`, list.length);
        list.push([r, c]);
      }
    });
  });
  const lines: number[][] = [];
  for (let r = 0; r < R; r++)
    lines.push(
      [...Array(C).keys()].flatMap((c) => (ids.has(`${r},${c}`) ? [ids.get(`${r},${c}`) as number] : [])),
    );
  for (let c = 0; c < C; c++)
    lines.push(
      [...Array(R).keys()].flatMap((r) => (ids.has(`${r},${c}`) ? [ids.get(`${r},${c}`) as number] : [])),
    );
  return recomputable(
    lines.filter((l) => l.length),
    list.length,
  ).map((i) => list[i] as [number, number]);
}

describe("suppressSmallCells", () => {
  it("hides small counts, keeps true zeros, protects them with complements, flags Q", () => {
    const r = suppressSmallCells(
      [
        [12, 2, 30],
        [8, 15, 0],
        [20, 25, 9],
      ],
      { threshold: 5 },
    );
    expect(r.cells[0]?.[1]).toEqual({ value: 2, status: "Q", reason: "primary" });
    expect(r.cells[1]?.[2]).toEqual({ value: 0, status: "A", reason: null });
    expect(r.secondary).toBeGreaterThan(0);
    expect(exposed(r.cells)).toEqual([]);
  });
  it("hides one more cell when the hidden ones of a line add up to a small count next to its total", () => {
    // 1 and 2 are hidden; 73 − 30 − 40 would still give their 3 together: 30 goes too.
    const r = suppressSmallCells([[1, 2, 30, 40]], { threshold: 5 });
    expect(r.cells[0]?.map((c) => c.status)).toEqual(["Q", "Q", "Q", "A", "A"]);
    expect(r.cells[0]?.[2]?.reason).toBe("secondary");
  });
  it("supports the 3/5/10/11 presets", () => {
    for (const t of [3, 5, 10, 11])
      expect(
        suppressSmallCells(
          [
            [t - 1, 100],
            [100, 100],
          ],
          { threshold: t },
        ).primary,
      ).toBe(1);
  });
  it("never lets a small cell be recomputed (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.tuple(
            fc.array(
              fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
                minLength: 2,
                maxLength: 5,
              }),
              {
                minLength: rows + 1,
                maxLength: rows + 1,
              },
            ),
            fc.constantFrom(3, 5, 10, 11),
          ),
        ),
        ([raw, threshold]) => {
          const width = Math.min(...raw.map((r) => r.length));
          const table = raw.map((r) => r.slice(0, width));
          const r = suppressSmallCells(table, { threshold });
          for (const row of r.cells.slice(0, -1))
            for (const cell of row.slice(0, -1))
              if (cell.value > 0 && cell.value < threshold) expect(cell.status).toBe("Q");
          const leaks = exposed(r.cells).filter(
            ([i, j]) => r.cells[i as number]?.[j as number]?.reason === "primary",
          );
          expect(leaks).toEqual([]);
          // Nor can a line's total minus its shown cells give a small count (several small cells together).
          const lines = [
            ...r.cells.map((row) => row),
            ...(r.cells[0] ?? []).map((_, c) => r.cells.map((row) => row[c] as (typeof row)[number])),
          ];
          for (const line of lines) {
            const total = line.at(-1);
            const hiddenSum = line.slice(0, -1).reduce((a, x) => a + (x.status === "Q" ? x.value : 0), 0);
            const hiddenCount = line.slice(0, -1).filter((x) => x.status === "Q").length;
            // Each hidden count is at least 1: one of them must be able to reach the threshold.
            if (total?.status === "A")
              expect(hiddenSum === 0 || hiddenSum - (hiddenCount - 1) >= threshold).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hides one more cell when a shown total bounds every hidden one under the threshold", () => {
    // 2, 2 and 2 hidden in a row add up to 6 ≥ 5, yet each is at least 1, so none can be more than 4: a
    // reader would know all three are small. Another cell of the row is hidden too.
    const r = suppressCounts(
      [
        [2, 2, 2, 30],
        [9, 9, 9, 9],
      ],
      { threshold: 5 },
    );
    const row0 = Array.from({ length: 4 }, (_, c) => r.status[c] as number);
    const hidden = row0.filter((x) => x !== 0).length;
    const shownSum = row0.reduce((a, x, c) => a + (x === 0 ? (r.values[c] as number) : 0), 0);
    if (r.status[4] === 0)
      expect((r.values[4] as number) - shownSum - (hidden - 1)).toBeGreaterThanOrEqual(5);
    expect(hidden).toBeGreaterThan(3);
  });
});
