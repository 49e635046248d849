import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { geoCheckIssues } from "@ciudata/geo";
import { dimensionOf } from "@ciudata/quality";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collection, feature, square } from "../../../../geo/test-support/fixtures";
import { capture } from "../../../test-support/capture";
import { run } from "../../main";

let dir = "";
const at = (name: string) => join(dir, name);
// A registry of people: names are personal; each geo problem once, the rest clean.
const HEADER = "id,nombre,lat,lng,barrio";
const CLEAN = [
  "1,Ana Peña,-34.65,-58.45,Oeste",
  "2,Luis Paz,-34.62,-58.36,Este",
  "3,Eva Gil,-34.68,-58.47,Oeste",
  "4,Sol Rey,-34.66,-58.33,Este",
  "5,Max Luz,-34.61,-58.49,Oeste",
  "6,Ida Mar,-34.64,-58.31,Este",
];
const PROBLEMS = [
  "1,Ana Peña,-34.65,-58.45,Oeste",
  "2,Luis Paz,-34.69,-58.39,Oeste", // recorded Oeste, in Este 914 m away: mismatch and far
  "3,Eva Gil,,-58.47,Oeste", // missing
  "4,Sol Rey,0,0,Este", // (0, 0)
  "5,Max Luz,-58.49,-34.61,Oeste", // swapped
  "6,Ida Mar,-34.0,-57.0,Este", // outside the city
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ciudata-validate-geo-"));
  await writeFile(
    at("barrios.geojson"),
    JSON.stringify(
      collection(
        feature({ codigo: "01", barrio: "Oeste" }, [square(-58.5, -34.7, 0.1)]),
        feature({ codigo: "02", barrio: "Este" }, [square(-58.4, -34.7, 0.1)]),
      ),
    ),
  );
  await writeFile(at("clean.csv"), `${[HEADER, ...CLEAN].join("\n")}\n`);
  await writeFile(at("problems.csv"), `${[HEADER, ...PROBLEMS].join("\n")}\n`);
  await writeFile(at("line.geojson"), JSON.stringify({ type: "Feature", properties: {}, geometry: null }));
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

interface Scored {
  tasks: {
    errors: { type: string; rowNumber: number | null; fieldName?: string; params: Record<string, unknown> }[];
  }[];
  quality: { scores: { dimensions: Record<string, { score: number | null }> } };
}

async function review(file: string, ...more: string[]): Promise<{ code: number; json: Scored }> {
  const r = await cli(["validate", file, "--areas", "barrios.geojson", "--format", "json", ...more]);
  return { code: r.code, json: JSON.parse(r.out) as Scored };
}

const geoFound = (json: Scored) =>
  (json.tasks[0]?.errors ?? [])
    .filter((e) => e.type.startsWith("geo/"))
    .map((e) => [e.rowNumber, e.fieldName, e.type]);

describe("ciudata validate --areas", () => {
  it("reports each geo problem with its row and column and lowers the right dimension's score", async () => {
    const clean = await review("clean.csv", "--profile", "ar-datos-abiertos");
    const bad = await review("problems.csv", "--profile", "ar-datos-abiertos");
    expect(geoFound(clean.json)).toEqual([]);
    expect(geoFound(bad.json)).toEqual([
      [3, "barrio", "geo/territory-mismatch"],
      [3, "lat", "geo/far-from-territory"],
      [4, "lat", "geo/missing-coordinates"],
      [5, "lat", "geo/zero-coordinates"],
      [6, "lat", "geo/swapped-coordinates"],
      [7, "lat", "geo/outside-area"],
    ]);
    expect(bad.code).toBe(1);
    const score = (r: { json: Scored }, d: string) => r.json.quality.scores.dimensions[d]?.score;
    for (const d of ["validity", "consistency", "accuracy", "completeness"]) {
      expect(score(clean, d), d).not.toBeNull();
      expect(score(bad, d) as number, d).toBeLessThan(score(clean, d) as number);
    }
    // Uniqueness has no geo finding: the same score in both.
    expect(score(bad, "uniqueness")).toBe(score(clean, "uniqueness"));
  });

  it("words the findings in es, en and pt, never printing a coordinate", async () => {
    const es = await cli(["validate", "problems.csv", "--areas", "barrios.geojson"]);
    expect(es.out).toContain(
      "Fila 3, columna 5 (barrio): la fila registra «Oeste» pero su punto cae en «Este»",
    );
    const en = await cli(["validate", "problems.csv", "--areas", "barrios.geojson", "--lang", "en"]);
    expect(en.out).toContain('with latitude and longitude exchanged it falls in "Oeste"');
    const pt = await cli(["validate", "problems.csv", "--areas", "barrios.geojson", "--lang", "pt"]);
    expect(pt.out).toContain("o ponto está a 914 m de «Oeste»");
    for (const text of [es.out, en.out, pt.out])
      for (const value of ["-34.69", "-58.39", "-58.49", "-34.61", "-57.0", "Luis Paz"])
        expect(text).not.toContain(value);
  });

  it("refuses a bad areas file or an unknown system with a located message (exit 2)", async () => {
    const bad = await cli(["validate", "clean.csv", "--areas", "line.geojson"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("line.geojson");
    expect(bad.err).toContain("FeatureCollection");
    expect(bad.err).not.toMatch(/\n\s+at /);
    const crs = await cli(["validate", "clean.csv", "--areas", "barrios.geojson", "--crs", "EPSG:1"]);
    expect(crs.code).toBe(2);
    expect(crs.err).toContain("EPSG:1");
  });

  it("maps every geo finding type to a quality dimension", () => {
    // Not left to the fallback: a type nothing maps would come back as the fallback asked for.
    for (const type of Object.keys(geoCheckIssues.es))
      expect(dimensionOf(type, { fallback: "timeliness" }), type).not.toBe("timeliness");
  });
});
