import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { castObject } from "./object";

describe("castObject", () => {
  it("reads JSON objects only", () => {
    expect(castObject("{}")).toEqual({});
    expect(castObject('{"key": "value"}')).toEqual({ key: "value" });
    for (const bad of ["[]", "string", "1", "3.14", "null"])
      expect(isCastFailure(castObject(bad))).toBe(true);
  });
  it("a JSON object with a failure key is a value, not a failure", () => {
    expect(isCastFailure(castObject('{"failure": true, "reason": "x"}'))).toBe(false);
  });
});
