import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

let dir = "";
const file = (name: string) => join(dir, name);

// A registry of people: names, DNI and birth dates are personal; barrio and monto are not.
const REGISTRY = [
  "nombre;dni;fecha_nacimiento;barrio;monto;alta",
  "Ana Peña;30123456;12/03/1980;Centro;1.234,50;01/02/2024",
  "Luis Paz;28999888;01/07/1975;Norte;10,00;15/02/2024",
  "Eva Gil;31222333;23/11/1990;Norte;;03/03/2024",
  "Sol Rey;27111222;05/05/1969;  ;250,75;20/03/2024",
].join("\n");
const SECRETS = [
  "Ana Peña",
  "Luis Paz",
  "Eva Gil",
  "Sol Rey",
  "30123456",
  "28999888",
  "31222333",
  "27111222",
  "1980",
  "1969",
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-stats-"));
  await writeFile(file("padron.csv"), `${REGISTRY}\n`);
  await writeFile(file("binario.csv"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  const c = capture(env);
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata stats", () => {
  it("prints a compact table per column in Spanish, numbers read with the decimal comma", async () => {
    const r = await cli(["stats", file("padron.csv")]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Estadísticas de");
    expect(r.out).toContain("4 filas, 6 columnas");
    expect(r.out).toMatch(/monto \(number\)/);
    // min 10, max 1234,5 in Spanish number words; one empty cell.
    expect(r.out).toMatch(/mínimo\s+10\n/);
    expect(r.out).toMatch(/máximo\s+1\.234,5\n/);
    expect(r.out).toMatch(/alta \(date\)[\s\S]*mínimo\s+2024-02-01[\s\S]*máximo\s+2024-03-20/);
    expect(r.out).toMatch(/barrio \(string\)[\s\S]*solo espacios\s+1\n[\s\S]*Norte\s+2/);
  });

  it("speaks English and Portuguese with --lang", async () => {
    expect((await cli(["stats", file("padron.csv"), "--lang", "en"])).out).toContain("Most frequent values");
    expect((await cli(["stats", file("padron.csv"), "--lang", "pt"])).out).toContain(
      "Valores mais frequentes",
    );
  });

  it("never shows a value of a personal column, in any format", async () => {
    for (const format of ["text", "json", "md", "html"]) {
      const r = await cli(["stats", file("padron.csv"), "--format", format]);
      expect(r.code, format).toBe(0);
      for (const secret of SECRETS) expect(r.out, `${format}: ${secret}`).not.toContain(secret);
    }
    const json = JSON.parse((await cli(["stats", file("padron.csv"), "--json"])).out);
    const byName = Object.fromEntries(json.columns.map((c: { name: string }) => [c.name, c]));
    for (const name of ["nombre", "dni", "fecha_nacimiento"]) {
      expect(byName[name]).toMatchObject({ personal: true, rows: 4, empty: 0, distinct: 4 });
      expect(byName[name].top).toBeUndefined();
      expect(byName[name].summary).toBeUndefined();
    }
    expect(byName.monto.summary).toMatchObject({ min: 10, max: 1234.5, count: 3, exact: true });
    expect(byName.barrio).toMatchObject({ personal: false, spaces: 1, distinct: 2 });
  });

  it("--mask-all shows counts only for every column", async () => {
    const json = JSON.parse((await cli(["stats", file("padron.csv"), "--json", "--mask-all"])).out);
    expect(json.columns.every((c: { personal: boolean; top?: unknown }) => c.personal && !c.top)).toBe(true);
  });

  it("writes a self-contained HTML page with inline SVG histograms, atomically, leaving the input as it was", async () => {
    const before = await readFile(file("padron.csv"), "utf8");
    const out = file("stats.html");
    const r = await cli(["stats", file("padron.csv"), "--out", out]);
    expect(r.code).toBe(0);
    const html = await readFile(out, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg role="img"');
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(await readFile(file("padron.csv"), "utf8")).toBe(before);
  });

  it("--columns limits the report; a column that is not there is exit 2 naming it and the columns there are", async () => {
    const json = JSON.parse(
      (await cli(["stats", file("padron.csv"), "--json", "--columns", "monto,barrio"])).out,
    );
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual(["monto", "barrio"]);
    const r = await cli(["stats", file("padron.csv"), "--columns", "importe"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("importe");
    expect(r.err).toContain("monto");
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.out).toBe("");
  });

  it("--schema gives the types; a schema that is not JSON is exit 2 naming the file", async () => {
    await writeFile(
      file("schema.json"),
      JSON.stringify({
        fields: [
          { name: "nombre" },
          { name: "dni", type: "string" },
          { name: "fecha_nacimiento" },
          { name: "barrio" },
          { name: "monto", type: "string" },
          { name: "alta" },
        ],
      }),
    );
    const json = JSON.parse(
      (await cli(["stats", file("padron.csv"), "--json", "--schema", file("schema.json")])).out,
    );
    expect(json.schemaSource).toBe("given");
    expect(json.columns.find((c: { name: string }) => c.name === "monto").summary).toBeUndefined();
    await writeFile(file("roto.json"), "{ fields: ");
    const r = await cli(["stats", file("padron.csv"), "--schema", file("roto.json")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("roto.json");
  });

  it("an input that is not a table, or not there, is exit 2 with a located message and nothing written", async () => {
    const out = file("nada.json");
    for (const input of [file("binario.csv"), file("no-existe.csv")]) {
      const r = await cli(["stats", input, "--out", out]);
      expect(r.code, input).toBe(2);
      expect(r.err, input).toMatch(/binario\.csv|no-existe\.csv/);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
    await expect(stat(out)).rejects.toThrow();
  });
});
