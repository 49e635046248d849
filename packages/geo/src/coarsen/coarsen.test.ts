import { type CiudataError, renderIssue } from "@ciudata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "../assign/locate";
import { geoIssues } from "../messages/issues";
import { createCoarsener, snapToGrid } from "./coarsen";

/** Haversine distance in metres (written here, not the library's). */
function metres(a: [number, number], b: [number, number]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(b[1] - a[1]) / 2) ** 2 +
    Math.cos(r(a[1])) * Math.cos(r(b[1])) * Math.sin(r(b[0] - a[0]) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe("snapToGrid", () => {
  it("moves a point to its cell's centre, at most half a diagonal away, and every point of a cell alike", () => {
    expect(snapToGrid(-58.43702, -34.55251, 500)).toEqual([-58.43847, -34.554137]);
    fc.assert(
      fc.property(
        fc.double({ min: -58.6, max: -58.3, noNaN: true }),
        fc.double({ min: -34.75, max: -34.5, noNaN: true }),
        fc.constantFrom(100, 250, 500, 1000),
        (lon, lat, size) => {
          const c = snapToGrid(lon, lat, size);
          expect(metres([lon, lat], c)).toBeLessThanOrEqual((size / Math.SQRT2) * 1.01 + 0.2);
          // The centre is its own cell's centre: snapping twice changes nothing.
          expect(snapToGrid(c[0], c[1], size)).toEqual(c);
        },
      ),
    );
  });
});

describe("createCoarsener", () => {
  it("replaces each point by its grid cell and empties what cannot be coarsened, never left in clear", () => {
    const c = createCoarsener(["id", "lat", "lon"], { grid: 1000 });
    expect(c.coarsen(["1", "-34.55251", "-58.43702"])).toEqual(["1", "-34.556385", "-58.43732"]);
    expect(c.coarsen(["2", "-34,55255", "-58,43705"])).toEqual(["2", "-34.556385", "-58.43732"]);
    expect(c.coarsen(["3", "0", "0"])).toEqual(["3", "", ""]);
    expect(c.coarsen(["4", "abc", "-58.4"])).toEqual(["4", "", ""]);
    expect(c.result()).toEqual({
      rows: 4,
      coarsened: 2,
      emptied: 2,
      cells: 1,
      smallestCell: 2,
      rowsBelowK: 2,
      k: 5,
    });
  });

  it("replaces the coordinate columns by the territory's code and name", () => {
    const c = createCoarsener(["nombre", "lat", "lng", "sexo"], {
      areas: createAreaIndex(readAreas(twoBarrios)),
    });
    expect(c.header).toEqual(["nombre", "sexo", "territorio_codigo", "territorio_nombre"]);
    expect(c.coarsen(["Ana", "-34.65", "-58.45", "F"])).toEqual(["Ana", "F", "B-OESTE", "Oeste"]);
    expect(c.coarsen(["Luis", "-34.0", "-57.0", "M"])).toEqual(["Luis", "M", "", ""]);
    expect(c.result()).toMatchObject({ coarsened: 1, emptied: 1, cells: 1, smallestCell: 1 });
  });

  it("refuses a grid that is not a positive number of metres and a table without coordinates", () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return renderIssue((e as CiudataError).errors[0], "es", geoIssues);
      }
      throw new Error("no error");
    };
    expect(issue(() => createCoarsener(["lat", "lon"], { grid: 0 }))).toContain("--grid «0»");
    expect(issue(() => createCoarsener(["id", "nombre"], { grid: 100 }))).toContain(
      "no tiene columnas de latitud",
    );
  });
});
