import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openWorkbook, readSheetText } from "./read";
import { toXlsx, toXlsxSheets, type XlsxCell } from "./write-xlsx";

/** What the reader gives back for a cell the writer wrote. */
const asRead = (cell: XlsxCell): string =>
  cell === null
    ? ""
    : typeof cell === "number"
      ? Number.isFinite(cell)
        ? String(Object.is(cell, -0) ? 0 : cell)
        : String(cell)
      : String(cell);

/** A row as read: trailing empty cells left out. */
const trimmed = (cells: string[]) => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out;
};

describe("toXlsx", () => {
  it("writes text, numbers, booleans and empty cells that read back as written (property)", () => {
    const cell = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom("=SUMA(A1)", "_x000D_", "a\r\nb", " espacio ", "\u0001", "<&>\"'", "ñandú"),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 8 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        (header, rows) => {
          const book = openWorkbook(toXlsx(header, rows), "t.xlsx");
          expect(book?.sheets).toEqual(["Hoja1"]);
          const read = new Map([...(book?.rows(0) ?? [])].map((r) => [r.rowNumber, r.cells]));
          [header, ...rows].forEach((row, i) => {
            const expected = trimmed(row.map((c) => asRead(c)));
            expect(read.get(i + 1) ?? []).toEqual(expected);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("reads back through the table reader like the CSV it stands for", () => {
    const bytes = toXlsx(
      ["barrio", "poblacion", "capital"],
      [
        ["Centro, sur", 1234, true],
        ["Norte", 567.5, false],
        ["Oeste", null, null],
      ],
      { sheetName: "Barrios" },
    );
    const sheet = readSheetText(bytes, "barrios.xlsx");
    expect(sheet?.info).toMatchObject({ name: "Barrios", headerRow: 1, skippedRows: [] });
    expect([...(sheet?.text ?? [])].join("")).toBe(
      'barrio,poblacion,capital\n"Centro, sur",1234,true\nNorte,567.5,false\nOeste,,\n',
    );
  });

  it("writes several sheets, in order, each read back as written", () => {
    const bytes = toXlsxSheets([
      { name: "survey", header: ["type", "name"], rows: [["select_multiple temas", "datos"]] },
      {
        name: "choices",
        header: ["list_name", "name"],
        rows: [
          ["temas", "salud"],
          ["temas", "educacion"],
        ],
      },
      { name: "settings", header: ["form_id", "version"], rows: [["encuesta", 2024]] },
    ]);
    const book = openWorkbook(bytes, "form.xlsx");
    expect(book?.sheets).toEqual(["survey", "choices", "settings"]);
    expect([...(book?.rows(1) ?? [])].map((r) => r.cells)).toEqual([
      ["list_name", "name"],
      ["temas", "salud"],
      ["temas", "educacion"],
    ]);
    expect([...(book?.rows(2) ?? [])].map((r) => r.cells)).toEqual([
      ["form_id", "version"],
      ["encuesta", "2024"],
    ]);
  });
});
