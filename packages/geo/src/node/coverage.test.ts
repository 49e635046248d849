import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchPopulation } from "../coverage/population";
import { coverageTable } from "../coverage/table";
import { readAreasFile } from "./areas";
import { coverageFile, readPopulationFile } from "./coverage";

// Coverage on the 48 Buenos Aires barrios grouped by comuna, with generated points and the INDEC Censo
// 2010 population, against an independent computation written here: ray casting over every polygon
// (no index), its own CSV split, rates worked out by hand.

const SHARED = process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const BARRIOS = join(SHARED, "data/geo/ar_caba_barrios.geojson");
const CENSO = join(SHARED, "data/real/ar_indec_censo2010_poblacion_sexo_por_departamento.csv");
const present = existsSync(BARRIOS) && existsSync(CENSO);
if (!present)
  console.warn(
    `geo coverage on real files skipped: ${BARRIOS} not found (set CIUDATA_SHARED to the shared folder)`,
  );

type Ring = number[][];
interface Feature {
  properties: { barrio: string; comuna: number };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

/** Even-odd ray casting over one ring. */
function inRing(ring: Ring, x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The comuna of the barrio that holds the point, or null. */
function comunaOf(features: readonly Feature[], x: number, y: number): string | null {
  for (const f of features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    if (
      polygons.some(([outer, ...holes]) => inRing(outer as Ring, x, y) && !holes.some((h) => inRing(h, x, y)))
    )
      return String(f.properties.comuna);
  }
  return null;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "geo-coverage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!present)("geo coverage on the Buenos Aires barrios and the INDEC census", () => {
  it("counts per comuna, per sex, and rates per 1,000 equal an independent computation", async () => {
    const features = (JSON.parse(readFileSync(BARRIOS, "utf8")) as { features: Feature[] }).features;
    const next = random(19);
    const sexes = ["Mujer", "Varón", "F", "M"];
    const lines = ["id,lat,lon,sexo"];
    // Many points in the west (more rows where the city is poorer), fewer elsewhere, some outside.
    for (let i = 0; i < 3000; i++) {
      const west = next() < 0.4;
      const lon = west ? -58.53 + next() * 0.1 : -58.53 + next() * 0.2;
      const lat = -34.71 + next() * 0.18;
      lines.push(`${i},${lat.toFixed(6)},${lon.toFixed(6)},${sexes[Math.floor(next() * 4)]}`);
    }
    const file = join(dir, "beneficiarios.csv");
    await writeFile(file, `${lines.join("\n")}\n`);

    // Independent: own split, own point-in-polygon, sex spelled by hand.
    const want = new Map<string, { total: number; F: number; M: number }>();
    let outside = 0;
    for (const line of lines.slice(1)) {
      const [, lat, lon, sexo] = line.split(",") as [string, string, string, string];
      const comuna = comunaOf(features, Number(lon), Number(lat));
      if (comuna === null) {
        outside++;
        continue;
      }
      const w = want.get(comuna) ?? { total: 0, F: 0, M: 0 };
      w.total++;
      w[sexo === "Mujer" || sexo === "F" ? "F" : "M"]++;
      want.set(comuna, w);
    }
    const censo = new Map(
      readFileSync(CENSO, "utf8")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .map(([code, , , total]) => [code as string, Number(total)]),
    );

    const layer = await readAreasFile(BARRIOS, { codeField: "comuna" });
    const counts = await coverageFile(file, layer, { by: ["sexo"] });
    expect(counts.source).toBe("points");
    expect(counts.rows).toBe(3000);
    expect(counts.unassigned).toBe(outside);
    expect(counts.territories.map((t) => t.code)).toEqual(
      Array.from({ length: 15 }, (_, i) => String(i + 1)),
    );
    expect(counts.cells).toEqual([["F"], ["M"]]);
    counts.territories.forEach((t, i) => {
      const w = want.get(t.code) ?? { total: 0, F: 0, M: 0 };
      expect(counts.counts[i], `comuna ${t.code}`).toEqual([w.F, w.M]);
    });

    const population = await readPopulationFile(CENSO);
    expect(population.columns).toEqual({ code: "Código", count: "Total" });
    const match = matchPopulation(counts.territories, population.rows, "censo.csv");
    expect(match.prefix).toBe("02");
    expect(match.missing).toEqual([]);
    expect(match.unmatchedRows).toBe(population.rows.length - 15);

    const table = coverageTable(counts, { population: match });
    expect(table.hidden).toBe(0);
    let cityRows = 0;
    let cityResidents = 0;
    for (const row of table.rows) {
      const w = want.get(row.code) ?? { total: 0, F: 0, M: 0 };
      const residents = censo.get(`02${row.code.padStart(3, "0")}`) as number;
      expect(row.total.value).toBe(w.total);
      expect(row.residents).toBe(residents);
      expect(row.rate).toBeCloseTo((w.total / residents) * 1000, 9);
      cityRows += w.total;
      cityResidents += residents;
    }
    expect(table.total.value).toBe(3000 - outside);
    expect(table.rate).toBeCloseTo((cityRows / cityResidents) * 1000, 9);
    // The ranking: rates ascending, every comuna ranked.
    const rates = table.ranking.map((c) => table.rows.find((r) => r.code === c)?.rate as number);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(table.ranking).toHaveLength(15);
  });
});
