import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../../text";
import { LongGroups } from "./long-groups";

/** The groups as the check kept them before: one Map per dimension column, keyed by the joined key text. */
function reference(
  rows: ReadonlyArray<{ cells: string[]; codes: Array<string | null> }>,
  keyColumns: number[],
  dimColumns: number[],
  measureColumns: number[],
  maxGroups: number,
) {
  let count = 0;
  const groups = new Map<
    number,
    Map<
      string,
      {
        totalRow: number;
        totals: Array<number | null> | null;
        sums: number[];
        parts: number;
        codes: string[];
      }
    >
  >();
  rows.forEach(({ cells, codes }, r) => {
    const base = keyColumns.map((k) => (cells[k] ?? "").trim()).join("\u0001");
    for (let ci = 0; ci < dimColumns.length; ci++) {
      const code = codes[ci];
      if (code === null || code === undefined) continue;
      let byKey = groups.get(ci);
      if (!byKey) {
        byKey = new Map();
        groups.set(ci, byKey);
      }
      let key = base;
      for (let oi = 0; oi < dimColumns.length; oi++)
        if (oi !== ci) key += `\u0001${codes[oi] ?? cells[dimColumns[oi] as number] ?? ""}`;
      let g = byKey.get(key);
      if (!g) {
        if (count >= maxGroups) continue;
        count++;
        g = { totalRow: 0, totals: null, sums: measureColumns.map(() => 0), parts: 0, codes: [] };
        byKey.set(key, g);
      }
      if (code === "_T") {
        g.totalRow = r + 2;
        g.totals = measureColumns.map((m) => parseNumber(cells[m] ?? ""));
      } else {
        g.parts++;
        if (!g.codes.includes(code) && g.codes.length < 64) g.codes.push(code);
        measureColumns.forEach((m, i) => {
          const v = parseNumber(cells[m] ?? "");
          if (v !== null) g.sums[i] = (g.sums[i] ?? 0) + v;
        });
      }
    }
  });
  const out: unknown[] = [];
  for (const [ci, byKey] of groups)
    for (const g of byKey.values())
      if (g.totals && g.parts > 0) out.push([ci, g.totalRow, g.totals, g.sums, g.codes.join(" + ")]);
  return out;
}

function compact(
  rows: ReadonlyArray<{ cells: string[]; codes: Array<string | null> }>,
  keyColumns: number[],
  dimColumns: number[],
  measureColumns: number[],
  maxGroups: number,
) {
  const g = new LongGroups({ keyColumns, dimColumns, measureColumns, parse: parseNumber, maxGroups });
  rows.forEach(({ cells, codes }, r) => {
    g.add(cells, codes, r + 2);
  });
  const out: unknown[] = [];
  for (const ci of g.columns())
    g.forEachTotal(ci, (totalRow, totals, sums, codes) => {
      out.push([ci, totalRow, totals, sums, codes]);
    });
  return out;
}

describe("LongGroups", () => {
  it("keeps the same groups, sums, totals and part codes as joined key texts, within the same bound (fast-check)", () => {
    // Columns: anio, barrio (key, with spaces and the separator itself), sexo, edad (dimensions), casos, monto.
    const key = fc.constantFrom("Bombal", " Bombal", "Bombal ", "Sur", "a\u0001b", "a", "b\u0001", "");
    const code = fc.constantFrom<string | null>("F", "M", "_T", "_X", null);
    const measure = fc.constantFrom("1", "2,5", "x", "", "1.000,25", "-3");
    const row = fc.record({
      anio: fc.constantFrom("2023", "2024", " 2024", "2025"),
      barrio: key,
      sexo: code,
      edad: code,
      casos: measure,
      monto: measure,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.constantFrom(1, 3, 10, 1e6), (table, maxGroups) => {
        const rows = table.map((r) => ({
          cells: [r.anio, r.barrio, r.sexo ?? "otro", r.edad ?? "?", r.casos, r.monto],
          codes: [r.sexo, r.edad],
        }));
        const columns = (): [number[], number[], number[], number] => [[0, 1], [2, 3], [4, 5], maxGroups];
        expect(compact(rows, ...columns())).toEqual(reference(rows, ...columns()));
      }),
      { numRuns: 200 },
    );
  });

  it("makes no group past its bound and still adds to the groups it has", () => {
    const g = new LongGroups({
      keyColumns: [0],
      dimColumns: [1],
      measureColumns: [2],
      parse: parseNumber,
      maxGroups: 1,
    });
    g.add(["a", "F", "1"], ["F"], 2);
    g.add(["b", "F", "1"], ["F"], 3);
    g.add(["a", "F", "2"], ["F"], 4);
    g.add(["a", "_T", "4"], ["_T"], 5);
    expect(g.size).toBe(1);
    const seen: unknown[] = [];
    g.forEachTotal(0, (...args) => seen.push(args));
    expect(seen).toEqual([[5, [4], [3], "F"]]);
  });
});
