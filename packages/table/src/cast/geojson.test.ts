import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { createGeojsonCaster } from "./geojson";

describe("createGeojsonCaster", () => {
  const cast = createGeojsonCaster();
  it("accepts geometries, features and collections", () => {
    expect(cast('{"type":"Point","coordinates":[-68.8,-32.9]}')).toEqual({
      type: "Point",
      coordinates: [-68.8, -32.9],
    });
    expect(isCastFailure(cast('{"type":"Feature","geometry":null,"properties":{"id":1}}'))).toBe(false);
    expect(isCastFailure(cast('{"type":"FeatureCollection","features":[]}'))).toBe(false);
    expect(isCastFailure(cast('{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}'))).toBe(false);
  });
  it("rejects wrong shapes", () => {
    for (const bad of ['{"type":"Point","coordinates":[1]}', '{"type":"Circle"}', "[]", "string"])
      expect(isCastFailure(cast(bad))).toBe(true);
    expect(isCastFailure(createGeojsonCaster("topojson")('{"type":"Topology","objects":{}}'))).toBe(false);
  });
});
