import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CiudataError } from "@ciudata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { twoBarrios } from "../../test-support/fixtures";
import { readAreasFile } from "./areas";
import { scanFile } from "./scan";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "geo-scan-"));
  await writeFile(join(dir, "barrios.geojson"), JSON.stringify(twoBarrios));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("scanFile", () => {
  it("reads a latin1 file with decimal commas and writes it back with the area's code and name added", async () => {
    const csv =
      "nombre;latitud;longitud;territorio_codigo\nPeña;-34,65;-58,45;x\nMuñoz;-34,69;-58,39;y\nSosa;;;z\n";
    await writeFile(join(dir, "padron.csv"), Buffer.from(csv, "latin1"));
    const areas = await readAreasFile(join(dir, "barrios.geojson"));
    const out = join(dir, "salida", "padron-barrio.csv");
    const found = await scanFile(join(dir, "padron.csv"), areas, { out });
    expect(found.counts).toMatchObject({ assigned: 2, missing: 1 });
    expect(await readFile(out, "utf8")).toBe(
      "nombre;latitud;longitud;territorio_codigo;territorio_codigo_2;territorio_nombre\n" +
        "Peña;-34,65;-58,45;x;B-OESTE;Oeste\n" +
        "Muñoz;-34,69;-58,39;y;A-ESTE;Este\n" +
        "Sosa;;;z;;\n",
    );
    // Only the output is left in its folder: the temporary file was renamed.
    expect(await readdir(join(dir, "salida"))).toEqual(["padron-barrio.csv"]);
  });

  it("writes nothing when the table has no coordinates or they are projected", async () => {
    await writeFile(join(dir, "sin.csv"), "nombre,edad\nAna,3\n");
    await expect(
      scanFile(join(dir, "sin.csv"), await readAreasFile(join(dir, "barrios.geojson")), {
        out: join(dir, "sin-out.csv"),
      }),
    ).rejects.toThrow(CiudataError);
    expect(existsSync(join(dir, "sin-out.csv"))).toBe(false);
    await writeFile(join(dir, "metros.csv"), "x,y\n102345.5,98765.2\n102346.5,98766.2\n");
    const error = await scanFile(join(dir, "metros.csv"), await readAreasFile(join(dir, "barrios.geojson")), {
      out: join(dir, "metros-out.csv"),
    }).catch((e: unknown) => e);
    expect((error as CiudataError).errors[0].type).toBe("geo/table-not-lon-lat");
    expect(existsSync(join(dir, "metros-out.csv"))).toBe(false);
  });

  it("refuses an areas file that is not JSON, naming it", async () => {
    await writeFile(join(dir, "roto.geojson"), '{\n"type": "FeatureCollection",\n"features": [,]\n}');
    const error = await readAreasFile(join(dir, "roto.geojson")).catch((e: unknown) => e);
    expect((error as CiudataError).errors[0]).toMatchObject({
      type: "geo/not-json",
      params: { file: join(dir, "roto.geojson") },
    });
  });
});
