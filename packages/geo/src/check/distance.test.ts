import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "../assign/locate";
import { distanceToArea, haversine } from "./distance";
import { createGeoScan } from "./scan";

const layer = readAreas(twoBarrios);
const oeste = layer.areas.find((a) => a.code === "B-OESTE");
if (oeste === undefined) throw new Error("fixture");

describe("distanceToArea", () => {
  it("measures from a point east of a square to its eastern border, as the haversine of that gap", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0005, max: 0.05, noNaN: true }),
        fc.double({ min: -34.69, max: -34.61, noNaN: true }),
        (dx, lat) => {
          // Oeste spans −58.5 … −58.4: a point dx east of its border at the same latitude.
          const d = distanceToArea(oeste, -58.4 + dx, lat);
          expect(d).toBeCloseTo(haversine(-58.4, lat, -58.4 + dx, lat), 3);
        },
      ),
    );
    expect(Math.round(distanceToArea(oeste, -58.39, -34.69))).toBe(914);
    expect(Math.round(haversine(-58.3816, -34.6037, -58.437, -34.5525))).toBe(7625);
  });

  it("makes a mismatch far only beyond farMetres (a slip across the border is not far)", () => {
    const scan = createGeoScan(createAreaIndex(layer), ["lat", "lon", "nombre"], { farMetres: 500 });
    scan.place(["-34.65", "-58.397", "Oeste"], 2); // 275 m into Este: a border slip
    scan.place(["-34.65", "-58.38", "Oeste"], 3); // 1.8 km into Este
    const r = scan.result();
    expect(r.counts["territory-mismatch"]).toBe(2);
    expect(r.counts["far-from-territory"]).toBe(1);
    expect(r.findings.filter((f) => f.kind === "far-from-territory")).toEqual([
      { row: 3, kind: "far-from-territory", recorded: "Oeste", metres: 1829 },
    ]);
  });

  it("counts exact points shared by k rows or more, as groups and rows, without the coordinates", () => {
    const scan = createGeoScan(createAreaIndex(layer), ["lat", "lon"], { sharedPoints: 3 });
    const rows = [
      ["-34.65", "-58.45"],
      ["-34.650", "-58.450"],
      ["-34,65", "-58,45"],
      ["-34.66", "-58.46"],
      ["-34.66", "-58.46"],
      ["0", "0"],
      ["0", "0"],
      ["0", "0"],
    ];
    for (const [i, cells] of rows.entries()) scan.place(cells, i + 2);
    const r = scan.result();
    // One point written three ways is one point; two rows are below k; (0, 0) is counted as zero instead.
    expect(r.sharedPoints).toEqual({ k: 3, groups: 1, rows: 3 });
    expect(JSON.stringify(r)).not.toMatch(/-34\.6|-58\.4/);
    expect(createGeoScan(createAreaIndex(layer), ["lat", "lon"]).result().sharedPoints).toBeNull();
  });
});
