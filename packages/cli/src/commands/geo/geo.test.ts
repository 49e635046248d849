import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

const SHARED =
  process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../../shared", import.meta.url));
const BARRIOS = join(SHARED, "data/geo/ar_caba_barrios.geojson");
const HOSPITALES = join(SHARED, "data/real/ar_caba_gcba_hospitales.csv");
const WIFI = join(SHARED, "data/real/ar_caba_gcba_sitios_wifi.csv");
const present = existsSync(BARRIOS) && existsSync(HOSPITALES) && existsSync(WIFI);
if (!present) console.warn(`ciudata geo on real files skipped: ${BARRIOS} not found (set CIUDATA_SHARED)`);

let dir = "";
const areas = () => join(dir, "barrios.geojson");
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-geo-"));
  await writeFile(
    areas(),
    JSON.stringify(
      collection(
        feature({ codigo: "01", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "02", barrio: "Este" }, [square(-58.4, -34.7, 0.1)]),
      ),
    ),
  );
  // A registry of people: names and coordinates are personal; reports print row numbers and barrios only.
  await writeFile(
    join(dir, "padron.csv"),
    "nombre,lat,lng,barrio\nAna Peña,-34.65,-58.45,Oeste\nLuis Paz,-34.61234,-58.37891,Oeste\nEva Gil,-58.45,-34.65,Este\nSol Rey,0,0,Este\n",
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], env: Record<string, string> = {}) {
  const c = capture(env);
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

describe("ciudata geo", () => {
  it("assign writes the table with the barrio's code and name added, and says what it used", async () => {
    const out = join(dir, "padron-barrio.csv");
    const r = await cli(["geo", "assign", join(dir, "padron.csv"), "--areas", areas(), "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(await readFile(out, "utf8")).toBe(
      "nombre,lat,lng,barrio,territorio_codigo,territorio_nombre\n" +
        "Ana Peña,-34.65,-58.45,Oeste,01,Oeste\n" +
        "Luis Paz,-34.61234,-58.37891,Oeste,02,Este\n" +
        "Eva Gil,-58.45,-34.65,Este,,\n" +
        "Sol Rey,0,0,Este,,\n",
    );
    expect(r.out).toContain(
      "Coordenadas: latitud en «lat», longitud en «lng» (reconocidas por el encabezado).",
    );
    expect(r.out).toContain(
      "código: propiedad «codigo» (detectada); nombre: propiedad «barrio» (detectada).",
    );
    expect(r.out).toContain(`Escrito: ${out}`);
    // assign counts; check lists the rows.
    expect(r.out).toContain("territorio anotado distinto del polígono: 1");
    expect(r.out).not.toContain("fila 3");
  });

  it("assign without --out streams the table to standard output and the summary to standard error", async () => {
    const r = await cli(["geo", "assign", join(dir, "padron.csv"), "--areas", areas()]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[1]).toBe("Ana Peña,-34.65,-58.45,Oeste,01,Oeste");
    expect(r.err).toContain("4 filas leídas, 2 asignadas a un área.");
  });

  it("check reports each kind with row numbers and barrios, never a coordinate or a name, and exits 1", async () => {
    for (const format of ["text", "json", "md", "html"]) {
      const r = await cli(["geo", "check", join(dir, "padron.csv"), "--areas", areas(), "--format", format]);
      expect(r.code, format).toBe(1);
      expect(r.out, format).not.toMatch(/34\.6|58\.4|Ana|Peña|Luis|Eva/);
    }
    const text = await cli(["geo", "check", join(dir, "padron.csv"), "--areas", areas()]);
    expect(text.out).toContain(
      "territorio anotado distinto del polígono (1):\n  fila 3: anota «Oeste», el punto está en Este",
    );
    expect(text.out).toContain(
      "latitud y longitud probablemente invertidas (1):\n  fila 4 (anotada: «Este»): corregida caería en Oeste",
    );
    expect(text.out).toContain("en (0, 0) (1):\n  fila 5 (anotada: «Este»)");
    const json = JSON.parse(
      (await cli(["geo", "check", join(dir, "padron.csv"), "--areas", areas(), "--json"])).out,
    );
    expect(json.counts).toMatchObject({ assigned: 2, "territory-mismatch": 1, swapped: 1, zero: 1 });
    const en = await cli(["geo", "check", join(dir, "padron.csv"), "--areas", areas()], {
      LANG: "en_US.UTF-8",
    });
    expect(en.out).toContain('row 3: records "Oeste", the point is in Este');
  });

  it("check writes its report to --out in the format of its extension", async () => {
    const out = join(dir, "informe.md");
    const r = await cli(["geo", "check", join(dir, "padron.csv"), "--areas", areas(), "--out", out]);
    expect(r.code).toBe(1);
    expect(await readFile(out, "utf8")).toMatch(/^# Territorios \(check\): /);
  });

  it("reads projected coordinates with --crs", async () => {
    // Easting and northing in POSGAR 2007 / Argentina 5 of points in Oeste and Este.
    await writeFile(join(dir, "gk.csv"), "x,y\n5640000,6165000\n5652000,6165000\n");
    const r = await cli(["geo", "assign", join(dir, "gk.csv"), "--areas", areas(), "--crs", "EPSG:5347"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "x,y,territorio_codigo,territorio_nombre\n5640000,6165000,01,Oeste\n5652000,6165000,02,Este\n",
    );
  });

  it("exits 2 with a located message for each bad input, in the user's language", async () => {
    const bad = async (name: string, content: string) => {
      await writeFile(join(dir, name), content);
      return cli(["geo", "check", join(dir, "padron.csv"), "--areas", join(dir, name)]);
    };
    const notCollection = await bad(
      "feature.geojson",
      JSON.stringify(feature({ barrio: "x" }, [square(0, 0, 1)])),
    );
    expect(notCollection.code).toBe(2);
    expect(notCollection.err).toContain('es {"type": "Feature"}, no una FeatureCollection');
    const open = square(-58.5, -34.7, 0.1).slice(0, 4);
    open.push([-58.5, -34.65]);
    const notClosed = await bad(
      "abierto.geojson",
      JSON.stringify(collection(feature({ barrio: "x" }, [open]))),
    );
    expect(notClosed.code).toBe(2);
    expect(notClosed.err).toContain(
      "features[0].geometry.coordinates[0]: el anillo empieza en [-58.5, -34.7] y termina en [-58.5, -34.65]",
    );
    const projected = await bad(
      "metros.geojson",
      JSON.stringify(collection(feature({ barrio: "x" }, [square(20000, 70000, 500)]))),
    );
    expect(projected.code).toBe(2);
    expect(projected.err).toContain("parecen coordenadas proyectadas (metros)");
    expect(projected.err).toContain("nombre su sistema con --areas-crs");
    const named = await cli([
      "geo",
      "check",
      join(dir, "padron.csv"),
      "--areas",
      join(dir, "metros.geojson"),
      "--areas-crs",
      "EPSG:9498",
    ]);
    expect(named.code).toBe(1);
    expect(named.out).toContain("asignadas a un área: 0");
    const unknown = await cli([
      "geo",
      "check",
      join(dir, "padron.csv"),
      "--areas",
      areas(),
      "--crs",
      "EPSG:1",
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("«EPSG:1» no es un sistema conocido");
    const noName = await bad(
      "sin-nombre.geojson",
      JSON.stringify(collection(feature({ area: 3 }, [square(0, 0, 1)]))),
    );
    expect(noName.code).toBe(2);
    expect(noName.err).toContain("indique cuál usar con --code-field y --name-field");
    const notJson = await bad("roto.geojson", "{ nope");
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain("no se puede leer como JSON");
    const missing = await cli([
      "geo",
      "check",
      join(dir, "padron.csv"),
      "--areas",
      join(dir, "no-existe.geojson"),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no-existe.geojson no existe");
    const pt = await cli([
      "geo",
      "check",
      join(dir, "padron.csv"),
      "--areas",
      join(dir, "abierto.geojson"),
      "--lang",
      "pt",
    ]);
    expect(pt.err).toContain("o anel começa em");
    await writeFile(join(dir, "sin-coordenadas.csv"), "nombre,edad\nAna,3\n");
    const noCoords = await cli([
      "geo",
      "assign",
      join(dir, "sin-coordenadas.csv"),
      "--areas",
      areas(),
      "--out",
      join(dir, "x.csv"),
    ]);
    expect(noCoords.code).toBe(2);
    expect(noCoords.err).toContain(
      "no tiene columnas de latitud y longitud reconocibles (columnas: nombre, edad)",
    );
    expect(existsSync(join(dir, "x.csv"))).toBe(false);
    await writeFile(join(dir, "metros.csv"), "x,y\n102345.5,98765.2\n");
    const metres = await cli(["geo", "check", join(dir, "metros.csv"), "--areas", areas()], {
      LANG: "en_US.UTF-8",
    });
    expect(metres.code).toBe(2);
    expect(metres.err).toContain("look like projected coordinates (metres): name their system with --crs");
    const noAreas = await cli(["geo", "check", join(dir, "padron.csv")]);
    expect(noAreas.code).toBe(2);
    expect(noAreas.err).toContain("--areas");
  });

  it("says where each bad input of the issue is wrong in Spanish, English and Portuguese, exit 2, no stack, nothing written", async () => {
    const open = square(-58.5, -34.7, 0.1).slice(0, 4);
    open.push([-58.5, -34.65]);
    const files: [string, string, string][] = [
      // [areas file, its content, the place the message must name]
      ["feature.geojson", JSON.stringify(feature({ barrio: "x" }, [square(0, 0, 1)])), "Feature"],
      [
        "abierto.geojson",
        JSON.stringify(collection(feature({ barrio: "x" }, [open]))),
        "features[0].geometry.coordinates[0]",
      ],
      [
        "metros.geojson",
        JSON.stringify(collection(feature({ barrio: "x" }, [square(20000, 70000, 500)]))),
        "features[0].geometry.coordinates[0][0]",
      ],
      ["sin-nombre.geojson", JSON.stringify(collection(feature({ area: 3 }, [square(0, 0, 1)]))), "area"],
    ];
    for (const [name, content] of files) await writeFile(join(dir, name), content);
    await writeFile(join(dir, "metros.csv"), "x,y\n102345.5,98765.2\n");
    const cases = [
      ...files.map(([name, , place]) => ({ table: "padron.csv", areas: join(dir, name), file: name, place })),
      // A table in metres without --crs: the table and its columns are named.
      { table: "metros.csv", areas: areas(), file: "metros.csv", place: "x, y" },
    ];
    for (const c of cases) {
      const words: string[] = [];
      for (const lang of ["es", "en", "pt"]) {
        const out = join(dir, `no-${lang}.csv`);
        const r = await cli([
          "geo",
          "assign",
          join(dir, c.table),
          "--areas",
          c.areas,
          "--out",
          out,
          "--lang",
          lang,
        ]);
        expect(r.code, `${c.file} ${lang}`).toBe(2);
        expect(r.err, `${c.file} ${lang}`).toContain(c.file);
        expect(r.err, `${c.file} ${lang}`).toContain(c.place);
        expect(r.err, `${c.file} ${lang}`).not.toMatch(/\n\s+at |Error:/);
        expect(existsSync(out), `${c.file} ${lang}`).toBe(false);
        words.push(r.err);
      }
      // Three languages, three different messages (no fallback to one of them).
      expect(new Set(words).size, c.file).toBe(3);
    }
  }, 120_000);

  it.skipIf(!present)(
    "check on the real Buenos Aires files reports every disagreement and every point in no barrio",
    async () => {
      const hosp = JSON.parse((await cli(["geo", "check", HOSPITALES, "--areas", BARRIOS, "--json"])).out);
      expect(hosp.counts).toMatchObject({ assigned: 33, "territory-mismatch": 1, shifted: 3, outside: 0 });
      expect(hosp.findings).toContainEqual({
        row: 29,
        kind: "territory-mismatch",
        recorded: "VILLA LUGANO",
        area: "VILLA SOLDATI",
      });
      const text = await cli(["geo", "check", HOSPITALES, "--areas", BARRIOS]);
      expect(text.code).toBe(1);
      expect(text.out).toContain("fila 28 (anotada: «FLORES»): corregida caería en");
      const wifi = await cli(["geo", "check", WIFI, "--areas", BARRIOS, "--json"]);
      expect(JSON.parse(wifi.out).counts).toMatchObject({ assigned: 502, "territory-mismatch": 45 });
      const out = join(dir, "wifi-barrio.csv");
      expect((await cli(["geo", "assign", WIFI, "--areas", BARRIOS, "--out", out])).code).toBe(0);
      expect((await readFile(out, "utf8")).trimEnd().split("\n")).toHaveLength(503);
    },
  );

  it("check reports exact points shared by 10 rows or more, as counts only (exit 1)", async () => {
    const rows = ["nombre,lat,lng"];
    for (let i = 0; i < 12; i++) rows.push(`Persona ${i},-34.61111,-58.42222`);
    rows.push("Otra,-34.65,-58.45");
    await writeFile(join(dir, "oficina.csv"), `${rows.join("\n")}\n`);
    const r = await cli(["geo", "check", join(dir, "oficina.csv"), "--areas", areas(), "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("1 exact point is shared by 10 rows or more (12 rows in all)");
    expect(r.out).not.toMatch(/34\.611|58\.422|Persona/);
    const json = JSON.parse(
      (await cli(["geo", "check", join(dir, "oficina.csv"), "--areas", areas(), "--format", "json"])).out,
    );
    expect(json.sharedPoints).toEqual({ k: 10, groups: 1, rows: 12 });
  });
});
