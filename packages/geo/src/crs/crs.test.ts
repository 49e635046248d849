import { CiudataError, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { collection, feature, square, twoBarrios } from "../../test-support/fixtures";
import { readAreas } from "../areas/read";
import { createAreaIndex } from "../assign/locate";
import { createGeoScan } from "../check/scan";
import { geoIssues } from "../messages/issues";
import { KNOWN_CRS, normaliseCode, unprojection } from "./crs";

const close = (got: readonly number[], want: readonly number[]) => {
  expect(got[0]).toBeCloseTo(want[0] as number, 7);
  expect(got[1]).toBeCloseTo(want[1] as number, 7);
};

describe("unprojection", () => {
  // Each definition's own origin: the false easting/northing lands on the central meridian and origin latitude.
  it("puts each system's origin where its EPSG parameters say", () => {
    expect(unprojection("EPSG:5347")(5_500_000, 6_160_000)[0]).toBeCloseTo(-60, 9); // POSGAR 2007 / Argentina 5
    expect(unprojection("EPSG:5343")(1_500_000, 6_160_000)[0]).toBeCloseTo(-72, 9); // zone 1
    expect(unprojection("EPSG:22177")(7_500_000, 6_160_000)[0]).toBeCloseTo(-54, 9); // POSGAR 98 zone 7
    close(unprojection("EPSG:9498")(20_000, 70_000), [-58.4633083333333, -34.6292666666667]); // CABA 2019
    expect(unprojection("EPSG:32721")(500_000, 6_170_000)[0]).toBeCloseTo(-57, 9); // WGS 84 / UTM 21S
    expect(unprojection("EPSG:31983")(500_000, 7_395_000)[0]).toBeCloseTo(-45, 9); // SIRGAS 2000 / UTM 23S
    expect(unprojection("EPSG:5361")(500_000, 6_300_000)[0]).toBeCloseTo(-69, 9); // SIRGAS-Chile / UTM 19S
    expect(unprojection("EPSG:6369")(500_000, 2_150_000)[0]).toBeCloseTo(-99, 9); // Mexico UTM 14N
    close(unprojection("EPSG:6372")(2_500_000, 0), [-102, 12]); // INEGI LCC
    close(unprojection("EPSG:9377")(5_000_000, 2_000_000), [-73, 4]); // Colombia Origen-Nacional
    close(unprojection("EPSG:3857")(0, 0), [0, 0]);
    // The southern hemisphere: northing 10,000 km at the equator.
    expect(unprojection("EPSG:32721")(500_000, 10_000_000)[1]).toBeCloseTo(0, 9);
  });

  it("reads the code however it is written, and refuses an unknown one listing the known", () => {
    for (const code of ["EPSG:5347", "epsg:5347", "5347", "urn:ogc:def:crs:EPSG::5347"])
      expect(normaliseCode(code), code).toBe("EPSG:5347");
    expect(KNOWN_CRS["EPSG:9498"]).toBe("POSGAR 2007 / CABA 2019");
    try {
      unprojection("EPSG:22195");
      throw new Error("not refused");
    } catch (e) {
      if (!(e instanceof CiudataError)) throw e;
      expect(e.errors[0].type).toBe("geo/unknown-crs");
      expect(renderIssue(e.errors[0], "es", geoIssues)).toContain(
        "«EPSG:22195» no es un sistema conocido; se conocen: EPSG:5343",
      );
    }
  });
});

describe("projected input", () => {
  it("reprojects areas in a declared or named system", () => {
    const metres = (crs?: unknown) => ({
      ...(collection(feature({ barrio: "Flores" }, [square(20_000, 70_000, 1_000)])) as object),
      ...(crs === undefined ? {} : { crs: { type: "name", properties: { name: crs } } }),
    });
    const declared = readAreas(metres("urn:ogc:def:crs:EPSG::9498"));
    expect(declared.crs).toBe("EPSG:9498");
    const ring = declared.areas[0]?.polygons[0]?.[0] as Float64Array;
    close([ring[0] as number, ring[1] as number], [-58.4633083333333, -34.6292666666667]);
    const named = readAreas(metres(), { crs: "EPSG:9498" });
    expect(Array.from(named.areas[0]?.polygons[0]?.[0] ?? [])).toEqual(Array.from(ring));
    // Without a known system, projected areas are refused (and the message names --areas-crs).
    try {
      readAreas(metres("urn:ogc:def:crs:EPSG::22195"));
      throw new Error("not refused");
    } catch (e) {
      if (!(e instanceof CiudataError)) throw e;
      expect(renderIssue(e.errors[0], "es", geoIssues)).toContain("nombre su sistema con --areas-crs");
    }
  });

  it("reprojects a table's easting and northing before placing them, (0, 0) still a placeholder", () => {
    const index = createAreaIndex(readAreas(twoBarrios));
    const toLonLat = unprojection("EPSG:5347");
    const scan = createGeoScan(index, ["x", "y"], { crs: "EPSG:5347" });
    // Eastings and northings whose reprojection falls in each barrio.
    const rows: [number, number][] = [];
    for (let x = 5_636_000; x < 5_658_000; x += 1_000)
      for (let y = 6_159_000; y < 6_172_000; y += 1_000) rows.push([x, y]);
    let placed = 0;
    for (const [i, [x, y]] of rows.entries()) {
      const [lon, lat] = toLonLat(x, y);
      const want = index.locate(lon, lat).area;
      const got = scan.place([String(x), String(y)], i + 2);
      expect(got.area === null ? -1 : index.layer.areas.indexOf(got.area)).toBe(want);
      if (want !== -1) placed++;
    }
    expect(placed).toBeGreaterThan(0);
    expect(scan.place(["0", "0"], 999).kind).toBe("zero");
  });
});
