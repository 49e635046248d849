import { CiudataError, renderIssue } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collection, feature, square } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "../assign/locate";
import { geoIssues } from "../messages/issues";
import { createCoverageCount, dimensionOf } from "./count";
import { matchPopulation, populationFromRows } from "./population";
import { coverageMapData } from "../map/coverage";
import { type CoverageCell, coverageTable } from "./table";

/** A closed rectangle ring with its lower-left corner at (x, y). */
function rectangle(x: number, y: number, w: number, h: number): [number, number][] {
  return [
    [x, y],
    [x + w, y],
    [x + w, y + h],
    [x, y + h],
    [x, y],
  ];
}

// Four comunas on a 2 × 2 grid of 0.1° squares; comuna "4" is two barrios (a MultiPolygon would do too).
const layer = readAreas(
  collection(
    feature({ comuna: "1", barrio: "Uno" }, [square(-58.5, -34.7, 0.1)]),
    feature({ comuna: "2", barrio: "Dos" }, [square(-58.4, -34.7, 0.1)]),
    feature({ comuna: "3", barrio: "Tres" }, [square(-58.5, -34.6, 0.1)]),
    feature({ comuna: "4", barrio: "Cuatro A" }, [rectangle(-58.4, -34.6, 0.05, 0.1)]),
    feature({ comuna: "4", barrio: "Cuatro B" }, [rectangle(-58.35, -34.6, 0.05, 0.1)]),
  ),
  { codeField: "comuna", nameField: "barrio" },
);
const index = createAreaIndex(layer);

/** The grid cell (territory code) of a point, computed here without the index: column and row of the grid. */
function cellOf(lon: number, lat: number): string | null {
  if (lon <= -58.5 || lon >= -58.3 || lat <= -34.7 || lat >= -34.5) return null;
  return String(1 + (lon > -58.4 ? 1 : 0) + (lat > -34.6 ? 2 : 0));
}

const point = fc.record({
  lon: fc.double({ min: -58.55, max: -58.25, noNaN: true }),
  lat: fc.double({ min: -34.75, max: -34.45, noNaN: true }),
  sex: fc.constantFrom("Varón", "Mujer", "M", "F", "x", ""),
  age: fc.integer({ min: 0, max: 99 }).map(String),
});
// Points on a grid line are counted by the border rule, not by `cellOf`: keep them off the lines.
const offLines = (p: { lon: number; lat: number }) =>
  ![-58.5, -58.4, -58.35, -58.3].some((x) => Math.abs(p.lon - x) < 1e-9) &&
  ![-34.7, -34.6, -34.5].some((y) => Math.abs(p.lat - y) < 1e-9);

describe("createCoverageCount", () => {
  it("groups areas by code, names the group by its code when its areas' names differ", () => {
    expect(createCoverageCount(layer).territories).toEqual([
      { code: "1", name: "Uno" },
      { code: "2", name: "Dos" },
      { code: "3", name: "Tres" },
      { code: "4", name: "4" },
    ]);
  });

  it("counts per territory and sex × age band like an independent tally, in any row order", () => {
    fc.assert(
      fc.property(fc.array(point.filter(offLines), { maxLength: 200 }), fc.nat(), (points, seed) => {
        const by = [dimensionOf("sexo"), dimensionOf("edad")];
        const run = (rows: typeof points) => {
          const count = createCoverageCount(layer, { by });
          for (const p of rows) count.add(index.locate(p.lon, p.lat).area, [p.sex, p.age]);
          return count.result();
        };
        const result = run(points);
        // Independent: sex spelled by hand, bands of "un-amplio" by hand.
        const sex = (s: string) => ({ Varón: "M", M: "M", Mujer: "F", F: "F", x: "_O" })[s] ?? "_U";
        const band = (a: number) =>
          a < 15 ? "Y0T14" : a < 25 ? "Y15T24" : a < 45 ? "Y25T44" : a < 65 ? "Y45T64" : "Y_GE65";
        const expected = new Map<string, number>();
        let outside = 0;
        for (const p of points) {
          const t = cellOf(p.lon, p.lat);
          if (t === null) outside++;
          else {
            const key = `${t}|${sex(p.sex)}|${band(Number(p.age))}`;
            expected.set(key, (expected.get(key) ?? 0) + 1);
          }
        }
        const got = new Map<string, number>();
        result.territories.forEach((t, ti) =>
          result.cells.forEach((cell, c) => {
            const n = result.counts[ti]?.[c] ?? 0;
            if (n > 0) got.set(`${t.code}|${cell.join("|")}`, n);
          }),
        );
        expect(got).toEqual(expected);
        expect(result.unassigned).toBe(outside);
        expect(result.rows).toBe(points.length);
        // Any order gives the same table.
        const shuffled = [...points].sort((a, b) => ((a.lon * 1e6 + seed) % 7) - ((b.lon * 1e6 + seed) % 7));
        expect(run(shuffled)).toEqual(result);
      }),
      { numRuns: 60 },
    );
  });

  it("reads a recorded territory by code or name, folded, and lists the unknown ones", () => {
    const count = createCoverageCount(layer);
    for (const t of ["1", "DOS", " tres ", "04", "Cuatro A", "Palermo", "Palermo"]) count.addRecorded(t);
    const r = count.result();
    expect(r.counts.map((c) => c[0])).toEqual([1, 1, 1, 2]);
    expect(r.unassigned).toBe(2);
    expect(r.unknownTerritories).toEqual([{ value: "Palermo", rows: 2 }]);
  });

  it("counts a value the normaliser cannot code as unknown and says how many", () => {
    const count = createCoverageCount(layer, { by: [dimensionOf("sexo")] });
    count.add(0, ["Mujer"]);
    count.add(0, ["???"]);
    const r = count.result();
    expect(r.cells).toEqual([["F"], ["_U"]]);
    expect(r.uncoded).toEqual([1]);
  });
});

describe("matchPopulation", () => {
  const territories = createCoverageCount(layer).territories;

  it("matches INDEC department codes by the province prefix, a guess it reports", () => {
    const rows = [
      { row: 2, code: "02001", count: 1000 },
      { row: 3, code: "02002", count: 2000 },
      { row: 4, code: "02003", count: 3000 },
      { row: 5, code: "06001", count: 9 },
      { row: 6, code: "50004", count: 7 },
    ];
    const m = matchPopulation(territories, rows, "censo.csv");
    expect(m.residents).toEqual([1000, 2000, 3000, null]);
    expect(m.prefix).toBe("02");
    expect(m.rules).toEqual(["prefix", "prefix", "prefix", null]);
    expect(m.missing).toEqual(["4"]);
    expect(m.unmatchedRows).toBe(2);
  });

  it("matches codes exactly, then folded, then by name", () => {
    const m = matchPopulation(territories, [
      { row: 2, code: "1", count: 10 },
      { row: 3, code: "02", count: 20 },
      { row: 4, code: "TRES", count: 30 },
    ]);
    expect(m.residents).toEqual([10, 20, 30, null]);
    expect(m.rules).toEqual(["code", "normalised", "normalised", null]);
    expect(m.prefix).toBeNull();
  });

  it("refuses a table whose codes match no territory, showing both sides in es, en and pt", () => {
    const run = () => matchPopulation(territories, [{ row: 2, code: "99999", count: 1 }], "censo.csv");
    expect(run).toThrow(CiudataError);
    const issue = (() => {
      try {
        run();
      } catch (e) {
        return (e as CiudataError).errors[0];
      }
    })();
    if (issue === undefined) throw new Error("no issue");
    expect(renderIssue(issue, "es", geoIssues)).toContain("ningún código de censo.csv");
    expect(renderIssue(issue, "en", geoIssues)).toContain("found: 99999");
    expect(renderIssue(issue, "pt", geoIssues)).toContain("1 (Uno)");
  });
});

describe("populationFromRows", () => {
  const rows = (...cells: string[][]) => cells.map((c, i) => ({ cells: c, rowNumber: i + 2 }));

  it("finds the code and total columns and reads REDATAM's 98097.0", () => {
    expect(
      populationFromRows(["Código", "Varón", "Mujer", "Total"], rows(["02001", "1.0", "2.0", "3.0"])),
    ).toEqual({ rows: [{ row: 2, code: "02001", count: 3 }], columns: { code: "Código", count: "Total" } });
  });

  it("says where a count is not a number, a column is missing or a code repeats", () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return renderIssue((e as CiudataError).errors[0] as never, "en", geoIssues);
      }
      return "";
    };
    expect(
      issue(() => populationFromRows(["codigo", "total"], rows(["1", "10"], ["2", "mucho"]), { file: "p.csv" })),
    ).toContain(
      'p.csv, row 3, column "total": expected a whole number of residents ≥ 0, found "mucho"; fix the cell or name another column with --population-count',
    );
    expect(issue(() => populationFromRows(["codigo", "habs"], rows(["1", "10"]), { file: "p.csv" }))).toContain(
      "has no recognisable population column",
    );
    expect(
      issue(() => populationFromRows(["codigo", "total"], rows(["1", "10"]), { count: "pob", file: "p.csv" })),
    ).toContain('has no column "pob" (--population-count); columns: codigo, total');
    expect(issue(() => populationFromRows(["codigo", "total"], rows(["1", "10"], ["1", "5"])))).toContain(
      "already on row 2",
    );
  });
});

/** Whether a hidden cell's value follows from the shown cells and totals: its unit vector is in the row space of the lines' equations (own Gaussian elimination). */
function recoverable(hidden: boolean[][]): boolean {
  const R = hidden.length;
  const C = hidden[0]?.length ?? 0;
  const ids: [number, number][] = [];
  const id = new Map<string, number>();
  for (let r = 0; r < R; r++)
    for (let c = 0; c < C; c++)
      if (hidden[r]?.[c]) {
        id.set(`${r},${c}`, ids.length);
        ids.push([r, c]);
      }
  if (ids.length === 0) return false;
  // The table with margins is (R) × (C): its last row and column are totals; each line is an equation
  // "sum of the interior cells = total", i.e. over the hidden ones, sum = known.
  const equations: number[][] = [];
  for (let r = 0; r < R; r++) {
    // interior cells of row r minus its total (the total's coefficient is −1)
    const v = new Array(ids.length).fill(0);
    for (let c = 0; c < C; c++) {
      const k = id.get(`${r},${c}`);
      if (k !== undefined) v[k] = c === C - 1 ? -1 : 1;
    }
    if (v.some((x) => x !== 0)) equations.push(v);
  }
  for (let c = 0; c < C; c++) {
    const v = new Array(ids.length).fill(0);
    for (let r = 0; r < R; r++) {
      const k = id.get(`${r},${c}`);
      if (k !== undefined) v[k] = r === R - 1 ? -1 : 1;
    }
    if (v.some((x) => x !== 0)) equations.push(v);
  }
  const rank = (rows: number[][]) => {
    const m = rows.map((r) => [...r]);
    let rk = 0;
    for (let col = 0; col < ids.length && rk < m.length; col++) {
      let pivot = -1;
      for (let i = rk; i < m.length; i++) if (Math.abs(m[i]?.[col] ?? 0) > 1e-9) pivot = i;
      if (pivot === -1) continue;
      [m[rk], m[pivot]] = [m[pivot] as number[], m[rk] as number[]];
      const p = m[rk] as number[];
      for (let i = 0; i < m.length; i++) {
        if (i === rk) continue;
        const row = m[i] as number[];
        const f = (row[col] as number) / (p[col] as number);
        if (f !== 0) for (let j = 0; j < ids.length; j++) row[j] = (row[j] as number) - f * (p[j] as number);
      }
      rk++;
    }
    return rk;
  };
  const base = rank(equations);
  return ids.some((_, k) => {
    const unit = new Array(ids.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}

describe("coverageTable", () => {
  const counts = (table: number[][]) => ({
    territories: table.map((_, i) => ({ code: String(i + 1), name: String(i + 1) })),
    by: [dimensionOf("sexo")],
    cells: (table[0] ?? []).map((_, c) => [String(c)]),
    counts: table,
    rows: 0,
    unassigned: 0,
    unknownTerritories: [],
    uncoded: [],
  });
  const hiddenOf = (t: ReturnType<typeof coverageTable>) => [
    ...t.rows.map((r) => [...r.cells, r.total].map((c) => c.value === null)),
    [...t.totals, t.total].map((c) => c.value === null),
  ];
  const matrix = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }))
    .chain(([r, c]) =>
      fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 60 })), { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
    );

  it("(the check below finds a hidden cell that the totals give away, and passes a hidden rectangle)", () => {
    const f = false;
    expect(recoverable([[true, f, f], [f, f, f], [f, f, f]])).toBe(true);
    expect(recoverable([[true, true, f], [f, f, f], [f, f, f]])).toBe(true);
    expect(recoverable([[true, true, f], [true, true, f], [f, f, f]])).toBe(false);
  });

  it("never lets a suppressed cell be worked out from the row and column totals", () => {
    fc.assert(
      fc.property(matrix, (table) => {
        const t = coverageTable(counts(table), { threshold: 5 });
        // Every small count is hidden…
        t.rows.forEach((r, i) =>
          r.cells.forEach((c, j) => {
            const v = table[i]?.[j] as number;
            if (v > 0 && v < 5) expect(c.value).toBeNull();
          }),
        );
        // …and none can be recomputed.
        expect(recoverable(hiddenOf(t))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("hides a third territory when the two small ones would add up to a small count next to the city total", () => {
    // 1 and 2 hidden alone: 73 − 30 − 40 = 3 would say how many the two hatched territories hold together.
    const t = coverageTable(counts([[1], [2], [30], [40]]), { threshold: 5 });
    expect(t.rows.map((r) => [r.code, r.total.value, r.total.suppressed])).toEqual([
      ["1", null, "hidden"],
      ["2", null, "hidden"],
      ["3", null, "hidden"],
      ["4", 40, null],
    ]);
    expect(t.total.value).toBe(73);
    expect(coverageMapData(t).filter((d) => d.suppressed).map((d) => d.code)).toEqual(["1", "2", "3"]);
  });

  it("shows totals equal to the sum of their parts when nothing is suppressed", () => {
    fc.assert(
      fc.property(matrix, (raw) => {
        const table = raw.map((row) => row.map((v) => (v === 0 ? 0 : v + 5)));
        const t = coverageTable(counts(table), { threshold: 5 });
        expect(t.hidden).toBe(0);
        const value = (c: CoverageCell) => c.value as number;
        for (const r of t.rows) expect(value(r.total)).toBe(r.cells.reduce((s, c) => s + value(c), 0));
        t.totals.forEach((total, j) =>
          expect(value(total)).toBe(t.rows.reduce((s, r) => s + value(r.cells[j] as CoverageCell), 0)),
        );
        expect(value(t.total)).toBe(t.totals.reduce((s, c) => s + value(c), 0));
      }),
    );
  });

  it("gives rates per 1,000 residents, the gap to the city's rate and ranks by the lowest rate", () => {
    const c = counts([[0], [50], [20], [3]]);
    const population = matchPopulation(c.territories, [
      { row: 2, code: "1", count: 1000 },
      { row: 3, code: "2", count: 10_000 },
      { row: 4, code: "3", count: 1000 },
      { row: 5, code: "4", count: 1000 },
    ]);
    const t = coverageTable(c, { population });
    // "4" (3) is small; "3" (20) is hidden too, or 73 − 0 − 50 − 20 would give it away.
    expect(t.rows.map((r) => r.total)).toEqual([
      { value: 0, suppressed: null },
      { value: 50, suppressed: null },
      { value: null, suppressed: "hidden" },
      { value: null, suppressed: "hidden" },
    ]);
    expect(t.rows.map((r) => r.rate)).toEqual([0, 5, null, null]);
    // The city's rate leaves the hidden totals out: (0 + 50) / 11,000 × 1000.
    expect(t.rate).toBeCloseTo(50 / 11, 10);
    // The territory with no row first; the hidden ones are not ranked (their place would tell).
    expect(t.ranking).toEqual(["1", "2"]);
    expect(t.rows.map((r) => r.rank)).toEqual([1, 2, null, null]);
    expect(t.zero).toEqual(["1"]);
    expect(t.rows.map((r) => r.gap)).toEqual([5, -5, null, null]);
    expect(t.total).toEqual({ value: 73, suppressed: null });
  });
});
