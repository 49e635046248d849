import { CiudataError, renderIssue } from "@ciudata/core";
import { describe, expect, it } from "vitest";
import { collection, feature, square, twoBarrios } from "../../test-support/fixtures";
import { geoIssues } from "../messages/issues";
import { readAreas } from "./read";

/** The error `readAreas` throws for the input, with its message in Spanish and English. */
function refused(input: unknown, options = {}): { type: string; es: string; en: string } {
  try {
    readAreas(input, { file: "barrios.geojson", ...options });
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
}

describe("readAreas", () => {
  it("detects the code and name properties and says it did", () => {
    const layer = readAreas(twoBarrios);
    expect(layer).toMatchObject({
      codeField: "codigo",
      nameField: "nombre",
      chosen: { code: "detected", name: "detected" },
    });
    expect(layer.areas.map((a) => [a.code, a.name, a.polygons.length])).toEqual([
      ["B-OESTE", "Oeste", 1],
      ["A-ESTE", "Este", 1],
      ["C-ISLA", "Isla", 2],
    ]);
    expect(layer.areas[1]?.polygons[0]).toHaveLength(2); // the outer ring and its hole
    expect(layer.bbox.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([-58.5, -34.7, -58.15, -34.6]);
  });

  it("uses the names as codes when there is no code, and a unique numeric id as a code", () => {
    const names = readAreas(
      collection(feature({ BARRIO: "Palermo", comuna: 14 }, [square(-58.4, -34.6, 0.01)])),
    );
    expect(names).toMatchObject({ codeField: null, nameField: "BARRIO", chosen: { code: "none" } });
    expect(names.areas[0]).toMatchObject({ code: "Palermo", name: "Palermo" });
    const ids = readAreas(
      collection(
        feature({ id: 7, nombre: "Centro" }, [square(-58.4, -34.6, 0.01)]),
        feature({ id: 8, nombre: "Norte" }, [square(-58.4, -34.5, 0.01)]),
      ),
    );
    expect(ids.areas.map((a) => a.code)).toEqual(["7", "8"]);
  });

  it("takes the properties named, and refuses one a feature lacks with its place", () => {
    const layer = readAreas(twoBarrios, { codeField: "nombre", nameField: "codigo" });
    expect(layer.chosen).toEqual({ code: "given", name: "given" });
    expect(layer.areas[0]).toMatchObject({ code: "Oeste", name: "B-OESTE" });
    const bad = refused(twoBarrios, { nameField: "barrio" });
    expect(bad.type).toBe("geo/unknown-field");
    expect(bad.es).toContain(
      "no tiene la propiedad «barrio» en features[0].properties; propiedades: codigo, nombre",
    );
  });

  it("reads a TopoJSON topology: quantized arcs, shared arcs reversed, ids kept", () => {
    // Two unit squares side by side sharing arc 1 (the middle edge), quantized with a transform.
    const topology = {
      type: "Topology",
      transform: { scale: [0.1, 0.1], translate: [-58.5, -34.7] },
      arcs: [
        // West square minus the middle edge: (1,0)→(0,0)→(0,1)→(1,1).
        [
          [1, 0],
          [-1, 0],
          [0, 1],
          [1, 0],
        ],
        // The middle edge: (1,1)→(1,0).
        [
          [1, 1],
          [0, -1],
        ],
        // East square minus the middle edge: (1,1)→(2,1)→(2,0)→(1,0).
        [
          [1, 1],
          [1, 0],
          [0, -1],
          [-1, 0],
        ],
      ],
      objects: {
        barrios: {
          type: "GeometryCollection",
          geometries: [
            { type: "Polygon", arcs: [[0, 1]], id: "O", properties: { nombre: "Oeste" } },
            { type: "Polygon", arcs: [[2, ~1]], id: "E", properties: { nombre: "Este" } },
          ],
        },
      },
    };
    const layer = readAreas(topology);
    expect(layer).toMatchObject({ codeField: "id", nameField: "nombre" });
    const west = layer.areas[0]?.polygons[0]?.[0] as Float64Array;
    expect(Array.from(west, (v) => Math.round(v * 1e6) / 1e6)).toEqual([
      -58.4, -34.7, -58.5, -34.7, -58.5, -34.6, -58.4, -34.6, -58.4, -34.7,
    ]);
    expect(layer.areas[1]?.polygons[0]?.[0]).toHaveLength(10);
  });

  it("refuses what is not a FeatureCollection, saying what it is", () => {
    const one = refused(feature({ nombre: "x" }, [square(0, 0, 1)]));
    expect(one.type).toBe("geo/not-feature-collection");
    expect(one.es).toContain('barrios.geojson es {"type": "Feature"}, no una FeatureCollection');
    expect(one.en).toContain("not a GeoJSON FeatureCollection");
    expect(refused([1, 2]).type).toBe("geo/not-feature-collection");
  });

  it("refuses a ring that does not close, naming the feature and ring and both ends", () => {
    const open = square(-58.4, -34.6, 0.01).slice(0, 4);
    open.push([-58.4, -34.59]);
    const bad = refused(
      collection(feature({ nombre: "a" }, [square(-58.5, -34.6, 0.01)]), feature({ nombre: "b" }, [open])),
    );
    expect(bad.type).toBe("geo/ring-not-closed");
    expect(bad.es).toContain(
      "features[1].geometry.coordinates[0]: el anillo empieza en [-58.4, -34.6] y termina en [-58.4, -34.59]",
    );
    expect(bad.en).toContain("the last position repeats the first");
  });

  it("refuses projected coordinates, naming the position and the declared system, and how to fix it", () => {
    const projected = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::22195" } },
      features: [feature({ nombre: "a" }, [square(20000, 70000, 100)])],
    };
    const bad = refused(projected);
    expect(bad.type).toBe("geo/not-lon-lat");
    expect(bad.es).toContain(
      "features[0].geometry.coordinates[0][0]: la posición [20000, 70000] está fuera del rango",
    );
    expect(bad.es).toContain("declara el sistema urn:ogc:def:crs:EPSG::22195");
    expect(bad.es).toContain("EPSG:4326");
    expect(bad.en).toContain("look like projected coordinates (metres)");
  });

  it("refuses areas with no code or name property, listing the properties", () => {
    const bad = refused(collection(feature({ area_m2: 120, perimetro: 30 }, [square(0, 0, 1)])));
    expect(bad.type).toBe("geo/no-code-name");
    expect(bad.es).toContain(
      "(propiedades: area_m2, perimetro); indique cuál usar con --code-field y --name-field",
    );
    expect(bad.en).toContain("say which to use with --code-field and --name-field");
  });

  it("refuses a geometry that is not a polygon, and a layer with no polygon", () => {
    const point = refused(
      collection({
        type: "Feature",
        properties: { nombre: "x" },
        geometry: { type: "Point", coordinates: [0, 0] },
      }),
    );
    expect(point.type).toBe("geo/bad-geometry");
    expect(point.es).toContain("features[0].geometry: se esperaba un polígono («Polygon» o «MultiPolygon»)");
    expect(point.es).toContain('{"type":"Point"}');
    expect(refused(collection()).type).toBe("geo/no-areas");
    const nulls = readAreas(
      collection(feature({ nombre: "a" }, [square(0, 0, 1)]), {
        type: "Feature",
        properties: { nombre: "b" },
        geometry: null,
      }),
    );
    expect(nulls.skipped).toBe(1);
  });
});
