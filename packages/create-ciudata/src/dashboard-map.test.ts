import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scaffold } from "./index";

// The dashboard starter's map, as a generated project runs it: its scripts/map.mjs, with @ciudata/geo
// resolved from the project's node_modules (here a link to the workspace package's build), counts a
// table's rows per barrio and draws the SVG the page shows.

const GEO = fileURLToPath(new URL("../../geo", import.meta.url));
const built = existsSync(join(GEO, "dist", "index.js"));
if (!built)
  console.warn("dashboard map test skipped: packages/geo has no dist/ (run node scripts/build.mjs geo)");

let dir = "";
let project = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "create-ciudata-map-"));
  project = join(dir, "tablero");
  await scaffold({ directory: project, template: "dashboard" });
  await mkdir(join(project, "node_modules", "@ciudata"), { recursive: true });
  await symlink(GEO, join(project, "node_modules", "@ciudata", "geo"), "dir");
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ];
  const barrio = (nombre: string, x: number) => ({
    type: "Feature",
    properties: { nombre },
    geometry: { type: "Polygon", coordinates: square(x, -34.7) },
  });
  await writeFile(
    join(project, "barrios.geojson"),
    JSON.stringify({
      type: "FeatureCollection",
      features: [barrio("Oeste", -58.5), barrio("Centro", -58.4), barrio("Este", -58.3)],
    }),
  );
  // 8 requests in Oeste, 2 in Centro (hidden, and Oeste with them), 1 outside every barrio.
  const rows = ["id,tipo,lat,lon"];
  for (let i = 0; i < 8; i++) rows.push(`${i},Poda,-34.6${i},-58.45`);
  rows.push("8,Bache,-34.65,-58.35", "9,Bache,-34.66,-58.36", "10,Poda,-34.0,-57.0");
  await writeFile(join(project, "tabla.csv"), `${rows.join("\n")}\n`);
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!built)("the dashboard starter's map", () => {
  it("is configured off by default", async () => {
    const config = JSON.parse(await readFile(join(project, "ciudata.config.json"), "utf8"));
    expect(config.areas).toBe("");
    const pkg = JSON.parse(await readFile(join(project, "package.json"), "utf8"));
    expect(pkg.devDependencies["@ciudata/geo"]).toBe(pkg.devDependencies["@ciudata/open-data"]);
  });

  it("counts every row per barrio, hides small counts and draws the SVG", () => {
    const script = `
      import { readFileSync } from "node:fs";
      import { territoryMap } from "./scripts/map.mjs";
      const map = await territoryMap(readFileSync("tabla.csv"), { areas: "barrios.geojson", lang: "es" });
      process.stdout.write(JSON.stringify(map));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: project,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    const map = JSON.parse(r.stdout);
    expect(map).toMatchObject({ rows: 11, unassigned: 1, hidden: 2, threshold: 5 });
    expect(map.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const titles = [...map.svg.matchAll(/data-class="([^"]*)"><title>([^<]*)</g)].map((m: string[]) => [
      m[1],
      m[2],
    ]);
    expect(titles).toEqual([
      ["suppressed", "Oeste: oculto por privacidad"],
      ["suppressed", "Centro: oculto por privacidad"],
      ["0", "Este: 0"],
    ]);
    expect(map.svg).toContain(">Filas por territorio</text>");
    expect(map.svg).not.toMatch(/<script|Poda|Bache/);
  });
});
