import { describe, expect, it } from "vitest";
import { DEFAULT_DIMENSION_SYNONYMS, detectDimensionsBySynonyms, labelMatches } from "./synonyms";

describe("dimension synonyms", () => {
  it("matches a column name equal to a synonym or holding it as a whole part", () => {
    expect(labelMatches("Rango de edad", ["edad"])).toBe(true);
    expect(labelMatches("provincia_id", DEFAULT_DIMENSION_SYNONYMS.territorio ?? [])).toBe(true);
    expect(labelMatches("ESTADO", ["edad"])).toBe(false);
  });

  it("finds the dimensions of a header, wide layouts included", () => {
    expect(detectDimensionsBySynonyms(["Código", "Varón", "Mujer", "Total"])).toEqual(["sexo"]);
    expect(detectDimensionsBySynonyms(["Fecha de nacimiento", "Barrio", "casos"])).toEqual([
      "edad",
      "territorio",
    ]);
    expect(detectDimensionsBySynonyms(["casos"])).toEqual([]);
  });
});
