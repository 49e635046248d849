import { CiudataError } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeTable } from "./describe";
import { HyperLogLog } from "./sketches";
import type { ColumnStats } from "./types";

const column = (stats: { columns: ColumnStats[] }, name: string): ColumnStats => {
  const found = stats.columns.find((c) => c.name === name);
  if (!found) throw new Error(`no column ${name}`);
  return found;
};

describe("describeTable", () => {
  it("counts empty and space-only cells apart, and values, missing and invalid cells", async () => {
    const csv = "barrio;edad\nCentro;10\n;  \n   ;s/d\nNorte;x\nNorte;\n";
    const stats = await describeTable(csv, {
      schema: {
        fields: [
          { name: "barrio", type: "string" },
          { name: "edad", type: "integer" },
        ],
        missingValues: ["", "s/d"],
      },
      // `edad` is a quasi-identifier for the privacy scan: shown here on purpose.
      masking: { personal: [] },
    });
    expect(stats.rows).toBe(5);
    const barrio = column(stats, "barrio");
    expect([barrio.rows, barrio.empty, barrio.spaces, barrio.values]).toEqual([5, 1, 1, 3]);
    expect(barrio.distinct).toBe(2);
    expect(barrio.top?.values).toEqual([
      { value: "Norte", count: 2 },
      { value: "Centro", count: 1 },
    ]);
    const edad = column(stats, "edad");
    expect([edad.empty, edad.spaces, edad.missing, edad.invalid]).toEqual([1, 1, 1, 1]);
    expect(edad.summary?.count).toBe(1);
  });

  it("reads numbers with the source's decimal comma and gives exact min, max, mean and quantiles", async () => {
    const rows = ["1.234,5", "10", "2,5", "100", "7"];
    const stats = await describeTable(`barrio;monto\n${rows.map((r) => `Centro;${r}`).join("\n")}\n`);
    const monto = column(stats, "monto");
    expect(monto.type).toBe("number");
    expect(monto.summary).toMatchObject({
      min: 2.5,
      max: 1234.5,
      mean: (1234.5 + 10 + 2.5 + 100 + 7) / 5,
      exact: true,
    });
    expect(monto.summary?.quantiles.p50).toBe(10);
    // numpy's default (linear): rank (5 - 1) × 0.25 = 1 → 7.
    expect(monto.summary?.quantiles.p25).toBe(7);
    expect(monto.summary?.histogram.reduce((n, b) => n + b.count, 0)).toBe(5);
    expect(monto.lengths).toEqual({ min: 1, max: 7 });
  });

  it("summarises dates in ISO 8601 whatever the source's format", async () => {
    const stats = await describeTable("fecha\n01/02/2020\n31/12/2021\n15/06/2020\n");
    const fecha = column(stats, "fecha");
    expect(fecha.type).toBe("date");
    expect(fecha.summary).toMatchObject({ kind: "date", min: "2020-02-01", max: "2021-12-31", exact: true });
    expect(fecha.summary?.quantiles.p50).toBe("2020-06-15");
  });

  it("shows only counts for the personal columns of the privacy scan", async () => {
    const csv =
      "nombre,dni,barrio\nAna Pérez,30123456,Centro\nJuan Gómez,28999888,Norte\nEva Ruiz,31222333,Norte\n";
    const stats = await describeTable(csv);
    for (const name of ["nombre", "dni"]) {
      const c = column(stats, name);
      expect(c.personal).toBe(true);
      expect(c.distinct).toBe(3);
      expect(c.top).toBeUndefined();
      expect(c.summary).toBeUndefined();
      expect(c.lengths).toBeUndefined();
    }
    expect(column(stats, "barrio").personal).toBe(false);
    expect(JSON.stringify(stats)).not.toMatch(/Ana|30123456|Gómez|31222333/);
  });

  it("past the exact limit, labels distinct as an estimate, and keeps min/max/mean and quantiles exact", async () => {
    const n = 3000;
    const lines = Array.from({ length: n }, (_, i) => `${i + 1};${i % 7}`);
    const csv = `id;grupo\n${lines.join("\n")}\n`;
    const stats = await describeTable(csv, { exactLimit: 500, masking: { personal: [] } });
    const id = column(stats, "id");
    expect(id.distinctExact).toBe(false);
    expect(Math.abs(id.distinct - n) / n).toBeLessThan(0.05);
    // Every number is still kept (below quantileLimit): numpy's linear quantiles, exactly.
    expect(id.summary).toMatchObject({ min: 1, max: n, mean: (n + 1) / 2, exact: true });
    const expected = { p05: 150.95, p25: 750.75, p50: 1500.5, p75: 2250.25, p95: 2850.05 };
    for (const [name, value] of Object.entries(expected))
      expect(id.summary?.quantiles[name as keyof typeof expected]).toBeCloseTo(value, 9);
    expect(id.top?.complete).toBe(false);
    expect(id.top?.values.every((v) => v.count === 1)).toBe(true);
    const grupo = column(stats, "grupo");
    expect([grupo.distinct, grupo.distinctExact, grupo.top?.complete]).toEqual([7, true, true]);
    expect(grupo.top?.values[0]).toEqual({ value: "0", count: Math.ceil(n / 7) });

    // Past quantileLimit too: quantiles from a sample chosen by hash, labelled; min/max/mean still exact.
    const sampled = column(
      await describeTable(csv, { exactLimit: 500, quantileLimit: 400, masking: { personal: [] } }),
      "id",
    );
    expect(sampled.summary).toMatchObject({ min: 1, max: n, mean: (n + 1) / 2, exact: false });
    expect(Math.abs((sampled.summary?.quantiles.p50 as number) - n / 2)).toBeLessThan(n * 0.08);
    expect(sampled.summary?.histogram.reduce((s, b) => s + b.count, 0)).toBeGreaterThan(n * 0.8);
  });

  it("limits to the columns asked for, and refuses a column that is not there", async () => {
    const csv = "a,b,c\n1,2,3\n";
    expect((await describeTable(csv, { columns: ["c", "a"] })).columns.map((c) => c.name)).toEqual([
      "c",
      "a",
    ]);
    await expect(describeTable(csv, { columns: ["zz"] })).rejects.toBeInstanceOf(CiudataError);
  });

  it("throws a CiudataError for input that is not a table", async () => {
    await expect(describeTable("")).rejects.toBeInstanceOf(CiudataError);
  });

  it("property: exact fields do not depend on row order, and counts add up", async () => {
    const cell = fc.oneof(
      fc.constantFrom("", " ", "  ", "x", "1", "2,5", "-3", "abc"),
      fc.integer({ min: -50, max: 50 }).map(String),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 40 }),
        fc.integer(),
        async (rows, seed) => {
          const schema = {
            fields: [
              { name: "a", type: "string" },
              { name: "b", type: "number", decimalChar: "," },
            ],
          };
          const csv = (rs: typeof rows) =>
            `a;b\n${rs.map((r) => r.map((c) => `"${c}"`).join(";")).join("\n")}\n`;
          const shuffled = [...rows].sort(
            (x, y) => ((hash(x.join()) ^ seed) >>> 0) - ((hash(y.join()) ^ seed) >>> 0),
          );
          const opts = { schema, masking: { personal: [] } };
          const one = await describeTable(csv(rows), opts);
          const two = await describeTable(csv(shuffled), opts);
          for (const c of one.columns) {
            expect(c.empty + c.spaces + c.values).toBe(rows.length);
            expect(c.rows).toBe(rows.length);
          }
          const exact = (s: typeof one) =>
            s.columns.map(({ summary, ...c }) => ({
              ...c,
              summary: summary && { ...summary, mean: Math.round((summary.mean as number) * 1e9) },
            }));
          expect(exact(two)).toEqual(exact(one));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("HyperLogLog", () => {
  it("estimates within a few percent and ignores repeats", () => {
    const hll = new HyperLogLog();
    for (let i = 0; i < 200_000; i++) hll.add(`v${i % 100_000}`);
    expect(Math.abs(hll.estimate() - 100_000) / 100_000).toBeLessThan(0.03);
  });
});

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
