import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { createStringCaster } from "./string";
import { isWkt } from "./wkt";

describe("createStringCaster", () => {
  it("default accepts any text", () => {
    expect(createStringCaster()("string")).toBe("string");
  });
  it("checks email, uri, uuid, binary", () => {
    expect(createStringCaster("email")("name@gmail.com")).toBe("name@gmail.com");
    expect(isCastFailure(createStringCaster("email")("http://google.com"))).toBe(true);
    expect(createStringCaster("uri")("http://google.com")).toBe("http://google.com");
    expect(isCastFailure(createStringCaster("uri")("://no-scheme.test"))).toBe(true);
    expect(isCastFailure(createStringCaster("uri")("string"))).toBe(true);
    expect(createStringCaster("uuid")("95ecc380-afe9-11e4-9b6c-751b66dd541e")).toBeTypeOf("string");
    expect(isCastFailure(createStringCaster("uuid")("95ecc380afe9"))).toBe(true);
    expect(createStringCaster("binary")("dGVzdA==")).toBe("dGVzdA==");
    expect(isCastFailure(createStringCaster("binary")("string"))).toBe(true);
  });
});

describe("isWkt", () => {
  it("accepts valid geometries", () => {
    for (const ok of [
      "POINT (30 10)",
      "POINT Z (1 2 3)",
      "POINT EMPTY",
      "LINESTRING (30 10, 10 30, 40 40)",
      "POLYGON ((35 10, 45 45, 15 40, 10 20, 35 10),(20 30, 35 35, 30 20, 20 30))",
      "MULTIPOINT ((10 40), (40 30), (20 20), (30 10))",
      "MULTIPOINT (10 40, 40 30)",
      "MULTILINESTRING ((10 10, 20 20, 10 40),(40 40, 30 30, 40 20, 30 10))",
      "MULTIPOLYGON (((30 20, 45 40, 10 40, 30 20)),((15 5, 40 10, 10 20, 5 10, 15 5)))",
      "GEOMETRYCOLLECTION (POINT (40 10),LINESTRING (10 10, 20 20, 10 40),POLYGON ((40 40, 20 45, 45 30, 40 40)))",
      "CURVEPOLYGON(COMPOUNDCURVE(CIRCULARSTRING (0 0,1 1,2 0),(2 0,0 0)))",
      "TRIANGLE((0 0, 1 0, 0.5 1, 0 0))",
      "SRID=4326;POINT (-68.8 -32.9)",
    ]) {
      expect(isWkt(ok), ok).toBe(true);
    }
  });
  it("rejects unbalanced or unknown geometries", () => {
    for (const bad of [
      "POLYGON ((30 10, 40 40, 20 40, 10 20, 30 10)",
      "CIRCLE (1 2)",
      "POINT (1)",
      "POINT (1 2, 3 4)",
      "string",
      "",
      "POINT 30 10",
    ]) {
      expect(isWkt(bad), bad).toBe(false);
    }
  });
});
