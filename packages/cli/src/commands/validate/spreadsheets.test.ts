import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  encryptedBytes,
  HOSPITALS_CSV,
  hospitalsOds,
  hospitalsXlsx,
} from "../../../../table/src/sheets/book.test-helpers";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

// Issue #22: spreadsheets as input everywhere, through `ciudata validate book.xlsx`.

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-sheets-"));
  await writeFile(join(dir, "hospitales.csv"), HOSPITALS_CSV);
  await writeFile(join(dir, "hospitales.xlsx"), hospitalsXlsx());
  await writeFile(join(dir, "hospitales.ods"), hospitalsOds());
  await writeFile(join(dir, "protegido.xlsx"), encryptedBytes());
  await writeFile(join(dir, "roto.xlsx"), hospitalsXlsx().slice(0, 400));
});

async function cli(args: string[]) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(args, c.io);
  return { code, out: c.out(), err: c.err() };
}

interface JsonTask {
  valid: boolean;
  labels: string[];
  stats: { rows: number; errors: number };
  detected: {
    format?: string;
    sheet?: { name: string; headerRow: number; skippedRows: number[] };
    schema: unknown;
  };
  errors: { type: string }[];
}
const task = (out: string) => (JSON.parse(out) as { tasks: JsonTask[] }).tasks[0] as JsonTask;

describe("ciudata validate on spreadsheets", () => {
  it.each(["hospitales.xlsx", "hospitales.ods"])("%s reads like its CSV twin", async (file) => {
    const twin = await cli(["validate", "hospitales.csv", "--json"]);
    const book = await cli(["validate", file, "--json"]);
    expect(book.code).toBe(0);
    const [a, b] = [task(twin.out), task(book.out)];
    expect([b.valid, b.labels, b.stats.rows, b.stats.errors]).toEqual([
      a.valid,
      a.labels,
      a.stats.rows,
      a.stats.errors,
    ]);
    expect(b.detected.schema).toEqual(a.detected.schema);
    expect(b.detected).toMatchObject({
      format: file.split(".")[1],
      sheet: { name: "Hospitales", headerRow: 3, skippedRows: [1, 2] },
    });
    expect(b.errors.map((e) => e.type)).toEqual(["sheet-note"]);
  });

  it("reads the sheet named by --sheet", async () => {
    const r = await cli(["validate", "hospitales.xlsx", "--sheet", "Notas", "--json"]);
    expect(r.code).toBe(0);
    expect(task(r.out).labels).toEqual(["fuente: ministerio"]);
  });

  it("inspect says which sheet was read and where the header is", async () => {
    const r = await cli(["inspect", "hospitales.ods", "--lang", "es"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Formato: ods");
    expect(r.out).toContain("Hoja: «Hospitales» (1 de 2: «Hospitales» y «Notas»)");
    expect(r.out).toContain("Encabezado en la fila: 3 (filas de título omitidas: 2)");
  });

  it.each([
    [["protegido.xlsx"], "es", "protegido.xlsx: el libro de Excel está protegido con contraseña"],
    [["roto.xlsx"], "en", "roto.xlsx: the Excel workbook (.xlsx) is damaged or incomplete"],
    [
      ["hospitales.xlsx", "--sheet", "Datos"],
      "pt",
      'hospitales.xlsx: a pasta de trabalho não tem uma planilha "Datos"; as planilhas são "Hospitales" e "Notas"',
    ],
    [
      ["hospitales.ods", "--sheet", "3"],
      "es",
      "hospitales.ods: el libro no tiene una hoja «3»; las hojas son «Hospitales» y «Notas»",
    ],
  ])("%j: exit 2, located message in %s, nothing written", async (args, lang, message) => {
    const before = await Promise.all(
      (await readdir(dir)).map(async (f) => [f, await readFile(join(dir, f))]),
    );
    const r = await cli(["validate", ...args, "--lang", lang]);
    expect(r.code).toBe(2);
    expect(`${r.out}${r.err}`).toContain(message);
    expect(`${r.out}${r.err}`).not.toMatch(/\n\s+at /);
    const after = await Promise.all((await readdir(dir)).map(async (f) => [f, await readFile(join(dir, f))]));
    expect(after).toEqual(before);
  });
});
