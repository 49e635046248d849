import { describe, expect, it } from "vitest";
import { EncodingFeatureSchema } from "./schema";
import { valueTokens } from "./tokens";

const feature = (f: object) => EncodingFeatureSchema.parse({ field: "x", ...f });

describe("valueTokens", () => {
  it("pads bigrams with a space each side", () => {
    expect(valueTokens("ANA", feature({}))).toEqual([" A", "AN", "NA", "A "]);
  });

  it("numbers the n-grams of a positional field, so a date's digits count where they are", () => {
    expect(valueTokens("1980", feature({ positional: true }))).toEqual([
      "0: 1",
      "1:19",
      "2:98",
      "3:80",
      "4:0 ",
    ]);
  });

  it("keeps a whole value as one token for exact fields, and n-grams of any n", () => {
    expect(valueTokens("F", feature({ comparison: "exact" }))).toEqual(["F"]);
    expect(valueTokens("PEÑA", feature({ n: 3 }))).toEqual(["  P", " PE", "PEÑ", "EÑA", "ÑA ", "A  "]);
  });

  it("cuts by characters, not code units, outside the basic plane", () => {
    expect(valueTokens("A𝔸B", feature({}))).toEqual([" A", "A𝔸", "𝔸B", "B "]);
  });

  it("gives no token for a missing or empty value", () => {
    expect(valueTokens(null, feature({}))).toEqual([]);
    expect(valueTokens("", feature({}))).toEqual([]);
  });
});
