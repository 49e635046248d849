import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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
const WIFI = join(SHARED, "data/real/ar_caba_gcba_sitios_wifi.csv");
const real = existsSync(BARRIOS) && existsSync(WIFI);
if (!real) console.warn(`disaggregation --barrios on the real wifi file skipped: ${WIFI} not found`);

let dir = "";
const at = (name: string) => join(dir, name);
// Six people in Oeste, two in Este, one without coordinates, one outside the city.
const PEOPLE = [
  "nombre,sexo,lat,lon",
  ...Array.from({ length: 6 }, (_, i) => `P${i},${i % 2 ? "Mujer" : "Varón"},-34.6${i},-58.45`),
  "Q1,Mujer,-34.65,-58.35",
  "Q2,Varón,-34.66,-58.35",
  "R1,Mujer,,",
  "R2,Varón,-34.0,-57.0",
].join("\n");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-cli-barrios-"));
  await writeFile(
    at("barrios.geojson"),
    JSON.stringify(
      collection(
        feature({ codigo: "01", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "02", barrio: "Este" }, [square(-58.4, -34.7, 0.1)]),
      ),
    ),
  );
  await writeFile(at("padron.csv"), `${PEOPLE}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[]) {
  const c = capture();
  c.io.cwd = dir;
  const code = await run(argv, c.io);
  return { code, out: c.out(), err: c.err() };
}

/** OBS_VALUE per key (the aggregate's CSV), `""` for a withheld cell. */
function cells(csv: string): Map<string, string> {
  const [head = "", ...rows] = csv.trim().split(/\r?\n/);
  const names = head.split(",");
  const value = names.indexOf("OBS_VALUE");
  return new Map(rows.map((r) => r.split(",")).map((c) => [c.slice(0, value).join("|"), c[value] ?? ""]));
}

// Each run loads the territory code lists: slow on a loaded machine, never a question of speed here.
describe("ciudata disaggregation aggregate --barrios <areas> on a table with coordinates", {
  timeout: 240_000,
}, () => {
  it("assigns the barrio from the coordinates, says so, and aggregates with the usual suppression", async () => {
    const before = await readFile(at("padron.csv"), "utf8");
    const copies = async () => (await readdir(tmpdir())).filter((f) => f.startsWith("ciudata-barrios-"));
    const copiesBefore = await copies();
    const r = await cli([
      "disaggregation",
      "aggregate",
      "padron.csv",
      "--by",
      "barrio",
      "--barrios",
      "barrios.geojson",
      "--threshold",
      "3",
      "--out",
      "agregado.csv",
    ]);
    expect(r.err).toBe("");
    expect(r.out).toContain(
      "barrio asignado desde coordenadas (lat, lon, áreas de barrios.geojson): 8 filas; 2 sin barrio",
    );
    const got = cells(await readFile(at("agregado.csv"), "utf8"));
    // Oeste 6 shown; Este 2 below the threshold, withheld; the total counts every row.
    expect(got.get("01")).toBe("6");
    expect(got.get("02")).toBe("");
    expect(got.get("_T")).toBe("10");
    // The input is never modified, and no temporary copy is left behind.
    expect(await readFile(at("padron.csv"), "utf8")).toBe(before);
    expect(await copies()).toEqual(copiesBefore);
  });

  it("says it in English, and in JSON as data", async () => {
    const r = await cli([
      "disaggregation",
      "aggregate",
      "padron.csv",
      "--by",
      "sexo,barrio",
      "--barrios",
      "barrios.geojson",
      "--threshold",
      "0",
      "--lang",
      "en",
      "--out",
      "agregado.json",
      "--format",
      "json",
    ]);
    expect(JSON.parse(r.out).fromCoordinates).toEqual({ columns: "lat, lon", assigned: 8, unassigned: 2 });
    const text = await cli([
      "disaggregation",
      "aggregate",
      "padron.csv",
      "--by",
      "barrio",
      "--barrios",
      "barrios.geojson",
      "--lang",
      "en",
    ]);
    expect(text.err).toContain(
      "barrio assigned from coordinates (lat, lon, areas of barrios.geojson): 8 rows; 2 without a barrio",
    );
  });

  it("keeps today's behaviour when the table has a territory column", async () => {
    await writeFile(
      at("con-barrio.csv"),
      "sexo,barrio,lat,lon\nMujer,Este,-34.65,-58.45\nVarón,Este,-34.65,-58.45\n",
    );
    const r = await cli([
      "disaggregation",
      "aggregate",
      "con-barrio.csv",
      "--by",
      "barrio",
      "--barrios",
      "barrios.geojson",
      "--threshold",
      "0",
    ]);
    expect(r.err).not.toContain("asignado desde coordenadas");
    // The recorded barrio is aggregated as written (Este), not the polygon's (Oeste).
    expect(cells(r.out).get("02")).toBe("2");
  });

  it.skipIf(!real)(
    "assigns the 48 barrios of the real wifi file with its BARRIO and COMUNA columns removed",
    async () => {
      const lines = (await readFile(WIFI, "utf8")).trim().split(/\r?\n/);
      const head = (lines[0] ?? "").split(";");
      const barrio = head.indexOf("BARRIO");
      const keep = (l: string) =>
        l
          .split(";")
          .filter((_, i) => i !== barrio && head[i] !== "COMUNA")
          .join(";");
      await writeFile(at("wifi.csv"), `${lines.map(keep).join("\n")}\n`);
      const r = await cli([
        "disaggregation",
        "aggregate",
        "wifi.csv",
        "--by",
        "barrio",
        "--barrios",
        BARRIOS,
        "--threshold",
        "0",
        "--format",
        "json",
        "--out",
        "wifi-agregado.json",
      ]);
      const data = JSON.parse(r.out);
      expect(data.fromCoordinates.assigned + data.fromCoordinates.unassigned).toBe(lines.length - 1);
      const aggregated = JSON.parse(await readFile(at("wifi-agregado.json"), "utf8")).data as Record<
        string,
        string | number
      >[];
      const total = aggregated.find((d) => Object.values(d).includes("_T"))?.OBS_VALUE;
      expect(total).toBe(lines.length - 1);
      // The line's count is the table's: the barrio cells (threshold 0, none withheld) add up to it.
      const inBarrios = aggregated
        .filter((d) => !Object.values(d).some((v) => v === "_T" || v === "_U"))
        .reduce((sum, d) => sum + Number(d.OBS_VALUE), 0);
      expect(inBarrios).toBe(data.fromCoordinates.assigned);
      expect(aggregated.length).toBeGreaterThanOrEqual(40);
      expect(data.fromCoordinates.assigned).toBeGreaterThan(0.95 * (lines.length - 1));
    },
  );
});
