import { describe, expect, it } from "vitest";
import { detectMissingTokens } from "./missing";
import { guessNumberStyle, hasLeadingZero } from "./number-style";

describe("guessNumberStyle", () => {
  it("finds the style some value needs", () => {
    expect(guessNumberStyle(["1.234,56", "12"])?.style).toEqual({ decimalChar: ",", groupChar: "." });
    expect(guessNumberStyle(["1,234.5", "7"])?.style).toEqual({ groupChar: "," });
    expect(guessNumberStyle(["10 000,5"])?.style).toEqual({ decimalChar: ",", groupChar: " " });
  });

  it("marks 1.234-only columns ambiguous and reads them with a decimal point", () => {
    const g = guessNumberStyle(["1.234", "2.500"]);
    expect(g?.style).toEqual({});
    expect(g?.ambiguous).toBe(true);
  });

  it("refuses codes with leading zeros", () => {
    expect(hasLeadingZero("02001")).toBe(true);
    expect(hasLeadingZero("0,5")).toBe(false);
    expect(guessNumberStyle(["02001", "14021"])).toBeNull();
  });
});

describe("detectMissingTokens", () => {
  it("returns the tokens present, in a stable order", () => {
    expect(
      detectMissingTokens([
        ["1", "N/A"],
        ["S/D", "x"],
        ["-", "sin dato"],
      ]),
    ).toEqual(["S/D", "sin dato", "N/A", "-"]);
    expect(detectMissingTokens([["1", "2"]])).toEqual([]);
  });
});
