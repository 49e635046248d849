import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { castYearMonth } from "./yearmonth";

describe("castYearMonth", () => {
  it("reads YYYY-MM as [year, month]", () => {
    expect(castYearMonth("2000-10")).toEqual([2000, 10]);
    expect(castYearMonth("2000-1")).toEqual([2000, 1]);
    for (const bad of ["2000-13", "2000-0", "13", "3.14", "2000/10"])
      expect(isCastFailure(castYearMonth(bad))).toBe(true);
  });
});
