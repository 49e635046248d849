import { describe, expect, it } from "vitest";
import { castArray } from "./array";
import { isCastFailure } from "./failure";

describe("castArray", () => {
  it("reads JSON arrays only", () => {
    expect(castArray("[]")).toEqual([]);
    expect(castArray('["a", 1]')).toEqual(["a", 1]);
    for (const bad of ["{}", "string", "1"]) expect(isCastFailure(castArray(bad))).toBe(true);
  });
});
