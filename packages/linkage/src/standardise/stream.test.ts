import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type LinkMapping, mappedColumns } from "./mapping";
import { standardise } from "./standardise";
import { createStandardiser } from "./stream";

const FULL = [
  "Pérez García, María José",
  "DE LA CRUZ NUÑEZ JUAN",
  "Ana San Martín",
  "S/D",
  "",
  "José Luis Villalobos",
];
const GIVEN = ["María José", "Ma. Guadalupe", "Juan", "", "J. Carlos"];
const SURNAMES = ["Pérez", "de la Cruz", "García", "S/D", ""];
const DATES = ["07/03/1990", "25/12/1985", "1/1/2001", "31/02/1990", "03/07/1990", "sin dato", ""];
const SEX = ["F", "M", "Mujer", "H", "", "x"];
const IDS = ["BAAD890419HMNRRV07", "BAAD890419HMNRRV08", "0", "", "baad890419hmnrrv07"];
const PHONES = ["(55) 6483 8090", "5595584121", "", "123"];
const PLACES = ["Coyoacán", "Calz. de Tlalpan s/n", "OLMECAS #67, COL. CENTRO", ""];

const header = [
  "id",
  "nombre",
  "nombres",
  "paterno",
  "materno",
  "fnac",
  "sexo",
  "curp",
  "tel",
  "dom",
  "alcaldia",
];
const row = fc.tuple(
  fc.constantFrom(...FULL),
  fc.constantFrom(...GIVEN),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom(...SURNAMES),
  fc.constantFrom(...DATES),
  fc.constantFrom(...SEX),
  fc.constantFrom(...IDS),
  fc.constantFrom(...PHONES),
  fc.constantFrom(...PLACES),
  fc.constantFrom(...PLACES),
);

// Declared formats (every role read chunk by chunk) and detected ones (kept whole until the end).
const MAPPINGS: LinkMapping[] = [
  { id: "id", fullName: "nombre", nameOrder: "auto", birthDate: "fnac", sex: "sexo", nationalId: "curp" },
  {
    id: "id",
    fullName: "nombre",
    nameOrder: "surnames-first",
    birthDate: "fnac",
    dateFormat: "dd/MM/yyyy",
    sex: "sexo",
    sexLetters: "curp",
    nationalId: "curp",
    idType: "CURP",
    phone: "tel",
    phoneCountry: "MX",
    address: "dom",
    locality: "alcaldia",
  },
  {
    givenNames: "nombres",
    surname1: "paterno",
    surname2: "materno",
    birthDate: "fnac",
    dateFormat: "auto",
    sex: "sexo",
    idType: "CURP",
    nationalId: "curp",
    extra: { barrio: "alcaldia" },
  },
];

/** The mapped cells of some rows, column by column, as `readRecords` hands them over. */
function columnsOf(rows: readonly (readonly string[])[], mapping: LinkMapping): string[][] {
  return mappedColumns(mapping).map(({ column }) => rows.map((r) => r[header.indexOf(column)] as string));
}

describe("createStandardiser", () => {
  it("gives the records and counts of one pass over whole columns, however the rows are cut in chunks", () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 6 }),
        fc.constantFrom(...MAPPINGS),
        // The rows expected, as a line count gives them: none, too few (columns grow) or more (cut).
        fc.integer({ min: 0, max: 60 }),
        (cells, cuts, mapping, expected) => {
          const rows = cells.map((c, i) => [`R-${String(i).padStart(14, "0")}`, ...c]);
          const once = standardise(header, rows, mapping, { source: "a", referenceYear: 2026 });
          const side = createStandardiser(mapping, { source: "a", referenceYear: 2026 }, expected);
          let from = 0;
          for (const size of [...cuts, rows.length]) {
            const to = Math.min(rows.length, from + size);
            side.add(columnsOf(rows.slice(from, to), mapping));
            from = to;
          }
          const chunked = side.finish();
          expect(chunked).toEqual(once);
          for (const values of Object.values(chunked.fields)) expect(values).toHaveLength(rows.length);
          expect(Object.keys(chunked.fields)).toEqual(Object.keys(once.fields));
          expect(chunked.stats?.fields.map((s) => s.role)).toEqual(once.stats?.fields.map((s) => s.role));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reports a repeated id after reading every chunk, as one pass does", () => {
    const mapping = MAPPINGS[1] as LinkMapping;
    const rows = [
      ["7", ...(FULL.slice(0, 1) as string[]), "", "", "", "07/03/1990", "F", "", "", "", ""],
      ["7", ...(FULL.slice(1, 2) as string[]), "", "", "", "25/12/1985", "M", "", "", "", ""],
    ];
    const side = createStandardiser(mapping, { source: "a" });
    side.add(columnsOf(rows.slice(0, 1), mapping));
    side.add(columnsOf(rows.slice(1), mapping));
    expect(() => side.finish()).toThrow(/repeats that of data row 1/);
    const empty = createStandardiser(mapping, { source: "a" });
    expect(() => empty.finish()).toThrow(/no data rows/);
  });
});
