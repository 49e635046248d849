import { describe, expect, it } from "vitest";
import { castDuration } from "./duration";
import { isCastFailure } from "./failure";

describe("castDuration", () => {
  it("reads ISO 8601 durations into Duration objects (the shape of date-fns' Duration)", () => {
    expect(castDuration("P1Y10M3DT5H11M7S")).toEqual({
      years: 1,
      months: 10,
      days: 3,
      hours: 5,
      minutes: 11,
      seconds: 7,
    });
    expect(castDuration("PT1S")).toEqual({ seconds: 1 });
    expect(castDuration("PT1.5S")).toEqual({ seconds: 1.5 });
    expect(castDuration("P2W")).toEqual({ weeks: 2 });
  });

  it("rejects units out of order, negatives and prose", () => {
    for (const bad of ["P1M1Y", "P-1Y", "-P1Y", "year", "P", "PT", "P1YT", "P1H"])
      expect(isCastFailure(castDuration(bad))).toBe(true);
  });
});
