import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectCoordinateColumns } from "./detect";
import { parseCoordinate, parsePointCell } from "./parse";

describe("detectCoordinateColumns", () => {
  it.each([
    [["LNG", "LAT", "BARRIO"], { lat: 1, lon: 0 }],
    [["id", "Latitud", "Longitud"], { lat: 1, lon: 2 }],
    [["latitude", "longitude"], { lat: 0, lon: 1 }],
    [["lon", "lat"], { lat: 1, lon: 0 }],
    [["nome", "long", "lat"], { lat: 2, lon: 1 }],
    [["coord_x", "coord_y"], { lat: 1, lon: 0 }],
    [["X", "Y", "barrio"], { lat: 1, lon: 0 }],
    // lat/lon win over x/y (often projected metres).
    [["x", "y", "lat", "lng"], { lat: 2, lon: 3 }],
  ])("finds latitude and longitude in %j", (labels, where) => {
    expect(detectCoordinateColumns(labels)).toEqual({ kind: "pair", ...where, how: "header" });
  });

  it("finds one column holding both, and says nothing when there are no coordinates", () => {
    expect(detectCoordinateColumns(["id", "Ubicación"])).toEqual({
      kind: "single",
      column: 1,
      how: "header",
    });
    expect(detectCoordinateColumns(["WKT", "nombre"])).toEqual({ kind: "single", column: 0, how: "header" });
    expect(detectCoordinateColumns(["nombre", "barrio", "edad"])).toBeNull();
  });

  it("takes the columns named, and says which is missing", () => {
    expect(detectCoordinateColumns(["a", "b"], { lat: "b", lon: "a" })).toEqual({
      kind: "pair",
      lat: 1,
      lon: 0,
      how: "given",
    });
    expect(detectCoordinateColumns(["a", "b"], { lat: "b", lon: "c" })).toEqual({ missing: "c" });
    expect(detectCoordinateColumns(["a", "Punto GPS"], { point: "punto gps" })).toEqual({
      kind: "single",
      column: 1,
      how: "given",
    });
  });
});

describe("parseCoordinate", () => {
  it("reads decimal points and commas, a Unicode minus, and nothing else", () => {
    expect(parseCoordinate("-58,50761514092000")).toBe(-58.50761514092);
    expect(parseCoordinate(" -34.6037 ")).toBe(-34.6037);
    expect(parseCoordinate("\u221234.6")).toBe(-34.6);
    expect(parseCoordinate("-34")).toBe(-34);
    for (const bad of ["", "-34.603.123", "34°36'S", "abc", "1,234,5"])
      expect(parseCoordinate(bad), bad).toBeNaN();
  });
});

describe("parsePointCell", () => {
  it("reads WKT points as longitude latitude", () => {
    expect(parsePointCell("POINT (-58.437 -34.552)")).toEqual([-58.437, -34.552]);
    expect(parsePointCell("point(-58.437 -34.552)")).toEqual([-58.437, -34.552]);
    expect(parsePointCell("SRID=4326;POINT Z (-58.437 -34.552 25)")).toEqual([-58.437, -34.552]);
  });

  it("reads two numbers as latitude, longitude, with decimal points or commas", () => {
    expect(parsePointCell("-34.6, -58.4")).toEqual([-58.4, -34.6]);
    expect(parsePointCell("-34,6; -58,4")).toEqual([-58.4, -34.6]);
    expect(parsePointCell("-34,6,-58,4")).toEqual([-58.4, -34.6]);
    expect(parsePointCell("(-34.6 -58.4)")).toEqual([-58.4, -34.6]);
  });

  it("gives null for a cell holding no point", () => {
    for (const bad of ["", "LINESTRING (0 0, 1 1)", "Palermo", "-34.6", "1, 2, 3"])
      expect(parsePointCell(bad), bad).toBeNull();
  });
});

describe("parseCoordinate's fast path", () => {
  it("reads a plain decimal exactly as Number does, up to 15 digits and past them (property)", () => {
    const digits = (min: number, max: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(""));
    fc.assert(
      fc.property(fc.boolean(), digits(1, 12), fc.option(digits(1, 12)), (negative, whole, decimals) => {
        const text = `${negative ? "-" : ""}${whole}${decimals === null ? "" : `.${decimals}`}`;
        expect(Object.is(parseCoordinate(text), Number(text)), text).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(parseCoordinate("-34.603700")).toBe(-34.6037);
    expect(Object.is(parseCoordinate("-0.0"), -0)).toBe(true);
    expect(parseCoordinate("12.")).toBeNaN();
    expect(parseCoordinate(".5")).toBe(0.5);
  });
});
