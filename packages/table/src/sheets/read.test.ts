import { CiudataError } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { encryptedBytes, hospitalsOds, hospitalsXlsx, odsBytes, xlsxBytes } from "./book.test-helpers";
import { isEncryptedOffice, readSheetText } from "./read";

const csv = (bytes: Uint8Array, sheet?: string | number) => {
  const read = readSheetText(bytes, "libro", sheet);
  if (!read) throw new Error("not a workbook");
  return { ...read, csv: [...read.text].join("") };
};

const problem = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof CiudataError) return error.errors[0];
    throw error;
  }
  throw new Error("no error");
};

describe("readSheetText", () => {
  it("reads the first sheet with data below its title, dates and cached formula values", () => {
    const read = csv(hospitalsXlsx());
    expect(read.info).toEqual({
      name: "Hospitales",
      position: 1,
      sheets: ["Hospitales", "Notas"],
      headerRow: 3,
      skippedRows: [1, 2],
    });
    expect(read.csv.split("\n").slice(2)).toEqual([
      "id,nombre,fecha_alta,camas,total",
      "1,Hospital Central,2024-03-15,120,240",
      '2,"Clínica Norte, sede 2",2023-12-31,45,90',
      "3,Posta Sur,1999-01-01,8,16",
      "",
    ]);
    expect(read.note?.params).toMatchObject({
      sheet: "Hospitales",
      others: "Notas",
      skipped: 2,
      headerRow: 3,
    });
  });

  it("reads the same rows from the ODS twin, its 16,384-column empty tails allocating nothing", () => {
    const read = csv(hospitalsOds());
    expect(read.kind).toBe("ods");
    expect(read.info.headerRow).toBe(3);
    expect(read.csv).toBe(
      csv(hospitalsXlsx()).csv.replace(/^[^\n]*\n/, "Hospitales de la ciudad 2024,,,,\n"),
    );
  });

  it("chooses a sheet by name or by 1-based position, a name first", () => {
    expect(csv(hospitalsXlsx(), "Notas").csv).toBe("fuente: ministerio\n");
    expect(csv(hospitalsXlsx(), 2).info.name).toBe("Notas");
    expect(csv(hospitalsXlsx(), "notas").info.name).toBe("Notas");
    const named = xlsxBytes([
      { name: "1", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>uno</t></is></c></row>' },
      { name: "2024", rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>dos</t></is></c></row>' },
    ]);
    expect(csv(named, "1").csv).toBe("uno\n");
  });

  it("skips empty and hidden sheets by default", () => {
    const book = xlsxBytes([
      { name: "Vacía", rows: "" },
      { name: "Oculta", rows: '<row r="1"><c r="A1"><v>9</v></c></row>', state: "hidden" },
      { name: "Datos", rows: '<row r="2"><c r="B2"><v>1</v></c></row>' },
    ]);
    const read = csv(book);
    expect(read.info.name).toBe("Datos");
    expect(read.csv).toBe(",\n,1\n");
  });

  it("reads booleans, inline and rich text, errors, gaps between cells and rows", () => {
    const rows = [
      '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" t="inlineStr"><is><t>b</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>',
      '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="e"><v>#DIV/0!</v></c></row>',
      '<row r="4"><c r="B4" t="str"><f>A2&amp;"x"</f><v>TRUEx</v></c><c r="D4" s="2"><v>45366.75</v></c></row>',
    ].join("");
    const read = csv(
      xlsxBytes([{ name: "H", rows }], {
        shared: [
          '<r><t>Ho</t></r><r><rPr><b/></rPr><t xml:space="preserve">la "y" &amp; _x000D_</t></r><rPh><t>ホ</t></rPh>',
        ],
      }),
    );
    expect(read.csv).toBe('a,b,c,d\ntrue,,"Hola ""y"" & \r",#DIV/0!\n,,,\n,TRUEx,,2024-03-15T18:00:00\n');
  });

  it("converts serials only where the number format is a date: 1904 system, the 1900 leap-year bug", () => {
    const rows =
      '<row r="1"><c r="A1" t="inlineStr"><is><t>f</t></is></c><c r="B1" t="inlineStr"><is><t>n</t></is></c></row><row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="3"><v>45366</v></c></row><row r="3"><c r="A3" s="1"><v>59</v></c></row><row r="4"><c r="A4" s="1"><v>60</v></c></row><row r="5"><c r="A5" s="1"><v>61</v></c></row>';
    expect(csv(xlsxBytes([{ name: "H", rows }])).csv).toBe("f,n\n0,45366\n1900-02-28,\n60,\n1900-03-01,\n");
    expect(csv(xlsxBytes([{ name: "H", rows }], { date1904: true })).csv).toBe(
      "f,n\n1904-01-01,45366\n1904-02-29,\n1904-03-01,\n1904-03-02,\n",
    );
  });

  it("expands ODS repeated rows and cells that hold values, never empty tails", () => {
    const read = csv(
      odsBytes(
        '<table:table table:name="A"><table:table-row><table:table-cell office:value-type="string"><text:p>x<text:s text:c="2"/>y</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"/><table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="7"/><table:table-cell table:number-columns-repeated="16379"/></table:table-row><table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="time" office:time-value="PT10H30M00S"/></table:table-row><table:table-row table:number-rows-repeated="1048573"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>',
      ),
    );
    expect(read.csv).toBe("x  y,true,7,7,7\n10:30:00,,,,\n10:30:00,,,,\n");
  });

  it("refuses a password-protected, a damaged or an empty workbook and a sheet that does not exist", () => {
    expect(isEncryptedOffice(encryptedBytes())).toBe(true);
    expect(isEncryptedOffice(hospitalsXlsx())).toBe(false);
    const corrupt = hospitalsXlsx().slice(0, 300);
    expect(problem(() => csv(corrupt))).toMatchObject({
      type: "sheet-error",
      params: { reason: "corrupt", path: "libro" },
    });
    expect(problem(() => csv(hospitalsXlsx(), "Datos"))).toMatchObject({
      params: { reason: "no-sheet", sheet: "Datos", sheets: "Hospitales\nNotas" },
    });
    expect(problem(() => csv(hospitalsXlsx(), 3))).toMatchObject({
      params: { reason: "no-sheet", sheet: "3" },
    });
    expect(problem(() => csv(xlsxBytes([{ name: "Vacía", rows: "" }])))).toMatchObject({
      params: { reason: "empty-sheet", sheet: "Vacía" },
    });
  });
});
