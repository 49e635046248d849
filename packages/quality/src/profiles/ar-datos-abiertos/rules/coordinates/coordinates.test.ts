import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { coordinates } from "./coordinates";

describe("coordinates rule", () => {
  it("accepts decimal degrees in latitud/longitud", async () => {
    expect(await profileErrors("latitud,longitud\n-32.8895,-68.8458\n", [coordinates()])).toEqual([]);
  });

  it("reports other formats and out-of-range values", async () => {
    const csv = 'latitud,longitud\n"-32,8895",-68.8458\n-132.5,-68.8\n34°36\'S,-58.4\n';
    const errors = await profileErrors(csv, [coordinates()]);
    expect(where(errors)).toEqual([
      [2, 1, "quality/profile/coordinates"],
      [3, 1, "quality/profile/coordinates"],
      [4, 1, "quality/profile/coordinates"],
    ]);
    expect(errors.map((e) => e.params.reason)).toEqual(["format", "range", "format"]);
    expect(errors[0]?.params.example).toBe("-32.8895");
  });

  it("asks to rename lat/lng columns and checks them too", async () => {
    const errors = await profileErrors("lat,lng\n-32.88,-268.84\n", [coordinates()], { lang: "en" });
    expect(where(errors)).toEqual([
      [null, 1, "quality/profile/coordinates"],
      [null, 2, "quality/profile/coordinates"],
      [2, 2, "quality/profile/coordinates"],
    ]);
    expect(errors[0]?.params).toMatchObject({ reason: "name", example: "latitud" });
    expect(errors[0]?.message).toContain("must be named latitud or longitud");
  });
});
