import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCatalogs } from "@ciudata/core";
import { renderHtml, review } from "@ciudata/quality";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { UsageError } from "../../errors";
import { run } from "../../main";
import { validateMapMessages } from "../../messages/validate-map";
import type { CommandContext } from "../../types";
import { territoryMap } from "./map";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-validate-map-"));
  await writeFile(
    join(dir, "barrios.geojson"),
    JSON.stringify(
      collection(
        feature({ codigo: "1", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "2", barrio: "Centro" }, [square(-58.4, -34.7, 0.1)]),
        feature({ codigo: "3", barrio: "Este" }, [square(-58.3, -34.7, 0.1)]),
      ),
    ),
  );
  // 9 people in Oeste, 2 in Centro (a small count), none in Este, 1 with no coordinates.
  const rows = ["nombre,lat,lon"];
  for (let i = 0; i < 9; i++) rows.push(`Persona ${i},-34.6${i},-58.45`);
  rows.push("Ana Centro,-34.65,-58.35", "Bea Centro,-34.66,-58.35", "Sin Punto,,");
  await writeFile(join(dir, "padron.csv"), `${rows.join("\n")}\n`);
  await writeFile(join(dir, "roto.geojson"), '{"type": "Feature"}');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ctx = (lang: "es" | "en"): CommandContext => {
  const io = capture({}).io;
  io.cwd = dir;
  return { io, lang, version: "0.0.0", commands: [] };
};

describe("the map of validate's HTML report", () => {
  it("counts the rows per territory, hides the small ones and says what is left out", async () => {
    const map = await territoryMap(ctx("es"), { file: "padron.csv", areas: "barrios.geojson" });
    expect(map.title).toBe("Filas por territorio (barrios.geojson)");
    const titles = [...map.svg.matchAll(/data-class="([^"]*)"><title>([^<]*)</g)].map((m) => [m[1], m[2]]);
    // Centro's 2 are hidden, and Oeste's 9 with them (12 − 0 − 9 would tell); Este is a true zero.
    expect(titles).toEqual([
      ["suppressed", "Oeste: oculto por privacidad"],
      ["suppressed", "Centro: oculto por privacidad"],
      ["0", "Este: 0"],
    ]);
    expect(map.notes).toEqual([
      "12 filas leídas; 1 fila queda sin territorio (sin coordenadas, fuera de toda área o con un territorio anotado que no es ninguna).",
      "2 territorios ocultos para proteger cuentas menores que 5, como lo hace ciudata suppress.",
    ]);
    const { report, scores } = await review(`nombre,lat,lon\nAna,-34.65,-58.35\n`, { lang: "es" });
    const html = renderHtml(report, scores, "es", { map });
    expect(html).toContain('<section class="map"><h2>Filas por territorio (barrios.geojson)</h2>');
    expect(html).not.toContain("Persona");
  });

  it("refuses areas that are not a FeatureCollection as a usage error (exit 2)", async () => {
    await expect(
      territoryMap(ctx("en"), { file: "padron.csv", areas: "roto.geojson" }),
    ).rejects.toBeInstanceOf(UsageError);
  });

  it("counts with the columns the geo checks were given (--lat/--lon), from the areas they read", async () => {
    const rows = ["nombre,norte,este"];
    for (let i = 0; i < 6; i++) rows.push(`Persona ${i},-34.6${i},-58.45`);
    await writeFile(join(dir, "columnas.csv"), `${rows.join("\n")}\n`);
    const c = capture({});
    c.io.cwd = dir;
    const args = [
      "validate",
      "columnas.csv",
      "--areas",
      "barrios.geojson",
      "--lat",
      "norte",
      "--lon",
      "este",
    ];
    const code = await run([...args, "--format", "html", "--lang", "es"], c.io);
    expect(code).toBeLessThan(2);
    expect(c.out()).toContain("<title>Oeste: 6</title>");
  });

  it("words every message in es, en and pt", () => {
    expect(checkCatalogs(validateMapMessages)).toEqual([]);
  });
});
