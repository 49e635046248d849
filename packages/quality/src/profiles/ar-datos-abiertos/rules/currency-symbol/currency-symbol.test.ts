import { describe, expect, it } from "vitest";
import { profileErrors, where } from "../../../run.test-helpers";
import { currencyFix, currencySymbol } from "./currency-symbol";

describe("currencyFix", () => {
  it.each([
    ["$ 1500", "$", "1500"],
    ["$1500.50", "$", "1500.50"],
    ["US$ 20", "US$", "20"],
    ["1500 USD", "USD", "1500"],
    ["ARS 300", "ARS", "300"],
    ["-$ 5", "$", "-5"],
    ["10€", "€", "10"],
  ])("%s has %s", (cell, code, number) => {
    expect(currencyFix(cell)).toEqual({ code, number });
  });
  it.each(["1500", "USD", "precio $ alto", "Arsenal 3"])("leaves %s alone", (cell) => {
    expect(currencyFix(cell)).toBeNull();
  });
});

describe("currency-symbol rule", () => {
  it("reports numbers with a currency, hinting a moneda_id column", async () => {
    const errors = await profileErrors("item,monto\nA,$ 1500\nB,1500\n", [currencySymbol()], {
      masking: { personal: [] },
    });
    expect(where(errors)).toEqual([[2, 2, "quality/profile/currency-symbol"]]);
    expect(errors[0]?.params).toMatchObject({ currency: "$", example: "1500" });
    expect(String(errors[0]?.params.hint)).toContain("moneda_id");
  });
});
