import { describe, expect, it } from "vitest";
import { isCastFailure } from "./failure";
import { createTimeCaster } from "./time";

describe("createTimeCaster", () => {
  it("normalises ISO times", () => {
    const cast = createTimeCaster();
    expect(cast("06:00:00")).toBe("06:00:00");
    expect(cast("06:00:00Z")).toBe("06:00:00Z");
    expect(cast("06:00:00+0100")).toBe("06:00:00+01:00");
    expect(cast("06:00:00.500")).toBe("06:00:00.5");
    for (const bad of ["06:00:00+1:00", "3 am", "3.00", "24:00:00", "06:00"])
      expect(isCastFailure(cast(bad))).toBe(true);
  });

  it("reads %H:%M and rejects impossible hours", () => {
    expect(createTimeCaster("%H:%M")("06:00")).toBe("06:00:00");
    expect(isCastFailure(createTimeCaster("%M:%H")("06:50"))).toBe(true);
    expect(isCastFailure(createTimeCaster("%H:%M")("3:00 am"))).toBe(true);
  });

  it("format any reads 12-hour clocks", () => {
    expect(createTimeCaster("any")("3:00 am")).toBe("03:00:00");
    expect(createTimeCaster("any")("11:45 PM")).toBe("23:45:00");
    expect(isCastFailure(createTimeCaster("any")("some night"))).toBe(true);
  });
});
