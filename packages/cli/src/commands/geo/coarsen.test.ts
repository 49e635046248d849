import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCatalogs } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";
import { geoCoarsenMessages } from "../../messages/geo-coarsen";

let dir = "";
const at = (name: string) => join(dir, name);
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-geo-coarsen-"));
  await writeFile(
    at("barrios.geojson"),
    JSON.stringify(collection(feature({ codigo: "01", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]))),
  );
  await writeFile(
    at("padron.csv"),
    "nombre,lat,lng,sexo\nAna Peña,-34.65123,-58.45678,F\nLuis Paz,-34.65131,-58.45671,M\nSol Rey,,,F\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const c = capture({});
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata geo coarsen", () => {
  it("rounds each point to its grid cell, empties what it cannot round, and states the k reached", async () => {
    const out = at("padron-500m.csv");
    const r = await cli(["geo", "coarsen", at("padron.csv"), "--grid", "500", "--out", out]);
    expect(r.code).toBe(0);
    const lines = (await readFile(out, "utf8")).trimEnd().split("\n");
    expect(lines[0]).toBe("nombre,lat,lng,sexo");
    // Both points share one cell: the same centre, no original coordinate left.
    const cell = lines[1]?.split(",").slice(1, 3);
    expect(lines[2]?.split(",").slice(1, 3)).toEqual(cell);
    expect(lines.join("\n")).not.toMatch(/-34\.6512|-58\.4567/);
    expect(lines[3]).toBe("Sol Rey,,,F");
    expect(r.out).toContain("3 filas leídas: 2 con el punto más grueso, 1 con las coordenadas vaciadas");
    expect(r.out).toContain("la más chica tiene 2 filas (k = 2");
    expect(r.out).toContain("Publique solo si cada celda tiene al menos 5 filas");
    expect(r.out).not.toContain("Ana");
  });

  it("replaces the coordinates by the territory with --areas", async () => {
    const r = await cli([
      "geo",
      "coarsen",
      at("padron.csv"),
      "--areas",
      at("barrios.geojson"),
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "nombre,sexo,territorio_codigo,territorio_nombre\nAna Peña,F,01,Oeste\nLuis Paz,M,01,Oeste\nSol Rey,F,,\n",
    );
    expect(r.err).toContain("3 rows read: 2 with a coarser point");
  });

  it("exits 2 without a grid or areas, or with a grid that is not metres", async () => {
    const none = await cli(["geo", "coarsen", at("padron.csv")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("--grid <metros> o --areas");
    const bad = await cli(["geo", "coarsen", at("padron.csv"), "--grid", "-5", "--lang", "pt"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--grid deve ser um número de metros");
  });

  it("words every message in es, en and pt", () => {
    expect(checkCatalogs(geoCoarsenMessages)).toEqual([]);
  });
});
