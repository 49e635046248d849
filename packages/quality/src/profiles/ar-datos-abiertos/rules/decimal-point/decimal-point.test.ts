import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { decimalPoint, numberFix } from "./decimal-point";

describe("numberFix", () => {
  it.each([
    ["1.234,56", "1234.56", "thousands-separator"],
    ["1,234.5", "1234.5", "thousands-separator"],
    ["1,234,567", "1234567", "thousands-separator"],
    ["2.443.676", "2443676", "thousands-separator"],
    ["12,5", "12.5", "decimal-comma"],
    ["-0,75", "-0.75", "decimal-comma"],
  ])("%s ⇒ %s", (cell, fixed, reason) => {
    expect(numberFix(cell)).toEqual({ fixed, reason });
  });

  it.each(["1234.56", "1.234", "-3", "abc", "12.05.2024", "", "1,2,3"])("leaves %s alone", (cell) => {
    expect(numberFix(cell)).toBeNull();
  });
});

describe("decimal-point rule", () => {
  it("reports numbers with a decimal comma or thousands separators", async () => {
    const errors = await profileErrors('barrio,monto\nCentro,"1.234,56"\nNorte,1234.56\nSur,"12,5"\n', [
      decimalPoint(),
    ]);
    expect(where(errors)).toEqual([
      [2, 2, "quality/profile/decimal-point"],
      [4, 2, "quality/profile/decimal-point"],
    ]);
    expect(errors[0]?.params).toMatchObject({
      received: "1.###,##",
      example: "1###.##",
      reason: "thousands-separator",
    });
    expect(errors[1]?.params).toMatchObject({ received: "1#,#", example: "1#.#", reason: "decimal-comma" });
  });
});
