import { createCaster, type Field } from "@ciudata/table";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ColumnAccumulator, countRows, rawCounter } from "./column";

// Issue #22: `describeFile` counts most rows from the raw bytes of the file (each cell cut and hashed
// where it lies, no string per cell). Those counts must be the ones of the cells as strings, in every
// case: non-ASCII text, blanks, missing values, numbers with a decimal comma, dates, short rows, only
// some columns asked for, and past the exact limit (where the values not counted are classed from bytes).

const FIELDS: Field[] = [
  { name: "barrio", type: "string" },
  { name: "edad", type: "integer" },
  { name: "monto", type: "number", decimalChar: ",", groupChar: "." },
  { name: "fecha", type: "date", format: "%d/%m/%Y" },
  { name: "correo", type: "string", format: "email" },
];
const MISSING = ["", "s/d", "ñ/d"];

const cellOf = [
  fc.oneof(
    fc.constantFrom("Centro", "Peñón", "São João", "Ñuñoa 🏙", " ", "\u00a0", "\t", "s/d", "ñ/d", "1", "x y"),
    fc.string({ unit: "grapheme", maxLength: 6 }).filter((s) => !/[;\n\r"]/.test(s)),
  ),
  fc.oneof(
    fc.integer({ min: -300_000, max: 300_000 }).map(String),
    fc.constantFrom("", " ", "s/d", "12a", "٣", "007", "-0", "+3"),
  ),
  fc.oneof(
    fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => (n / 100).toFixed(2).replace(".", ",")),
    fc.stringMatching(/^-?[0-9][0-9.,]{0,20}$/),
    fc.constantFrom("1.234,5", "NaN", "INF", "", "abc", "0,1", "1.", ",5", "ñ/d"),
  ),
  fc.oneof(
    fc
      .date({ min: new Date("1900-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).split("-").reverse().join("/")),
    fc.constantFrom("", "31/02/2020", "s/d", "1/1/2020"),
  ),
  fc.constantFrom("a@b.ar", "no es correo", "", "s/d", "x@y"),
];

function accumulators(exact: number, quantiles: number, bytes: boolean): ColumnAccumulator[] {
  return FIELDS.map(
    (field) =>
      new ColumnAccumulator(
        field,
        createCaster(field, { missingValues: MISSING }),
        exact,
        bytes,
        false,
        quantiles,
        MISSING,
      ),
  );
}

const results = (list: ColumnAccumulator[]) => list.map((a) => a.result(false));

describe("counting from raw bytes", () => {
  it("property: raw-byte counts equal the counts of the cells as strings (text or bytes), any columns", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(...cellOf).chain((row) => fc.integer({ min: 1, max: 6 }).map((n) => row.slice(0, n))),
          { maxLength: 150 },
        ),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 }),
        (rows, exact, quantiles, picked) => {
          const pick = (list: ColumnAccumulator[]) => picked.map((j) => list[j] as ColumnAccumulator);
          // As strings: the cells of each row (a short row has empty cells past its end).
          const asText = pick(accumulators(exact, quantiles, false));
          countRows(asText, picked, rows);
          const asBytes = pick(accumulators(exact, quantiles, true));
          countRows(
            asBytes,
            picked,
            rows.map((row) => row.map((cell) => Buffer.from(cell, "utf8").toString("latin1"))),
          );
          // As raw bytes: the rows joined with `;` and line feeds, each row a byte range.
          const raw = pick(accumulators(exact, quantiles, true));
          const lines = rows.map((row) => Buffer.from(row.join(";"), "utf8"));
          const bytes = Buffer.concat([Buffer.from("x"), ...lines.flatMap((l) => [l, Buffer.from("\n")])]);
          const starts = new Int32Array(rows.length);
          const ends = new Int32Array(rows.length);
          let at = 1;
          lines.forEach((line, r) => {
            starts[r] = at;
            ends[r] = at + line.length;
            at += line.length + 1;
          });
          const count = rawCounter(raw, picked, 0x3b);
          // In two calls, as the range reader hands pieces.
          const half = rows.length >> 1;
          count(bytes, starts, ends, half);
          count(bytes, starts.subarray(half), ends.subarray(half), rows.length - half);
          const expected = results(asText);
          expect(results(asBytes)).toEqual(expected);
          expect(results(raw)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("counts a cell of the plain text type as missing only when it is one of the missing values", () => {
    const [barrio] = accumulators(1, 10, true);
    const a = barrio as ColumnAccumulator;
    const count = rawCounter([a], [0], 0x3b);
    const cells = ["s/d", "s/dx", "ñ/d", "Centro", "Norte", "Sur", "Oeste", "Este"];
    const bytes = Buffer.from(cells.join("\n"), "utf8");
    const starts = new Int32Array(cells.length);
    const ends = new Int32Array(cells.length);
    let at = 0;
    cells.forEach((cell, r) => {
      starts[r] = at;
      ends[r] = at + Buffer.byteLength(cell);
      at = (ends[r] as number) + 1;
    });
    count(bytes, starts, ends, cells.length);
    const stats = a.result(false);
    expect([stats.missing, stats.values, stats.invalid]).toEqual([2, 8, 0]);
    expect(stats.distinctExact).toBe(false);
  });
});
