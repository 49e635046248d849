import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spanishPhonetic } from "./phonetic";
import { standardise } from "./standardise";
import { foldValue } from "./text";

const GIVEN = ["María José", "Ma. Guadalupe", "José Luis", "Juan", "Ana", "J. Carlos", "Ximena", ""];
const SURNAMES = ["Pérez", "de la Cruz", "García", "Núñez", "San Martín", "Villalobos", "S/D", ""];
const DATES = ["07/03/1990", "25/12/1985", "1/1/2001", "31/02/1990", "sin dato", ""];
const IDS = ["BAAD890419HMNRRV07", "BAAD890419HMNRRV08", "0", "", "baad890419hmnrrv07"];

const row = fc.tuple(
  fc.constantFrom(...GIVEN),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom(...DATES),
  fc.constantFrom(...IDS),
);
const header = ["id", "nombres", "paterno", "materno", "fnac", "curp"];
const mapping = {
  id: "id",
  givenNames: "nombres",
  surname1: "paterno",
  surname2: "materno",
  birthDate: "fnac",
  nationalId: "curp",
  idType: "CURP",
};

describe("standardise, as properties", () => {
  it("gives each record the same fields whatever the row order", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), fc.integer(), (cells, seed) => {
        const rows = cells.map((c, i) => [String(i), ...c]);
        const shuffled = [...rows].sort(
          (a, b) => ((Number(a[0]) * 7919 + seed) % 13) - ((Number(b[0]) * 7919 + seed) % 13),
        );
        const a = standardise(header, rows, mapping, { source: "a", referenceYear: 2026 });
        const b = standardise(header, shuffled, mapping, { source: "a", referenceYear: 2026 });
        for (const [field, values] of Object.entries(a.fields))
          for (let i = 0; i < a.ids.length; i++)
            expect(b.fields[field]?.[b.ids.indexOf(a.ids[i] as string)]).toBe(values[i]);
      }),
      { numRuns: 60 },
    );
  });

  it("standardises an identical copy of a record to identical fields", () => {
    fc.assert(
      fc.property(row, (cells) => {
        const r = standardise(
          header,
          [
            ["1", ...cells],
            ["2", ...cells],
          ],
          mapping,
          { source: "a" },
        );
        for (const values of Object.values(r.fields)) expect(values[1]).toBe(values[0]);
      }),
      { numRuns: 60 },
    );
  });

  it("folds and encodes stably: applying them again changes nothing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        const folded = foldValue(s);
        expect(foldValue(folded)).toBe(folded);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,12}$/), (s) => {
        expect(spanishPhonetic(s)).toMatch(/^[A-Z]*$/);
        expect(spanishPhonetic(s)).not.toMatch(/(.)\1/);
      }),
      { numRuns: 100 },
    );
  });
});

describe("foldValue", () => {
  it("folds plain ASCII text exactly as the Unicode path does", () => {
    const unicodePath = (v: string) =>
      v
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .toUpperCase()
        .replace(/['’‘`´]/gu, "")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..." aZ09'`.,-/#ºñ~\t") }), (v) => {
        expect(foldValue(v)).toBe(unicodePath(v));
      }),
      { numRuns: 300 },
    );
  });
});
