import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

async function dir(files: Record<string, string>) {
  const d = await mkdtemp(join(tmpdir(), "ciudata-privacy-"));
  for (const [n, t] of Object.entries(files)) await writeFile(join(d, n), t);
  return d;
}

const CSV =
  "nombre;cuil;edad;sexo;barrio\nAna Pérez;20-10123456-9;30;F;Centro\nLuis Gómez;20-04035643-7;30;F;Centro\nEva Ruiz;27-05057345-2;41;M;Sur\n";

describe("ciudata privacy", () => {
  it("scan flags personal columns with masked samples only", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--json"], c.io)).toBe(0);
    const out = JSON.parse(c.out());
    expect(out.personalColumns).toEqual(expect.arrayContaining(["nombre", "cuil"]));
    expect(c.out()).not.toContain("Pérez");
    expect(c.out()).not.toContain("20-10123456-9");
  });
  it("scan takes a `nombre` column of town names (cabeceras departamentales) for places, not people, and keeps people's names (issue #17)", async () => {
    const towns =
      "FID,the_geom,NOMBRE\n" +
      [
        "Capital",
        "Godoy Cruz",
        "Las Heras",
        "Guaymallen",
        "Maipu",
        "Lujan de Cuyo",
        "San Martin",
        "Junin",
        "Rivadavia",
        "Tupungato",
      ]
        .map((n, i) => `cabeceras.${i + 1},POINT (-68.84${i} -32.89${i}),${n}`)
        .join("\n");
    const people =
      "NOMBRE;APELLIDO;BARRIO\nJuan;Gómez;Centro\nAna;Pérez;Sur\nLuis;Rivadavia;Norte\nEva;Lavalle;Sur\n";
    const d = await dir({ "cabeceras.csv": `${towns}\n`, "personas.csv": people });
    const c = capture();
    expect(
      await run(["privacy", "scan", join(d, "cabeceras.csv"), "--json", "--fail-on", "direct"], c.io),
    ).toBe(0);
    const out = JSON.parse(c.out());
    expect(out.findings.filter((f: { column: string }) => f.column === "NOMBRE")).toEqual([]);
    expect(out.personalColumns).toEqual([]);
    const p = capture();
    expect(await run(["privacy", "scan", join(d, "personas.csv"), "--json"], p.io)).toBe(0);
    expect(JSON.parse(p.out()).personalColumns).toEqual(["NOMBRE", "APELLIDO"]);
  });
  it("risk reports violations and exits 1 when k is not met", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture({ LANG: "en_US.UTF-8" });
    expect(
      await run(["privacy", "risk", join(d, "t.csv"), "--qi", "edad,sexo,barrio", "--k", "2"], c.io),
    ).toBe(1);
    expect(c.out()).toContain("records violating 2-anonymity: 1");
    const h = capture();
    await run(["privacy", "risk", join(d, "t.csv"), "--qi", "edad", "--k", "2", "--format", "html"], h.io);
    expect(h.out()).toContain("<!doctype html>");
  });
  it("a wrong column or subcommand is a usage error", async () => {
    const d = await dir({ "t.csv": CSV });
    const c = capture();
    expect(await run(["privacy", "risk", join(d, "t.csv"), "--qi", "nope"], c.io)).toBe(2);
    expect(await run(["privacy", "nada", "x"], capture().io)).toBe(2);
  });
  it("prints scan and risk as Markdown tables and one HTML page, and writes --out atomically", async () => {
    const d = await dir({ "t.csv": CSV });
    const md = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--format", "md"], md.io)).toBe(0);
    expect(md.out()).toMatch(/^# Personal data found\n\n\| column \| category \|/);
    expect(md.out()).toContain("| cuil |");
    expect(md.out()).not.toContain("Pérez");
    const html = capture();
    expect(
      await run(
        ["privacy", "risk", join(d, "t.csv"), "--qi", "edad,sexo", "--k", "2", "--out", join(d, "r.html")],
        html.io,
      ),
    ).toBe(1);
    const page = await readFile(join(d, "r.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>\n<html lang="es">/);
    expect(page).toContain("<li>registros que violan 2-anonimato: 1");
    expect(html.out()).toContain(`Escrito: ${join(d, "r.html")}`);
  });
  it("a misspelt option or subcommand is exit 2 with «¿Quiso decir…?»", async () => {
    const d = await dir({ "t.csv": CSV });
    const option = capture();
    expect(await run(["privacy", "risk", join(d, "t.csv"), "--qis", "edad"], option.io)).toBe(2);
    expect(option.err()).toContain("¿Quiso decir «--qi»?");
    const sub = capture();
    expect(await run(["privacy", "scna", join(d, "t.csv")], sub.io)).toBe(2);
    expect(sub.err()).toContain("¿Quiso decir «scan»?");
    const format = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--format", "htlm"], format.io)).toBe(2);
    expect(format.err()).toContain("¿Quiso decir «html»?");
  });

  // Issue #17, finding 6: a hospital's fax and address were a person's direct identifiers, the scan
  // always exited 0, and categories and levels were English in a Spanish report.
  const HOSPITALS = [
    "NOMBRE;FAX;DIRECTOR;DOM_NORMA;COMUNA",
    "HOSPITAL GENERAL DE AGUDOS VELEZ SARSFIELD;4566-9590;DR. RODOLFO BLANCAT;CALDERON DE LA BARCA, PEDRO 1550;COMUNA 10",
    "HOSPITAL GENERAL DE AGUDOS ARGERICH;4362-2621;DR. NESTOR HERNANDEZ;PI Y MARGALL 750;COMUNA 04",
    "CENTRO DE SALUD Y ACCION COMUNITARIA 21;4862-5678;DRA. ANA MARIA LOPEZ;CORRIENTES AV. 3100;COMUNA 05",
    "",
  ].join("\n");
  it("scan words an institution's fax and address as institutional, a guess it explains, in the user's language", async () => {
    const d = await dir({ "h.csv": HOSPITALS });
    const es = capture();
    expect(await run(["privacy", "scan", join(d, "h.csv")], es.io)).toBe(0);
    expect(es.out()).toMatch(/FAX {2}· {2}teléfono {2}· {2}institucional \(no personal, suposición\)/);
    expect(es.out()).toMatch(/DIRECTOR {2}· {2}nombre de persona {2}· {2}identificador directo/);
    expect(es.out()).toContain(
      "Suposición: las filas parecen instituciones, no personas (en NOMBRE, 3 de 3 valores",
    );
    expect(es.out()).not.toContain("COMUNA");
    expect(es.out()).not.toMatch(/phone|person-name|direct\b/);
    const pt = capture();
    expect(await run(["--lang", "pt", "privacy", "scan", join(d, "h.csv"), "--format", "md"], pt.io)).toBe(0);
    expect(pt.out()).toContain("| FAX | telefone | institucional (não pessoal, suposição) |");
    const json = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["privacy", "scan", join(d, "h.csv"), "--json"], json.io)).toBe(0);
    const out = JSON.parse(json.out());
    expect(out.personalColumns).toEqual(["DIRECTOR"]);
    expect(out.findings.find((f: { column: string }) => f.column === "FAX")).toMatchObject({
      category: "phone",
      categoryName: "phone",
      role: "institutional",
      roleName: "institutional (not personal, a guess)",
      downgradedFrom: "direct",
    });
    expect(out.note).toMatch(/^A guess: the rows look like institutions/);
  });
  it("scan --fail-on direct|quasi exits 1 when a column of that level or above is found", async () => {
    const d = await dir({
      "t.csv": CSV,
      "q.csv": "edad;barrio\n30;Centro\n41;Sur\n52;Norte\n",
      "h.csv": HOSPITALS.replace(/;DR[^;]*;/g, ";;").replace("DIRECTOR", "GUARDIA"),
    });
    const fail = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--fail-on", "direct"], fail.io)).toBe(1);
    expect(fail.out()).toContain(
      "--fail-on direct: 2 columnas de ese nivel o superior (nombre y cuil); sale con 1.",
    );
    expect(await run(["privacy", "scan", join(d, "q.csv"), "--fail-on", "direct"], capture().io)).toBe(0);
    expect(await run(["privacy", "scan", join(d, "q.csv"), "--fail-on", "quasi"], capture().io)).toBe(1);
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--fail-on", "quasi"], capture().io)).toBe(1);
    // An institution's fax and address do not stop a pipeline.
    const pass = capture({ LANG: "en_US.UTF-8" });
    expect(await run(["privacy", "scan", join(d, "h.csv"), "--fail-on", "quasi"], pass.io)).toBe(0);
    expect(pass.out()).toContain("--fail-on quasi: no column at that level or above; exit 0.");
    expect(pass.out()).toMatch(/^No personal data; contact fields of institutions:\n {2}FAX/);
    const risk = capture();
    expect(
      await run(["privacy", "risk", join(d, "t.csv"), "--qi", "edad", "--fail-on", "direct"], risk.io),
    ).toBe(2);
    expect(risk.err()).toContain("--fail-on es de privacy scan");
    const json = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--fail-on", "direct", "--json"], json.io)).toBe(
      1,
    );
    expect(JSON.parse(json.out()).failOn).toEqual({
      level: "direct",
      columns: ["nombre", "cuil"],
      failed: true,
    });
    const typo = capture();
    expect(await run(["privacy", "scan", join(d, "t.csv"), "--fail-on", "direc"], typo.io)).toBe(2);
    expect(typo.err()).toContain("¿Quiso decir «direct»?");
    const help = capture({ LANG: "en_US.UTF-8" });
    await run(["help", "privacy"], help.io);
    expect(help.out()).toContain("--fail-on");
  });
});
