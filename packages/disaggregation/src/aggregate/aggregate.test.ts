import { writeCsv } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SuppressionCell } from "../suppress/types";
import { aggregateJson, aggregateRows, aggregateTable, createAggregator } from "./aggregate";

const SEXES = ["Mujer", "varón", "F", "M", "X", "s/d"];
const BARRIOS = ["Bombal", "La Bajada", "Pedro Molina"];

describe("aggregation", () => {
  describe("territory names of another country (issue 17, finding 4)", () => {
    const PE = "SEXO,DEPARTAMENTO\nF,JUNIN\nF,JUNIN\nM,SAN MARTIN\nF,LIMA\nF, LIMA\n";
    const cells = (r: Awaited<ReturnType<typeof aggregateTable>>["result"]) =>
      Object.fromEntries((r?.cells ?? []).map((c) => [c.key.join(), c.value]));

    it("never codes JUNÍN or SAN MARTÍN with Mendoza's departments; detects Peru's list and says so", async () => {
      const { result } = await aggregateTable(PE, { by: ["SEXO", "DEPARTAMENTO"], threshold: 1 });
      const got = cells(result);
      expect(got["F,50035"]).toBeUndefined();
      expect(got["M,50098"]).toBeUndefined();
      expect(got["F,12"]).toBe(2);
      expect(got["M,22"]).toBe(1);
      expect(got["F,15"]).toBe(2); // "LIMA" and " LIMA" are one department
      expect(got["_T,_T"]).toBe(5);
      expect(result?.territory).toEqual([
        { column: "DEPARTAMENTO", codelist: "pe-ubigeo", how: "detected", share: 1 },
      ]);
    });

    it("codes with the list chosen, and keeps names of no chosen list as written", async () => {
      const pe = await aggregateTable(PE, {
        by: ["SEXO", "DEPARTAMENTO"],
        threshold: 1,
        codelist: "pe-ubigeo",
      });
      expect(cells(pe.result)["F,12"]).toBe(2);
      expect(pe.result?.territory[0]).toEqual({
        column: "DEPARTAMENTO",
        codelist: "pe-ubigeo",
        how: "option",
      });
      const ar = await aggregateTable(PE, {
        by: ["SEXO", "DEPARTAMENTO"],
        threshold: 1,
        codelist: "ar-indec",
      });
      // Argentina chosen by the user: Mendoza's names are coded, LIMA (no Argentine name) stays as written.
      expect(cells(ar.result)["F,50035"]).toBe(2);
      expect(cells(ar.result)["F,LIMA"]).toBe(2);
      expect(ar.result?.audit.unmapped().map((e) => [e.raw.trim(), e.candidates?.[0]?.code])).toEqual([
        ["LIMA", "15"],
        ["LIMA", "15"],
      ]);
    });

    it("reports names of two countries with their candidates instead of guessing", async () => {
      const csv = "SEXO,DEPARTAMENTO\nF,JUNIN\nM,SAN MARTIN\nF,JUNIN\n";
      const { result } = await aggregateTable(csv, { by: ["SEXO", "DEPARTAMENTO"], threshold: 1 });
      expect(cells(result)["F,JUNIN"]).toBe(2);
      expect(cells(result)["M,SAN MARTIN"]).toBe(1);
      expect(result?.territory[0]).toMatchObject({ codelist: null, how: "none" });
      const junin = result?.audit.unmapped().find((e) => e.raw === "JUNIN");
      expect(junin?.count).toBe(2);
      expect(junin?.candidates?.map((c) => `${c.list} ${c.code}`)).toEqual([
        "mendoza-departamentos 50035",
        "pe-departamentos 12",
      ]);
    });
  });

  it("counts microdata by normalised sex, age band and barrio in one pass, with margins", async () => {
    const csv = "sexo,edad,barrio\nMujer,3,Bombal\nvarón,4,Bombal\nF,2,Bombal\nmasc.,40,La Bajada\n";
    const { result } = await aggregateTable(csv, { by: ["sexo", "edad", "barrio"], threshold: 1 });
    if (!result) throw new Error("no result");
    expect(result.dimensions).toEqual(["SEX", "AGE", "REF_AREA"]);
    expect(result.inputRows).toBe(4);
    const at = (k: string) => result.cells.find((c) => c.key.join() === k)?.value;
    expect(at("F,Y0T4,Bombal")).toBe(2);
    expect(at("M,_T,_T")).toBe(2);
    expect(at("_T,_T,_T")).toBe(4);
    expect(at("_T,Y_GE85,_T")).toBeUndefined();
    const csvOut = writeCsv(aggregateRows(result));
    expect(csvOut.split("\r\n")[0]).toBe("SEX,AGE,REF_AREA,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS");
    expect(aggregateJson(result).data[0]).toHaveProperty("OBS_STATUS");
  });

  it("suppresses small cells, flags them Q/C/D and never publishes their value", async () => {
    const rows = [
      "sexo,barrio",
      ...Array(20).fill("F,Bombal"),
      ...Array(2).fill("M,Bombal"),
      ...Array(30).fill("M,Centro"),
      ...Array(25).fill("F,Centro"),
    ];
    const { result } = await aggregateTable(rows.join("\n"), { by: ["sexo", "barrio"], threshold: 5 });
    if (!result) throw new Error("no result");
    const small = result.cells.find((c) => c.key.join() === "M,Bombal");
    expect(small).toMatchObject({ value: null, obsStatus: "Q", confStatus: "C" });
    // One count and one status for every withheld cell: small or protecting one is never published.
    expect(result.suppressed).toBeGreaterThanOrEqual(4);
    expect(result.cells.filter((c) => c.value === null).every((c) => c.confStatus === "C")).toBe(true);
    expect(result.cells.filter((c) => c.confStatus === "C")).toHaveLength(result.suppressed);
    const json = JSON.stringify(aggregateJson(result));
    expect(json).not.toMatch(/"OBS_VALUE":2[,}]/);
  });

  it("sums a measure and reports an unknown column as data", async () => {
    const { result, report } = await aggregateTable("sexo,monto\nF,10\nF,5\nM,1\n", {
      by: ["sex", "barrio"],
      measure: "monto",
      threshold: 1,
    });
    expect(result?.cells.find((c) => c.key.join() === "F")?.value).toBe(15);
    expect(result?.unit).toBe("MONTO");
    expect(report.tasks[0]?.errors.map((e) => e.type)).toContain("disaggregation/unknown-column");
  });

  it("property: aggregating then summing the interior cells gives the number of input rows", () => {
    const row = fc.tuple(
      fc.constantFrom(...SEXES),
      fc.integer({ min: 0, max: 99 }),
      fc.constantFrom(...BARRIOS),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const agg = createAggregator(["sexo", "edad", "barrio"], {
          by: ["sexo", "edad", "barrio"],
          threshold: 1,
        });
        for (const [i, [s, a, b]] of rows.entries()) agg.add([s, String(a), b], i + 2);
        const r = agg.result();
        const interior = r.cells.filter((c) => !c.key.includes("_T")).reduce((n, c) => n + (c.value ?? 0), 0);
        const total = r.cells.find((c) => c.key.every((k) => k === "_T"))?.value ?? 0;
        return interior === rows.length && total === rows.length && r.inputRows === rows.length;
      }),
      { numRuns: 60 },
    );
  });

  it("property: no primary-suppressed cell can be recomputed from the published cells and margins", () => {
    const row = fc.tuple(
      fc.constantFrom("F", "M", "X"),
      fc.constantFrom("5", "20", "40", "70"),
      fc.constantFrom(...BARRIOS),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 120 }),
        fc.constantFrom(3, 5, 10, 11),
        (rows, threshold) => {
          const agg = createAggregator(["sexo", "edad", "barrio"], {
            by: ["sexo", "edad", "barrio"],
            threshold,
          });
          for (const [i, [s, a, b]] of rows.entries()) agg.add([s, a, b], i + 2);
          const r = agg.result();
          const cells: SuppressionCell[] = r.cells.map((c) => ({ key: c.key, value: c.count }));
          const hidden = new Set(r.cells.flatMap((c, i) => (c.value === null ? [i] : [])));
          const primary = r.cells.flatMap((c, i) => (c.count > 0 && c.count < threshold ? [i] : []));
          // Every primary cell is withheld, and an independent exact solver cannot pin any of them down.
          if (!primary.every((i) => hidden.has(i))) return false;
          const pinned = determinedByRationals(cells, hidden);
          return primary.every((i) => !pinned.has(i));
        },
      ),
      { numRuns: 40 },
    );
  });
});

/**
 * Independent check (exact rational arithmetic with BigInt): the withheld cells whose value the published
 * cells and every additive line (parts = total along one dimension) determine.
 */
function determinedByRationals(cells: SuppressionCell[], hidden: Set<number>): Set<number> {
  const unknown = [...hidden].sort((a, b) => a - b);
  const col = new Map(unknown.map((u, j) => [u, j]));
  const byKey = new Map(cells.map((c, i) => [c.key.join("|"), i]));
  const rows: bigint[][] = [];
  cells.forEach((c, t) => {
    c.key.forEach((code, d) => {
      if (code !== "_T") return;
      const parts = cells
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.key[d] !== "_T" && p.key.every((k, j) => j === d || k === c.key[j]))
        .map(({ i }) => i);
      if (parts.length === 0) return;
      const row = new Array<bigint>(unknown.length).fill(0n);
      for (const i of [...parts, t]) {
        const j = col.get(i);
        if (j !== undefined) row[j] = (row[j] ?? 0n) + (i === t ? -1n : 1n);
      }
      if (row.some((v) => v !== 0n)) rows.push(row);
    });
  });
  void byKey;
  // Fraction-free Gaussian elimination to reduced form.
  let rank = 0;
  const pivots: number[] = [];
  for (let c = 0; c < unknown.length && rank < rows.length; c++) {
    const p = rows.findIndex((r, i) => i >= rank && r[c] !== 0n);
    if (p === -1) continue;
    [rows[rank], rows[p]] = [rows[p] as bigint[], rows[rank] as bigint[]];
    const pr = rows[rank] as bigint[];
    for (let i = 0; i < rows.length; i++) {
      if (i === rank) continue;
      const r = rows[i] as bigint[];
      const f = r[c] as bigint;
      if (f === 0n) continue;
      const a = pr[c] as bigint;
      for (let k = 0; k < r.length; k++) r[k] = (r[k] as bigint) * a - f * (pr[k] as bigint);
    }
    pivots.push(c);
    rank++;
  }
  const out = new Set<number>();
  for (let i = 0; i < rank; i++) {
    const r = rows[i] as bigint[];
    if (r.filter((v) => v !== 0n).length === 1) out.add(unknown[pivots[i] as number] as number);
  }
  return out;
}
