import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { uniqueHeaders } from "./unique-headers";

describe("unique-headers rule", () => {
  it("reports names that collide once written as the guide asks, not exact repeats", async () => {
    const errors = await profileErrors("Año,ano,id,id,Fecha ,fecha\n1,2,3,4,5,6\n", [uniqueHeaders()]);
    expect(where(errors)).toEqual([
      [null, 2, "quality/profile/unique-headers"],
      [null, 6, "quality/profile/unique-headers"],
    ]);
    expect(errors[0]?.params).toMatchObject({ label: "ano", other: "Año", firstFieldNumber: 1 });
    expect(errors[0]?.message).toContain("«ano» se confunde con «Año»");
  });
});
