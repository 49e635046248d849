import { describe, expect, it } from "vitest";
import { createDatetimeCaster } from "./datetime";
import { isCastFailure } from "./failure";

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

describe("createDatetimeCaster", () => {
  const cast = createDatetimeCaster();

  it("reads ISO datetimes; naive ones as UTC", () => {
    expect(iso(cast("2014-01-01T06:00:00"))).toBe("2014-01-01T06:00:00.000Z");
    expect(iso(cast("2014-01-01T06:00:00Z"))).toBe("2014-01-01T06:00:00.000Z");
    expect(iso(cast("2014-01-01T06:00:00+01:00"))).toBe("2014-01-01T05:00:00.000Z");
    expect(iso(cast("2014-01-01 06:00:00.250-03:00"))).toBe("2014-01-01T09:00:00.250Z");
  });

  it("rejects malformed offsets and prose", () => {
    for (const bad of [
      "2014-01-01T06:00:00+1:00",
      "Mon 1st Jan 2014 9 am",
      "2014-01-01",
      "2014-01-01T25:00:00",
    ]) {
      expect(isCastFailure(cast(bad))).toBe(true);
    }
  });

  it("reads strptime patterns", () => {
    expect(iso(createDatetimeCaster("%d/%m/%y %H:%M")("21/11/06 16:30"))).toBe("2006-11-21T16:30:00.000Z");
    expect(isCastFailure(createDatetimeCaster("%H:%M %d/%m/%y")("21/11/06 16:30"))).toBe(true);
    expect(iso(createDatetimeCaster("%Y-%m-%d %H:%M:%S%z")("2024-03-12 10:00:00-0300"))).toBe(
      "2024-03-12T13:00:00.000Z",
    );
  });
});
