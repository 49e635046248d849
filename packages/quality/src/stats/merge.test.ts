import { createCaster, type Field } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ColumnAccumulator } from "./column";

// Issue #22: the statistics of a table cut at random points, counted part by part (as worker threads
// do) and merged, equal those of one pass; and they do not depend on row order, estimates included.

const FIELDS: Field[] = [
  { name: "barrio", type: "string" },
  { name: "edad", type: "integer" },
  { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
  { name: "fecha", type: "date", format: "%d/%m/%Y" },
];
const MISSING = ["", "s/d"];

const cellOf = [
  fc.constantFrom("Centro", "Peñón", "Añelo", "São João", "Ñuñoa 🏙", "x", " ", "  ", "\u00a0", "s/d", "1"),
  fc.oneof(fc.integer({ min: -300, max: 300 }).map(String), fc.constantFrom("", " ", "s/d", "12a", "٣")),
  fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => (n / 100).toFixed(2).replace(".", ",")),
    fc.constantFrom("1.234,5", "NaN", "INF", "", "abc", "0,1", "0,2"),
  ),
  fc.oneof(
    fc
      .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).split("-").reverse().join("/")),
    fc.constantFrom("", "31/02/2020", "s/d"),
  ),
];

const utf8Bytes = (text: string) => Buffer.from(text, "utf8").toString("latin1");

function accumulate(
  rows: readonly string[][],
  limits: { exact: number; quantiles: number },
  bytes = false,
): ColumnAccumulator[] {
  const accumulators = FIELDS.map(
    (field) =>
      new ColumnAccumulator(
        field,
        createCaster(field, { missingValues: MISSING }),
        limits.exact,
        bytes,
        false,
        limits.quantiles,
        MISSING,
      ),
  );
  for (const row of rows)
    accumulators.forEach((a, j) => {
      a.add(bytes ? utf8Bytes(row[j] ?? "") : (row[j] ?? ""));
    });
  return accumulators;
}

const results = (accumulators: ColumnAccumulator[]) => accumulators.map((a) => a.result(false));

describe("column statistics merge", () => {
  it("property: parts counted apart and merged equal one pass, in text or UTF-8 bytes, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(...cellOf), { minLength: 0, maxLength: 120 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer(),
        (rows, cutsAt, exact, quantiles, seed) => {
          const limits = { exact, quantiles };
          const whole = results(accumulate(rows, limits));
          // Cut at random points (parts may be empty), counted apart, merged in order.
          const cuts = [...new Set(cutsAt.map((c) => c % (rows.length + 1)))].sort((a, b) => a - b);
          const bounds = [0, ...cuts, rows.length];
          const merged = accumulate([], limits, true);
          for (let k = 0; k + 1 < bounds.length; k++) {
            const part = accumulate(rows.slice(bounds[k], bounds[k + 1]), limits, true);
            part.forEach((p, j) => {
              merged[j]?.merge(p.state());
            });
          }
          expect(results(merged)).toEqual(whole);
          // Another order of the rows: the same statistics, estimates included (they are chosen by hash).
          const shuffled = rows
            .map((row, i) => ({ row, key: Math.imul(i + 1, 0x9e3779b1) ^ seed }))
            .sort((a, b) => a.key - b.key)
            .map((r) => r.row);
          expect(results(accumulate(shuffled, limits))).toEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("counts exactly what an independent count finds while under the limits", () => {
    const rows = [
      ["Peñón", "10", "1.234,5", "01/02/2020"],
      ["Peñón", "", "0,5", "s/d"],
      [" ", "12a", "abc", "31/12/2021"],
      ["Ñuñoa 🏙", "-3", "", ""],
    ];
    for (const bytes of [false, true]) {
      const [barrio, edad, monto, fecha] = results(accumulate(rows, { exact: 100, quantiles: 100 }, bytes));
      expect(barrio?.top?.values).toEqual([
        { value: "Peñón", count: 2 },
        { value: "Ñuñoa 🏙", count: 1 },
      ]);
      expect(barrio?.lengths).toEqual({ min: 5, max: 7 });
      expect([barrio?.spaces, barrio?.distinct, barrio?.distinctExact]).toEqual([1, 2, true]);
      expect([edad?.empty, edad?.invalid, edad?.summary?.mean]).toEqual([1, 1, 3.5]);
      expect([monto?.invalid, monto?.summary?.min, monto?.summary?.max]).toEqual([1, 0.5, 1234.5]);
      expect([fecha?.missing, fecha?.summary?.min, fecha?.summary?.max]).toEqual([
        1,
        "2020-02-01",
        "2021-12-31",
      ]);
    }
  });

  it("keeps quantiles exact past the exact limit while the different numbers fit, however many cells hold them", () => {
    // 4 different amounts, 1000 cells: at most 2 texts counted, the other cells go to a store of at most 5.
    const amounts = ["1,5", "2,5", "3,5", "4,5"];
    const rows = Array.from({ length: 1000 }, (_, i) => ["", "", amounts[(i * 7) % 4] as string, ""]);
    const monto = results(accumulate(rows, { exact: 2, quantiles: 5 }))[2];
    expect(monto?.distinctExact).toBe(false);
    expect(monto?.summary?.exact).toBe(true);
    const sorted = rows.map((r) => Number((r[2] as string).replace(",", "."))).sort((a, b) => a - b);
    const at = (p: number) => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return (
        (sorted[lo] as number) +
        (h - lo) * ((sorted[lo + 1] ?? (sorted[lo] as number)) - (sorted[lo] as number))
      );
    };
    expect(monto?.summary?.quantiles).toEqual({
      p05: at(0.05),
      p25: at(0.25),
      p50: at(0.5),
      p75: at(0.75),
      p95: at(0.95),
    });
    expect(monto?.summary?.histogram.reduce((n, b) => n + b.count, 0)).toBe(1000);
  });

  it("keeps the mean exact whatever the order of the numbers (an exact sum)", () => {
    const values = ["0,1", "0,2", "0,3", "1.000.000.000.000,7", "-1.000.000.000.000"];
    const mean = (order: string[]) =>
      results(
        accumulate(
          order.map((v) => ["", "", v, ""]),
          { exact: 2, quantiles: 100 },
        ),
      )[2]?.summary?.mean;
    expect(mean(values)).toBe(mean([...values].reverse()));
    // 1.000.000.000.000,7 is 1e12 + 0.699951171875 as a float: the exact mean of the floats read.
    expect(mean(values)).toBe(0.259990234375);
  });
});
