import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { isoDate, isoDateFix } from "./iso-date";

describe("isoDateFix", () => {
  it.each([
    ["31/12/2024", "2024-12-31"],
    ["5/3/2024", "2024-03-05"],
    ["12/31/2024", "2024-12-31"],
    ["05-03-24", "2024-03-05"],
    ["31.12.2024", "2024-12-31"],
    ["31/12/2024 9:30", "2024-12-31T09:30:00"],
    ["2024/12/31", "2024-12-31"],
    ["2024-1-5", "2024-01-05"],
    ["12/2024", "2024-12"],
  ])("%s ⇒ %s", (cell, iso) => {
    expect(isoDateFix(cell)).toBe(iso);
  });
  it.each(["2024-12-31", "2024-12-31T10:00:00", "2024-12", "1.234.567", "1234", "32/13/2024", "12.5"])(
    "leaves %s alone",
    (cell) => {
      expect(isoDateFix(cell)).toBeNull();
    },
  );
});

describe("iso-date rule", () => {
  it("reports dates not in ISO 8601, with the ISO form masked as example", async () => {
    const errors = await profileErrors("id,fecha\n1,31/12/2024\n2,2024-12-31\n", [isoDate()]);
    expect(where(errors)).toEqual([[2, 2, "quality/profile/iso-date"]]);
    expect(errors[0]?.params).toMatchObject({ received: "3#/##/####", example: "2###-##-##" });
    const revealed = await profileErrors("fecha\n31/12/2024\n", [isoDate()], { revealCells: true });
    expect(revealed[0]?.params.example).toBe("2024-12-31");
  });
});
