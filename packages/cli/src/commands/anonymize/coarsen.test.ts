import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

let dir = "";
const at = (name: string) => join(dir, name);
// Twelve people at twelve precise homes (about 100 m apart) in Oeste, each point also as WKT.
const homes = Array.from({ length: 12 }, (_, i) => [
  (-34.651 - i * 0.001).toFixed(6),
  (-58.451 - (i % 3) * 0.001).toFixed(6),
]);
const REGISTRY = [
  "nombre,sexo,lat,lon,ubicacion",
  ...homes.map(([lat, lon], i) => `Persona ${i},${i % 2 ? "F" : "M"},${lat},${lon},POINT (${lon} ${lat})`),
].join("\n");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-anon-geo-"));
  await writeFile(at("padron.csv"), `${REGISTRY}\n`);
  await writeFile(
    at("barrios.geojson"),
    JSON.stringify(
      collection(
        feature({ codigo: "01", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "02", barrio: "Este" }, [square(-58.4, -34.7, 0.1)]),
      ),
    ),
  );
  await writeFile(
    at("plan.json"),
    JSON.stringify({ columns: { nombre: { action: "drop" }, ubicacion: { action: "drop" } } }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const c = capture({ LANG: "en_US.UTF-8" });
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

// Commands read and write files: slow on a loaded machine, never a question of speed here.
describe("coordinates are quasi-identifiers, and anonymize coarsens them before publishing", {
  timeout: 240_000,
}, () => {
  it("privacy scan classes latitude, longitude and WKT points as quasi-identifiers; risk counts each home alone", async () => {
    const scan = await cli(["privacy", "scan", "padron.csv", "--json"]);
    const roles = Object.fromEntries(
      (JSON.parse(scan.out).findings as { column: string; role: string }[]).map((f) => [f.column, f.role]),
    );
    expect(roles).toMatchObject({ lat: "quasi", lon: "quasi", ubicacion: "quasi" });
    const risk = await cli(["privacy", "risk", "padron.csv", "--qi", "lat,lon", "--k", "3"]);
    expect(risk.code).toBe(1);
    expect(risk.out).toContain("records violating 3-anonymity: 12");
    const wkt = await cli(["privacy", "risk", "padron.csv", "--qi", "ubicacion", "--k", "3"]);
    expect(wkt.out).toContain("records violating 3-anonymity: 12");
  });

  it("--grid moves every point to its cell's centre before the plan: k over the coordinates is reached", async () => {
    const before = await readFile(at("padron.csv"), "utf8");
    const r = await cli([
      "anonymize",
      "padron.csv",
      "--plan",
      "plan.json",
      "--out",
      "grid.csv",
      "--grid",
      "2000",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Each point moves to its cell's centre in a grid of 2000 m.");
    expect(r.out).toContain("“Before” measures the risk with them coarsened");
    const published = await readFile(at("grid.csv"), "utf8");
    for (const [lat, lon] of homes) {
      expect(published).not.toContain(lat as string);
      expect(published).not.toContain(lon as string);
    }
    expect(published).not.toContain("Persona");
    const risk = await cli(["privacy", "risk", "grid.csv", "--qi", "lat,lon", "--k", "3"]);
    expect(risk.code).toBe(0);
    expect(risk.out).toContain("records violating 3-anonymity: 0");
    expect(await readFile(at("padron.csv"), "utf8")).toBe(before);
    const json = await cli([
      "anonymize",
      "padron.csv",
      "--plan",
      "plan.json",
      "--out",
      "g.csv",
      "--grid",
      "2000",
      "--format",
      "json",
    ]);
    expect(JSON.parse(json.out).coarsened).toMatchObject({ grid: 2000, rows: 12, coarsened: 12, emptied: 0 });
  });

  it("--areas replaces the coordinates by the barrio that holds them; a bad grid is a usage error", async () => {
    const r = await cli([
      "anonymize",
      "padron.csv",
      "--plan",
      "plan.json",
      "--out",
      "areas.csv",
      "--areas",
      "barrios.geojson",
    ]);
    expect(r.code).toBe(0);
    const [head = "", ...rows] = (await readFile(at("areas.csv"), "utf8")).trim().split(/\r?\n/);
    expect(head.split(",")).not.toContain("lat");
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toContain("Oeste");
    const bad = await cli([
      "anonymize",
      "padron.csv",
      "--plan",
      "plan.json",
      "--out",
      "x.csv",
      "--grid",
      "cien",
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--grid");
  });
});
