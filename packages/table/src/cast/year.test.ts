import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { castYear } from "./year";

describe("castYear", () => {
  it("reads four-digit years only", () => {
    expect(castYear("2000")).toBe(2000);
    for (const bad of ["3.14", "200", "20000", "-200", "year"])
      expect(isCastFailure(castYear(bad))).toBe(true);
  });
});
