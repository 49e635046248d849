import { CiudataError, renderIssue } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "../assign/locate";
import { geoIssues } from "../messages/issues";
import { createGeoScan, normaliseTerritory } from "./scan";

const index = createAreaIndex(readAreas(twoBarrios));

/** Scans rows given as [lat, lon, territory] in the given batches; returns each row's code and the result. */
function scanRows(rows: readonly (readonly string[])[], batches: readonly number[] = [rows.length]) {
  const scan = createGeoScan(index, ["lat", "lon", "nombre"]);
  const codes = new Map<number, string>();
  let at = 0;
  for (const size of batches) {
    for (const [i, cells] of rows.slice(at, at + size).entries()) {
      const row = at + i + 2;
      codes.set(row, scan.place(cells, row).area?.code ?? "");
    }
    at += size;
  }
  return { codes, result: scan.result() };
}

describe("createGeoScan", () => {
  it("counts every kind of row and lists them without coordinates", () => {
    const { result } = scanRows([
      ["-34.65", "-58.45", "Oeste"], // 2 assigned
      ["-34,69", "-58,39", "ESTE"], // 3 assigned, decimal comma, name folded
      ["-34.69", "-58.39", "Oeste"], // 4 recorded Oeste, polygon Este
      ["", "-58.39", "Este"], // 5 missing
      ["0", "0", ""], // 6 zero
      ["-58.45", "-34.65", "Oeste"], // 7 swapped
      ["-3.465", "-58.45", "Oeste"], // 8 decimal point moved
      ["-34.0", "-57.0", ""], // 9 outside
      ["abc", "-58.4", ""], // 10 invalid
      ["-34.65", "-58.4", "Este"], // 11 on the shared border: A-ESTE
      ["-134.65", "-58.4", ""], // 12 out of range
    ]);
    expect(result.counts).toEqual({
      assigned: 4,
      "territory-mismatch": 1,
      "far-from-territory": 1,
      "on-boundary": 1,
      outside: 1,
      swapped: 1,
      shifted: 1,
      zero: 1,
      missing: 1,
      invalid: 1,
      "out-of-range": 1,
    });
    expect(result.findings).toEqual([
      { row: 4, kind: "territory-mismatch", recorded: "Oeste", area: "Este" },
      // 0.01° of longitude east of Oeste's border at latitude −34.69: 914 m (> 500 m).
      { row: 4, kind: "far-from-territory", recorded: "Oeste", metres: 914 },
      { row: 5, kind: "missing", recorded: "Este" },
      { row: 6, kind: "zero" },
      { row: 7, kind: "swapped", recorded: "Oeste", suggested: "Oeste" },
      { row: 8, kind: "shifted", recorded: "Oeste", suggested: "Oeste" },
      { row: 9, kind: "outside" },
      { row: 10, kind: "invalid" },
      { row: 11, kind: "on-boundary", recorded: "Este", area: "Este" },
      { row: 12, kind: "out-of-range" },
    ]);
    expect(result.byArea).toEqual({ "B-OESTE": 1, "A-ESTE": 3, "C-ISLA": 0 });
    expect(result.territoryColumn).toBe("nombre");
    expect(result.likelySwappedColumns).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/-34\.|-58\./);
  });

  it("compares territory names folded: case, accents, punctuation, spaces and leading zeros", () => {
    expect(normaliseTerritory(" Núñez ")).toBe(normaliseTerritory("NUNEZ"));
    expect(normaliseTerritory("Comuna 04")).toBe(normaliseTerritory("COMUNA 4"));
    expect(normaliseTerritory("Villa Gral. Mitre")).toBe(normaliseTerritory("VILLA GRAL MITRE"));
    expect(normaliseTerritory("Villa Crespo")).not.toBe(normaliseTerritory("Villa Urquiza"));
  });

  it("guesses swapped columns, never applies it, and reads one column of points", () => {
    const { codes, result } = scanRows([
      ["-58.45", "-34.65", ""],
      ["-58.39", "-34.69", ""],
    ]);
    expect([...codes.values()]).toEqual(["", ""]);
    expect(result.counts.swapped).toBe(2);
    expect(result.likelySwappedColumns).toBe(true);
    const wkt = createGeoScan(index, ["id", "wkt"]);
    expect(wkt.place(["1", "POINT (-58.45 -34.65)"], 2).area?.code).toBe("B-OESTE");
    expect(wkt.place(["2", "-34.69, -58.39"], 3).area?.code).toBe("A-ESTE");
    expect(wkt.result().columns).toEqual({ point: "wkt", how: "header" });
  });

  it("detects a swapped latitude and longitude of any valid point (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -58.499, max: -58.301, noNaN: true }),
        fc.double({ min: -34.699, max: -34.601, noNaN: true }),
        (lon, lat) => {
          const at = index.locate(lon, lat);
          fc.pre(at.area !== -1 && !at.onBoundary);
          const scan = createGeoScan(index, ["lat", "lon"]);
          const swapped = scan.place([String(lon), String(lat)], 2);
          expect(swapped.kind).toBe("swapped");
          expect(swapped.area).toBeNull();
          expect(swapped.suggested).toBe(index.layer.areas[at.area]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("assigns the same areas and counts for any row order and any batches (property)", () => {
    const cell = fc.oneof(
      fc.double({ min: -34.75, max: -34.55, noNaN: true }).map(String),
      fc.constantFrom("", "0", "abc", "-34,65", "-58,45"),
    );
    const row = fc.tuple(
      cell,
      fc.double({ min: -58.55, max: -58.1, noNaN: true }).map(String),
      fc.constantFrom("Oeste", "Este", ""),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer(),
        (rows, chunk, seed) => {
          const base = scanRows(rows);
          // The same rows (with their row numbers) in another order, in batches of `chunk`.
          const order = rows
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101) || a - b);
          const scan = createGeoScan(index, ["lat", "lon", "nombre"]);
          const codes = new Map<number, string>();
          for (let at = 0; at < order.length; at += chunk)
            for (const i of order.slice(at, at + chunk))
              codes.set(i + 2, scan.place(rows[i] as string[], i + 2).area?.code ?? "");
          const other = scan.result();
          expect(new Map([...codes].sort((a, b) => a[0] - b[0]))).toEqual(base.codes);
          expect(other.counts).toEqual(base.result.counts);
          expect(other.findings).toEqual(base.result.findings);
          expect(other.byArea).toEqual(base.result.byArea);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("refuses a header without coordinates, a named column that is not there, and projected coordinates", () => {
    const refused = (f: () => unknown): { type: string; es: string; en: string } => {
      try {
        f();
      } catch (e) {
        if (!(e instanceof CiudataError)) throw e;
        const issue = e.errors[0];
        return {
          type: issue.type,
          es: renderIssue(issue, "es", geoIssues),
          en: renderIssue(issue, "en", geoIssues),
        };
      }
      throw new Error("not refused");
    };
    const none = refused(() => createGeoScan(index, ["nombre", "edad"], { file: "padron.csv" }));
    expect(none.type).toBe("geo/no-coordinates");
    expect(none.es).toContain(
      "padron.csv no tiene columnas de latitud y longitud reconocibles (columnas: nombre, edad); nómbrelas con --lat y --lon",
    );
    const missing = refused(() =>
      createGeoScan(index, ["a", "b"], { lat: "a", lon: "lng", file: "padron.csv" }),
    );
    expect(missing.type).toBe("geo/unknown-column");
    expect(missing.en).toContain('padron.csv has no column "lng"; columns: a, b');
    const territory = refused(() => createGeoScan(index, ["lat", "lon"], { territory: "barrio" }));
    expect(territory.type).toBe("geo/unknown-column");
    const projected = refused(() => {
      const scan = createGeoScan(index, ["x", "y"], { file: "padron.csv" });
      scan.place(["102345.5", "98765.2"], 2);
      return scan.result();
    });
    expect(projected.type).toBe("geo/table-not-lon-lat");
    expect(projected.es).toContain("ninguna de las primeras 1 fila con coordenadas en y, x está en el rango");
    const many = createGeoScan(index, ["x", "y"]);
    expect(() => {
      for (let i = 0; i < 200; i++) many.place(["102345.5", "98765.2"], i + 2);
    }).toThrow(CiudataError);
  });

  it("keeps counting past the listed cap", () => {
    const scan = createGeoScan(index, ["lat", "lon"], { maxListed: 2 });
    for (let i = 0; i < 5; i++) scan.place(["-34.0", "-57.0"], i + 2);
    const result = scan.result();
    expect(result.counts.outside).toBe(5);
    expect(result.findings.map((f) => f.row)).toEqual([2, 3]);
  });
});
