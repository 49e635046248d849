import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTable } from "../runner/open-table";
import { encryptedBytes, HOSPITALS_CSV, hospitalsOds, hospitalsXlsx } from "../sheets/book.test-helpers";
import { inspectFile, openFile, validateFile } from "./files";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-sheets-"));
  await writeFile(join(dir, "hospitales.csv"), HOSPITALS_CSV);
  await writeFile(join(dir, "hospitales.xlsx"), hospitalsXlsx());
  await writeFile(join(dir, "hospitales.ods"), hospitalsOds());
  await writeFile(join(dir, "protegido.xlsx"), encryptedBytes());
  await writeFile(join(dir, "roto.xlsx"), hospitalsXlsx().slice(0, 400));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cellsOf(file: string, options: { sheet?: string | number } = {}): Promise<string[][]> {
  const table = await openFile(join(dir, file), options);
  const rows: string[][] = [table.labels];
  for await (const row of table.rows()) rows.push(row.cells);
  return rows;
}

describe("spreadsheets read like their CSV twin", () => {
  it.each(["hospitales.xlsx", "hospitales.ods"])("%s: same labels, rows and inferred types", async (file) => {
    expect(await cellsOf(file)).toEqual(await cellsOf("hospitales.csv"));
    const twin = await inspectFile(join(dir, "hospitales.csv"));
    const info = await inspectFile(join(dir, file));
    expect(info.detected.schema?.fields.map((f) => f.type)).toEqual([
      "integer",
      "string",
      "date",
      "integer",
      "integer",
    ]);
    expect(info.detected.schema).toEqual(twin.detected.schema);
    expect([info.labels, info.rows, info.blankRows]).toEqual([twin.labels, 3, 0]);
    expect(info.detected).toMatchObject({
      format: file.endsWith("ods") ? "ods" : "xlsx",
      sheet: {
        name: "Hospitales",
        position: 1,
        sheets: ["Hospitales", "Notas"],
        headerRow: 3,
        skippedRows: [1, 2],
      },
    });
  });

  it.each(["hospitales.xlsx", "hospitales.ods"])(
    "%s: validates like the CSV, with a note on the sheet read",
    async (file) => {
      const twin = await validateFile(join(dir, "hospitales.csv"));
      const report = await validateFile(join(dir, file), { lang: "en" });
      const task = report.tasks[0];
      expect(report.valid).toBe(true);
      expect(task?.stats.rows).toBe(twin.tasks[0]?.stats.rows);
      expect(task?.detected.schema).toEqual(twin.tasks[0]?.detected.schema);
      expect(task?.errors.map((e) => [e.type, e.severity, e.message])).toEqual([
        [
          "sheet-note",
          "warning",
          `At ${file}: read sheet "Hospitales" (number 1); the others are "Notas": to read another use --sheet; the header is on row 3 and rows 1 to 2 above it (a title or blank rows) were skipped.`,
        ],
      ]);
    },
  );

  it("locates errors at the row of the sheet", async () => {
    const report = await validateFile(join(dir, "hospitales.xlsx"), {
      schema: {
        fields: [
          { name: "id", type: "integer" },
          { name: "nombre" },
          { name: "fecha_alta", type: "date" },
          { name: "camas", type: "integer", constraints: { minimum: 10 } },
          { name: "total", type: "integer" },
        ],
      },
    });
    expect(
      report.tasks[0]?.errors
        .filter((e) => e.type === "constraint-error")
        .map((e) => [e.rowNumber, e.fieldName]),
    ).toEqual([[6, "camas"]]);
  });

  it("reads another sheet chosen by name or position", async () => {
    expect(await cellsOf("hospitales.xlsx", { sheet: "Notas" })).toEqual([["fuente: ministerio"]]);
    expect(await cellsOf("hospitales.ods", { sheet: 2 })).toEqual([["fuente: ministerio"]]);
  });

  it("reads a spreadsheet given as bytes (as in a browser)", async () => {
    const table = await openTable(hospitalsXlsx());
    expect(table.labels).toEqual(["id", "nombre", "fecha_alta", "camas", "total"]);
  });

  it.each([
    [
      "protegido.xlsx",
      {},
      "encrypted",
      "es",
      "protegido.xlsx: el libro de Excel está protegido con contraseña",
    ],
    ["roto.xlsx", {}, "corrupt", "en", "roto.xlsx: the Excel workbook (.xlsx) is damaged or incomplete"],
    [
      "hospitales.xlsx",
      { sheet: "Datos" },
      "no-sheet",
      "pt",
      'hospitales.xlsx: a pasta de trabalho não tem uma planilha "Datos"; as planilhas são "Hospitales" e "Notas"',
    ],
    [
      "hospitales.ods",
      { sheet: 5 },
      "no-sheet",
      "es",
      "hospitales.ods: el libro no tiene una hoja «5»; las hojas son «Hospitales» y «Notas»",
    ],
  ] as const)("%s %o: refused as %s, worded in %s", async (file, options, reason, lang, message) => {
    const report = await validateFile(join(dir, file), { ...options, lang });
    expect(report.valid).toBe(false);
    const error = report.errors[0] ?? report.tasks[0]?.errors[0];
    expect(error).toMatchObject({ type: "sheet-error", params: { reason } });
    expect(error?.message).toContain(message);
    expect(await readdir(dir)).toHaveLength(5);
  });
});
