import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCatalogs } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { geoCoverageMessages } from "../../messages/geo-coverage";

let dir = "";
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-geo-coverage-"));
  // Three barrios in a row, codes 1 to 3; "3" will have no one.
  await writeFile(
    at("barrios.geojson"),
    JSON.stringify(
      collection(
        feature({ codigo: "1", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "2", barrio: "Centro" }, [square(-58.4, -34.7, 0.1)]),
        feature({ codigo: "3", barrio: "Este" }, [square(-58.3, -34.7, 0.1)]),
      ),
    ),
  );
  // A registry of people: 12 in Oeste (6 women, 6 men), 3 in Centro (women), 1 outside.
  const rows = ["nombre,lat,lng,sexo,edad,barrio"];
  for (let i = 0; i < 12; i++)
    rows.push(
      `Persona Oeste ${i},-34.6${1 + (i % 8)},-58.4${5 + (i % 4)},${i % 2 === 0 ? "Mujer" : "Varón"},${20 + i},Oeste`,
    );
  for (let i = 0; i < 3; i++) rows.push(`Persona Centro ${i},-34.65,-58.3${5 + i},F,${70 + i},Centro`);
  rows.push("Persona Lejos,-34.0,-57.0,M,40,");
  await writeFile(at("padron.csv"), `${rows.join("\n")}\n`);
  await writeFile(at("poblacion.csv"), "Código,Total\n02001,12000\n02002,1000\n02003,5000\n06007,999\n");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const c = capture({});
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

const base = () => ["geo", "coverage", at("padron.csv"), "--areas", at("barrios.geojson")];

describe("ciudata geo coverage", () => {
  it("counts per barrio against the population, hides small counts and ranks by the lowest rate", async () => {
    const r = await cli([...base(), "--population", at("poblacion.csv"), "--format", "json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.read).toBe(16);
    expect(json.unassigned).toBe(1);
    expect(json.population.prefix).toBe("02");
    // Centro's 3 are below 5: hidden, and Oeste with them (or 15 − 0 − 12 would tell). Este has no one:
    // a true zero, shown, first in the ranking.
    expect(json.rows.map((row: { total: unknown }) => row.total)).toEqual([
      { value: null, suppressed: "hidden" },
      { value: null, suppressed: "hidden" },
      { value: 0, suppressed: null },
    ]);
    expect(json.total).toEqual({ value: 15, suppressed: null });
    expect(json.ranking).toEqual(["3"]);
    expect(json.zero).toEqual(["3"]);
  });

  it("prints the table in Spanish without any personal value, and writes the long CSV", async () => {
    const out = at("cobertura.csv");
    const r = await cli([...base(), "--population", at("poblacion.csv"), "--threshold", "3", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cobertura por territorio");
    expect(r.out).toContain("Códigos unidos anteponiendo «02»");
    expect(r.out).toContain("Sin ninguna fila: Este.");
    expect(r.out).not.toMatch(/Persona|-34\.6|-58\.4/);
    // With threshold 3 nothing is small: Este 0, Centro 3 per 1,000 (3 / 1000), Oeste 1 (12 / 12000).
    expect(await readFile(out, "utf8")).toBe(
      "territorio_codigo,territorio_nombre,OBS_VALUE,OBS_STATUS,poblacion,tasa_por_1000\n" +
        "1,Oeste,12,A,12000,1.000\n" +
        "2,Centro,3,A,1000,3.000\n" +
        "3,Este,0,A,5000,0.000\n" +
        "_T,,15,A,,0.833\n",
    );
  });

  it("draws the map in the HTML report with the table's suppression, and only there", async () => {
    const r = await cli([...base(), "--population", at("poblacion.csv"), "--format", "html"]);
    expect(r.code).toBe(0);
    const html = r.out;
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<h2>Mapa</h2>");
    const titles = [...html.matchAll(/data-class="([^"]*)"><title>([^<]*)<\/title>/g)].map((m) => [
      m[1],
      m[2],
    ]);
    // Centro (3) is hidden and Oeste (12) with it: hatched, their counts nowhere; Este is a true zero.
    expect(titles).toEqual([
      ["suppressed", "Oeste: oculto por privacidad"],
      ["suppressed", "Centro: oculto por privacidad"],
      ["0", "Este: 0"],
    ]);
    expect(html).toContain(">Filas por 1.000 residentes</text>");
    expect(html).toContain(">Oculto por privacidad (protege cuentas menores que 5)</text>");
    expect(html).toContain("<td>Oeste</td><td>s</td>");
    expect(html).toContain("<td>Centro</td><td>s</td>");
    expect(html).not.toContain("Persona");
    const text = await cli([...base(), "--population", at("poblacion.csv")]);
    expect(text.out).not.toContain("<svg");
  });

  it("splits by sex and age band through the disaggregation normaliser", async () => {
    const r = await cli([...base(), "--by", "sexo,edad", "--threshold", "1", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.by).toEqual(["sexo", "edad"]);
    expect(json.cells).toEqual([
      ["F", "Y15T24"],
      ["F", "Y25T44"],
      ["F", "Y_GE65"],
      ["M", "Y15T24"],
      ["M", "Y25T44"],
    ]);
    expect(json.rows[0].cells.map((c: { value: number }) => c.value)).toEqual([3, 3, 0, 2, 4]);
    expect(json.rows[1].cells.map((c: { value: number }) => c.value)).toEqual([0, 0, 3, 0, 0]);
    expect(json.rankedBy).toBe("count");
  });

  it("reads the territory from a column when the table has no coordinates", async () => {
    await writeFile(at("sin-coordenadas.csv"), "id,barrio\n1,oeste\n2,CENTRO\n3,Centro\n4,Palermo\n");
    const r = await cli([
      "geo",
      "coverage",
      at("sin-coordenadas.csv"),
      "--areas",
      at("barrios.geojson"),
      "--threshold",
      "1",
      "--format",
      "json",
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.source).toBe("column");
    expect(json.territoryColumn).toBe("barrio");
    expect(json.rows.map((row: { total: { value: number } }) => row.total.value)).toEqual([1, 2, 0]);
    expect(json.unknownTerritories).toEqual([{ value: "Palermo", rows: 1 }]);
  });

  it("refuses a population whose codes match no barrio, with both sides, in es, en and pt (exit 2)", async () => {
    await writeFile(at("otra.csv"), "codigo,poblacion\n50007,100\n50014,200\n");
    for (const [lang, text] of [
      ["es", "ningún código de"],
      ["en", "match no code or name of the areas"],
      ["pt", "nenhum código de"],
    ] as const) {
      const r = await cli([...base(), "--population", at("otra.csv"), "--lang", lang]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(text);
      expect(r.err).toContain("50007, 50014");
      expect(r.err).toContain("1 (Oeste)");
      expect(r.err).not.toContain("    at ");
    }
  });

  it("says which population column is missing and where a count is not a number (exit 2)", async () => {
    const missing = await cli([
      ...base(),
      "--population",
      at("poblacion.csv"),
      "--population-count",
      "habitantes",
      "--lang",
      "en",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('has no column "habitantes" (--population-count); columns: Código, Total');
    await writeFile(at("mala.csv"), "Código,Total\n02001,12000\n02002,mil\n");
    const bad = await cli([...base(), "--population", at("mala.csv")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("fila 3, columna «Total»");
    expect(bad.err).toContain("«mil»");
    const by = await cli([...base(), "--by", "genero"]);
    expect(by.code).toBe(2);
    expect(by.err).toContain("«genero»");
  });

  it("words every message in es, en and pt", () => {
    expect(checkCatalogs(geoCoverageMessages)).toEqual([]);
  });
});
