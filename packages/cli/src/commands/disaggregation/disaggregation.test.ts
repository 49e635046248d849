import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function workdir(files: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ciudata-disagg-"));
  for (const [name, data] of Object.entries(files)) await writeFile(join(dir, name), data);
  return dir;
}

const inDir = async (files: Record<string, string>, argv: string[], env: Record<string, string> = {}) => {
  const dir = await workdir(files);
  const c = capture(env);
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err(), dir };
};

describe("ciudata disaggregation check", () => {
  it("reports a total that is not the sum of its parts and exits 1", async () => {
    const r = await inDir({ "t.csv": "Código,Varón,Mujer,Total\n02001,3,4,7\n02002,1,1,3\n" }, [
      "disaggregation",
      "check",
      "t.csv",
      "--dataset",
      "servicios",
    ]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Fila 3, columna 4 (Total): el total de sexo no es la suma de sus partes");
  });

  it("checks a wide census table by sex for tabla-agregada: age is not disaggregated, totals add up (issue #17, finding 7)", async () => {
    const csv = "Código,Varón,Mujer,Total\n02001,98097.0,107789.0,205886.0\n02002,68042.0,89890.0,157932.0\n";
    const argv = ["disaggregation", "check", "t.csv", "--dataset", "tabla-agregada"];
    const ok = await inDir({ "t.csv": csv }, argv);
    expect(ok.code).toBe(0);
    expect(ok.out.split("\n")[0]).toBe(
      "Columnas de sexo: Varón, Mujer; en cada fila se comparó su suma con Total.",
    );
    expect(ok.out).not.toContain("no hay una columna para desagregar por edad");
    expect(ok.out).toContain(
      "! Encabezado: la tabla no está desagregada por edad, obligatoria para «tabla-agregada»: sus columnas (Varón, Mujer, Total) desagregan solo por sexo",
    );
    const bad = await inDir({ "t.csv": csv.replace("157932.0", "157933.0") }, [...argv, "--lang", "en"]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("Columns of sex: Varón, Mujer; each row's sum was compared with Total.");
    expect(bad.out).toContain(
      "Row 3, column 4 (Total): the sex total is not the sum of its parts (Varón + Mujer): they add up to 157,932, a difference of 1; expected: 157,932",
    );
  });

  it("says when a wide table has no total column to compare with (issue #17, finding 7)", async () => {
    const r = await inDir({ "t.csv": "barrio,0-14,15-64,65+\nBombal,1,2,3\n" }, [
      "disaggregation",
      "check",
      "t.csv",
      "--dataset",
      "servicios",
      "--lang",
      "pt",
    ]);
    expect(r.out).toContain(
      "Colunas de idade: 0-14, 15-64, 65+; não há coluna de total com a qual comparar a soma.",
    );
  });

  it("exits 0 on a clean table and speaks English with --lang en", async () => {
    const r = await inDir({ "t.csv": "departamento,sexo,edad\nCapital,F,3\nCapital,M,4\n" }, [
      "disaggregation",
      "check",
      "t.csv",
      "--lang",
      "en",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.valid).toBe(true);
  });

  it("treats a bad standard or subcommand as a usage error", async () => {
    const bad = await inDir({ "t.csv": "a\n1\n", "s.json": '{"id":"x"}' }, [
      "disaggregation",
      "check",
      "t.csv",
      "--standard",
      "s.json",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("El estándar s.json no es válido");
    const sub = await inDir({}, ["disaggregation", "borrar", "x.csv"]);
    expect(sub.code).toBe(2);
  });
});

describe("ciudata disaggregation normalize", () => {
  it("writes codes, an editable suggested mapping, and takes the edited mapping back", async () => {
    const csv = "sexo,edad,casos\nVarón,15 a 24 años,1\nmujer,65 y más,2\nmixto,<1,3\n";
    const r = await inDir({ "t.csv": csv }, [
      "disaggregation",
      "normalize",
      "t.csv",
      "--out",
      "n.csv",
      "--mapping-out",
      "m.json",
    ]);
    expect(r.code).toBe(1);
    expect(await readFile(join(r.dir, "n.csv"), "utf8")).toBe(
      "sexo,edad,casos\r\nM,Y15T24,1\r\nF,Y_GE65,2\r\nmixto,Y0,3\r\n",
    );
    const mapping = JSON.parse(await readFile(join(r.dir, "m.json"), "utf8"));
    expect(mapping.mappings.sex.mixto).toBeNull();
    mapping.mappings.sex.mixto = "_O";
    await writeFile(join(r.dir, "m.json"), JSON.stringify(mapping));
    const c = capture();
    c.io.cwd = r.dir;
    expect(
      await run(["disaggregation", "normalize", "t.csv", "--out", "n2.csv", "--mapping", "m.json"], c.io),
    ).toBe(0);
    expect(await readFile(join(r.dir, "n2.csv"), "utf8")).toContain("_O,Y0,3");
  });
});

describe("ciudata disaggregation aggregate", () => {
  it("aggregates with suppression into SDMX-like CSV and JSON", async () => {
    const rows = [
      "sexo,edad,barrio",
      ...Array(12).fill("Mujer,30,Centro"),
      ...Array(2).fill("Varón,31,Centro"),
      ...Array(9).fill("Varón,30,Norte"),
      ...Array(8).fill("Mujer,33,Norte"),
    ];
    const files = { "m.csv": `${rows.join("\n")}\n` };
    const csv = await inDir(files, ["disaggregation", "aggregate", "m.csv", "--by", "sexo,edad,barrio"]);
    expect(csv.code).toBe(0);
    const lines = csv.out.trim().split("\r\n");
    expect(lines[0]).toBe("SEX,AGE,REF_AREA,OBS_VALUE,UNIT_MEASURE,OBS_STATUS,CONF_STATUS");
    expect(lines).toContain("M,Y30T34,Centro,,NUMBER,Q,C");
    expect(lines).toContain("_T,_T,_T,31,NUMBER,A,F");
    const json = await inDir(files, [
      "disaggregation",
      "aggregate",
      "m.csv",
      "--by",
      "sex,barrio",
      "--out",
      "t.json",
    ]);
    expect(json.out).toMatch(/31 filas agregadas/);
    const table = JSON.parse(await readFile(join(json.dir, "t.json"), "utf8"));
    expect(table.structure.dimensions).toEqual(["SEX", "REF_AREA"]);
    const missing = await inDir(files, ["disaggregation", "aggregate", "m.csv", "--by", "color"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("color");
  });
});

describe("ciudata disaggregation: territories of another country (issue 17, finding 4)", () => {
  // A Peruvian file shaped like pe_minsa_casos_positivos_covid19.csv: JUNIN and SAN MARTIN are also
  // departments of Mendoza (50035, 50098); LIMA is only Peru's.
  const peru = {
    "pe.csv": `SEXO,DEPARTAMENTO\n${[
      ...Array(6).fill("FEMENINO,JUNIN"),
      ...Array(7).fill("FEMENINO,SAN MARTIN"),
      ...Array(9).fill("MASCULINO,LIMA"),
    ].join("\n")}\n`,
  };
  const aggregate = [
    "disaggregation",
    "aggregate",
    "pe.csv",
    "--by",
    "SEXO,DEPARTAMENTO",
    "--threshold",
    "1",
  ];

  it("never writes Mendoza's codes for JUNÍN or SAN MARTÍN; detects Peru's list and says it is a guess", async () => {
    const r = await inDir(peru, aggregate);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/5003|50098/);
    const lines = r.out.trim().split("\r\n");
    expect(lines).toContain("F,12,6,NUMBER,A,F");
    expect(lines).toContain("F,22,7,NUMBER,A,F");
    expect(lines).toContain("M,15,9,NUMBER,A,F");
    expect(r.err).toMatch(/Territorio \(DEPARTAMENTO\): se detectó la lista pe-ubigeo \(100\s?%/);
    expect(r.err).toContain("es una suposición");
    expect(r.err).toContain("--codelist pe-ubigeo");
  });

  it("codes with --codelist pe-ubigeo, and with --codelist ar-indec names LIMA as Peru's instead of guessing", async () => {
    const pe = await inDir(peru, [...aggregate, "--codelist", "pe-ubigeo", "--lang", "en"]);
    expect(pe.code).toBe(0);
    expect(pe.out).toContain("F,12,6,NUMBER,A,F");
    expect(pe.err).toBe("");
    const ar = await inDir(peru, [...aggregate, "--codelist", "ar-indec", "--out", "t.csv", "--json"]);
    expect(ar.code).toBe(1);
    const data = JSON.parse(ar.out);
    expect(data.territory).toEqual([{ column: "DEPARTAMENTO", codelist: "ar-indec", how: "option" }]);
    expect(data.notCoded[0]).toEqual({
      column: "DEPARTAMENTO",
      value: "LIMA",
      count: 9,
      candidates: [{ list: "pe-departamentos", country: "PE", code: "15", name: "Lima" }],
    });
    // With every Argentine department, JUNIN and SAN MARTIN name several (Mendoza's, Buenos Aires'…):
    // reported with Argentina's candidates only, never Mendoza's guessed.
    const junin = data.notCoded.find((e: { value: string }) => e.value === "JUNIN");
    expect(junin.candidates.map((c: { code: string }) => c.code)).toEqual(["50035", "06413", "74049"]);
    const written = await readFile(join(ar.dir, "t.csv"), "utf8");
    expect(written).toContain("M,LIMA,9,NUMBER,A,F");
    expect(written).toContain("F,JUNIN,6,NUMBER,A,F");
    expect(written).not.toMatch(/5003|50098/);
  });

  it("normalize --codelist pe-ubigeo codes districts: codes kept, names to ubigeo, a repeated name reported", async () => {
    const districts = {
      "d.csv": [
        "SEXO,PROVINCIA,DISTRITO",
        "F,LIMA,150122",
        "M,LIMA,San Juan de Lurigancho",
        "F,CHACHAPOYAS,CHACHAPOYAS",
        "M,AREQUIPA,MIRAFLORES",
        "F,,MIRAFLORES",
        "M,,10101",
        "",
      ].join("\n"),
    };
    const argv = ["disaggregation", "normalize", "d.csv", "--out", "n.csv"];
    const r = await inDir(districts, [...argv, "--codelist", "pe-ubigeo"]);
    expect(r.code).toBe(1);
    const rows = (await readFile(join(r.dir, "n.csv"), "utf8")).trim().split("\r\n");
    expect(rows.slice(1)).toEqual([
      "F,1501,150122",
      "M,1501,150132",
      "F,0101,010101",
      // The row's province leaves one Miraflores (Arequipa's); without it, four are possible.
      "M,0401,040110",
      "F,_U,MIRAFLORES",
      "M,_U,010101",
    ]);
    expect(r.out).toContain(
      "«MIRAFLORES» sin código: puede ser Miraflores (PE 040110) / Miraflores (PE 100506) / Miraflores (PE 150122) / Miraflores (PE 151021) (1 vez)",
    );
    expect(r.out).toContain("«10101» leído como 010101: se restituyeron los ceros a la izquierda");
    const agg = await inDir(districts, [
      ...["disaggregation", "aggregate", "d.csv", "--by", "PROVINCIA,DISTRITO"],
      ...["--codelist", "pe-ubigeo", "--threshold", "1"],
    ]);
    expect(agg.out).toContain("0401,040110,1,NUMBER,A,F");
    expect(agg.out).toContain("_U,MIRAFLORES,1,NUMBER,A,F");
    // The same file with Argentina's lists: no Peruvian district is rewritten.
    const ar = await inDir(districts, [...argv, "--codelist", "ar-indec"]);
    const arRows = (await readFile(join(ar.dir, "n.csv"), "utf8")).trim().split("\r\n");
    for (const value of ["San Juan de Lurigancho", "CHACHAPOYAS", "MIRAFLORES"])
      expect(
        arRows.some((row) => row.endsWith(`,${value}`)),
        value,
      ).toBe(true);
    expect(arRows[1]).toBe("F,LIMA,150122");
  });

  it("reports an ambiguous name with its candidates and keeps it as written (exit 1)", async () => {
    const both = { "pe.csv": "SEXO,DEPARTAMENTO\nFEMENINO,JUNIN\nFEMENINO,JUNIN\nMASCULINO,SAN MARTIN\n" };
    const r = await inDir(both, aggregate);
    expect(r.code).toBe(1);
    expect(r.out).toContain("F,JUNIN,2,NUMBER,A,F");
    expect(r.out).not.toMatch(/5003|50098|F,12,/);
    expect(r.err).toContain("no se eligió ni se detectó la lista de códigos de un país");
    expect(r.err).toContain("«JUNIN» sin código: puede ser Junín (AR 50035) / Junín (PE 12) (2 veces)");
    const check = await inDir(both, ["disaggregation", "check", "pe.csv", "--dataset", "servicios"]);
    expect(check.out).toContain("JUNIN no se codifica: puede ser Junín (AR 50035) / Junín (PE 12)");
  });

  it("normalize codes with the detected list and says so; an unknown --codelist is a usage error", async () => {
    const r = await inDir(peru, ["disaggregation", "normalize", "pe.csv", "--out", "n.csv"]);
    expect(r.code).toBe(0);
    const out = await readFile(join(r.dir, "n.csv"), "utf8");
    expect(out).toContain("F,12\r\n");
    expect(out).not.toContain("50035");
    expect(r.out).toContain("se detectó la lista pe-ubigeo");
    const bad = await inDir(peru, [...aggregate, "--codelist", "pe-ubigeos"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("pe-ubigeo");
  });
});

describe("ciudata disaggregation: formats and mistakes", () => {
  const table = { "t.csv": "Código,Varón,Mujer,Total\n02001,3,4,7\n02002,1,1,3\n" };
  const argv = ["disaggregation", "check", "t.csv", "--dataset", "servicios"];

  it("prints the check as Markdown with --format md (no longer text with --format json ignored)", async () => {
    const r = await inDir(table, [...argv, "--format", "md"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^# Desagregación \(check\): t\.csv/);
    expect(r.out).toContain("- ✗ Fila 3, columna 4 (Total): el total de sexo no es la suma de sus partes");
    const json = await inDir(table, [...argv, "--format", "json"]);
    expect(JSON.parse(json.out).valid).toBe(false);
  });

  it("writes the check as one HTML page with --out r.html and prints the text", async () => {
    const r = await inDir(table, [...argv, "--out", "r.html"]);
    expect(r.code).toBe(1);
    const html = await readFile(join(r.dir, "r.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<li>✗ Fila 3, columna 4 (Total)");
    expect(r.out).toContain("✗ Fila 3, columna 4 (Total)");
    expect(r.out).toContain("Escrito: ");
  });

  it("prints the aggregated table as Markdown and the normalize summary as HTML", async () => {
    const files = { "m.csv": "sexo,edad\nMujer,30\nVarón,31\nmixto,30\n" };
    const md = await inDir(files, ["disaggregation", "aggregate", "m.csv", "--by", "sexo", "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.out).toContain("| SEX | OBS_VALUE |");
    const html = await inDir(files, [
      "disaggregation",
      "normalize",
      "m.csv",
      "--out",
      "n.csv",
      "--format",
      "html",
    ]);
    expect(html.code).toBe(1);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain("<h2>Valores sin código</h2>");
    expect(html.out).toContain("<td>sexo</td><td>«mxxxx»</td><td>1</td>");
    expect(html.out).toContain("n.csv (3 filas)");
  });

  it.each([
    [["disaggregation", "check", "t.csv", "--standrad", "s.json"], "¿Quiso decir «--standard»?"],
    [["disaggregation", "check", "t.csv", "--sex-letters", "curpp"], "¿Quiso decir «curp»?"],
    [["disaggregation", "chek", "t.csv"], "¿Quiso decir «check»?"],
    [["disaggregation", "check", "t.csv", "--format", "mdd"], "¿Quiso decir «md»?"],
  ])("%j is a usage error with a suggestion", async (argv, message) => {
    const r = await inDir(table, argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
});
