import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAreasFile } from "./areas";
import { scanFile } from "./scan";

// Acceptance on the real Buenos Aires files: every point assigned, every disagreement between the
// recorded BARRIO and the containing polygon reported with its row, the points in no barrio reported, and
// all of it equal to an independent computation written here (winding numbers over every polygon, no
// index, its own CSV split, decimal commas and name folding).

const SHARED = process.env.CIUDATA_SHARED ?? fileURLToPath(new URL("../../../../../shared", import.meta.url));
const BARRIOS = join(SHARED, "data/geo/ar_caba_barrios.geojson");
const REAL = join(SHARED, "data/real");
const present = existsSync(BARRIOS) && existsSync(join(REAL, "ar_caba_gcba_hospitales.csv"));
if (!present)
  console.warn(
    `geo real-data acceptance skipped: ${BARRIOS} not found (set CIUDATA_SHARED to the shared folder)`,
  );

type Ring = number[][];
interface Feature {
  properties: { barrio: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

/** Winding number of a closed ring around (x, y) (Sunday's algorithm): 0 outside. */
function winding(ring: Ring, x: number, y: number): number {
  let wn = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i] as [number, number];
    const [x1, y1] = ring[i + 1] as [number, number];
    const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
    if (y0 <= y) {
      if (y1 > y && side > 0) wn++;
    } else if (y1 <= y && side < 0) wn--;
  }
  return wn;
}

/** Every barrio whose polygon holds the point (outer ring winds around it, no hole does). */
function containing(features: readonly Feature[], x: number, y: number): string[] {
  const out: string[] = [];
  for (const f of features) {
    const polygons = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    const hit = polygons.some(
      ([outer, ...holes]) => winding(outer as Ring, x, y) !== 0 && holes.every((h) => winding(h, x, y) === 0),
    );
    if (hit) out.push(f.properties.barrio);
  }
  return out;
}

const fold = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();

interface Expected {
  rows: number;
  assigned: Map<number, string>;
  outside: number[];
  mismatches: number[];
  /** The barrio of the points in none, once their latitude is multiplied by ten. */
  shiftedTenfold: Map<number, string>;
}

/** The independent answer for one file: `;`-separated, coordinates in columns 0 (lon) and 1 (lat). */
function expected(file: string, encoding: string, barrioColumn: number): Expected {
  const features = (JSON.parse(readFileSync(BARRIOS, "utf8")) as { features: Feature[] }).features;
  const lines = new TextDecoder(encoding).decode(readFileSync(file)).split("\n").slice(1);
  const out: Expected = {
    rows: 0,
    assigned: new Map(),
    outside: [],
    mismatches: [],
    shiftedTenfold: new Map(),
  };
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    out.rows++;
    const row = i + 2;
    const cells = line.split(";");
    const x = Number((cells[0] as string).replace(",", "."));
    const y = Number((cells[1] as string).replace(",", "."));
    const hits = containing(features, x, y);
    expect(hits.length, `row ${row} lies in one barrio at most`).toBeLessThanOrEqual(1);
    const hit = hits[0];
    if (hit === undefined) {
      out.outside.push(row);
      const fixed = containing(features, x, y * 10);
      if (fixed.length === 1) out.shiftedTenfold.set(row, fixed[0] as string);
    } else {
      out.assigned.set(row, hit);
      if (fold(cells[barrioColumn] as string) !== fold(hit)) out.mismatches.push(row);
    }
  });
  return out;
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "geo-real-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!present)("geo assign and check on the real Buenos Aires files", () => {
  for (const [name, encoding, barrioColumn, counts] of [
    ["ar_caba_gcba_sitios_wifi.csv", "utf-8", 13, { assigned: 502, "territory-mismatch": 45, shifted: 0 }],
    ["ar_caba_gcba_hospitales.csv", "latin1", 20, { assigned: 33, "territory-mismatch": 1, shifted: 3 }],
  ] as const) {
    it(`${name}: counts, rows and barrios equal an independent point-in-polygon`, async () => {
      const barrios = await readAreasFile(BARRIOS);
      expect(barrios.areas).toHaveLength(48);
      expect(barrios).toMatchObject({ nameField: "barrio", codeField: null, chosen: { name: "detected" } });
      const file = join(REAL, name);
      const want = expected(file, encoding, barrioColumn);
      const out = join(dir, name);
      const got = await scanFile(file, barrios, { out });

      expect(got.rows).toBe(want.rows);
      // The numbers the guide quotes (docs/*/geo.md), from the computation below.
      expect(got.counts).toMatchObject(counts);
      expect(got.territoryColumn).toBe("BARRIO");
      expect(got.columns).toEqual({ lat: "LAT", lon: "LNG", how: "header" });
      expect(got.counts.assigned).toBe(want.assigned.size);
      // A point in no barrio is reported as outside, or as a guess (latitude and longitude swapped, a
      // decimal point moved: hospitals at latitude -3.46 for -34.6) naming the barrio of the fix.
      const unplaced = got.counts.outside + got.counts.swapped + got.counts.shifted;
      expect(unplaced).toBe(want.outside.length);
      expect(got.counts.assigned + unplaced).toBe(want.rows);
      expect(got.counts["territory-mismatch"]).toBe(want.mismatches.length);
      const rowsOf = (kind: string) => got.findings.filter((f) => f.kind === kind).map((f) => f.row);
      expect(
        [...rowsOf("outside"), ...rowsOf("swapped"), ...rowsOf("shifted")].sort((a, b) => a - b),
      ).toEqual(want.outside);
      for (const f of got.findings.filter((f) => f.kind === "shifted"))
        expect(f.suggested).toBe(want.shiftedTenfold.get(f.row));
      expect(rowsOf("territory-mismatch")).toEqual(want.mismatches);
      for (const f of got.findings.filter((f) => f.kind === "territory-mismatch")) {
        expect(f.recorded).toBeTruthy();
        expect(f.area).toBe(want.assigned.get(f.row));
      }

      // The written table: the input's rows and columns, then the barrio found (code = name here).
      const written = (await readFile(out, "utf8")).trimEnd().split("\n");
      expect(written[0]?.split(";").slice(-2)).toEqual(["territorio_codigo", "territorio_nombre"]);
      expect(written).toHaveLength(want.rows + 1);
      written.slice(1).forEach((line, i) => {
        const barrio = want.assigned.get(i + 2) ?? "";
        expect(line.endsWith(`;${barrio};${barrio}`), `row ${i + 2}: ${barrio}`).toBe(true);
      });
    });
  }
});
