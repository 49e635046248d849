import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { createGeopointCaster } from "./geopoint";

describe("createGeopointCaster", () => {
  it("reads lon,lat with range checks", () => {
    const cast = createGeopointCaster();
    expect(cast("180,90")).toEqual([180, 90]);
    expect(cast("-68.84, -32.89")).toEqual([-68.84, -32.89]);
    for (const bad of ["181,90", "0,91", "1,2,3", "string", "3.14"])
      expect(isCastFailure(cast(bad))).toBe(true);
  });

  it("reads the array and object formats", () => {
    expect(createGeopointCaster("array")("[180, -90]")).toEqual([180, -90]);
    expect(createGeopointCaster("object")('{"lon": 180, "lat": 90}')).toEqual([180, 90]);
    expect(isCastFailure(createGeopointCaster("object")("[180, -90]"))).toBe(true);
    expect(isCastFailure(createGeopointCaster("object")('{"lon": 1, "lat": 2, "z": 3}'))).toBe(true);
    expect(isCastFailure(createGeopointCaster("array")("[181, 0]"))).toBe(true);
  });
});
