import { describe, expect, it } from "vitest";
import { damerau } from "./damerau";
import { jaroWinkler } from "./jaro-winkler";

describe("jaroWinkler", () => {
  it("scores the Spanish name pairs of the research notes", () => {
    expect(jaroWinkler("GONZALEZ", "GONZALES")).toBeCloseTo(0.95, 10);
    expect(jaroWinkler("RODRIGUEZ", "RODRIGUES")).toBeCloseTo(0.956, 3);
    expect(jaroWinkler("PEREZ", "PERES")).toBeCloseTo(0.92, 10);
    expect(jaroWinkler("MARTINEZ", "MARTIN")).toBeCloseTo(0.95, 10);
    // Different surnames look alike: TF and the other fields must decide.
    expect(jaroWinkler("HERNANDEZ", "FERNANDEZ")).toBeCloseTo(0.926, 3);
    expect(jaroWinkler("GARCIA LOPEZ", "GARCIA PEREZ")).toBeCloseTo(0.933, 3);
    // Shared MARIA/JOSE prefixes, and a dropped first name (the notes said 0.774; it is 0.7926).
    expect(jaroWinkler("MARIA JOSE", "MARIA LUISA")).toBeCloseTo(0.867, 3);
    expect(jaroWinkler("JOSE LUIS", "JOSE MARIA")).toBeCloseTo(0.853, 3);
    expect(jaroWinkler("MARIA GUADALUPE", "GUADALUPE")).toBeCloseTo(0.7926, 4);
  });

  it("is 1 for identical text and 0 for empty text or nothing in common", () => {
    expect(jaroWinkler("PEREZ", "PEREZ")).toBe(1);
    expect(jaroWinkler("", "")).toBe(0);
    expect(jaroWinkler("A", "")).toBe(0);
    expect(jaroWinkler("AB", "BA")).toBe(0);
  });

  it("works on UTF-8 bytes like DuckDB: an Ñ is two units", () => {
    expect(jaroWinkler("NUÑEZ", "NUNEZ")).toBeCloseTo(0.8578, 4);
  });
});

describe("damerau", () => {
  it("counts one typo, one missing letter or one swap of neighbours as 1", () => {
    expect(damerau("GONZALEZ", "GONZALES")).toBe(1);
    expect(damerau("MARTHA", "MARHTA")).toBe(1);
    expect(damerau("1985-03-07", "1985-03-70")).toBe(1);
    expect(damerau("GOMA850307HDFRRN09", "GOMA850307HDFRRN06")).toBe(1);
    expect(damerau("PEREZ", "PERE")).toBe(1);
  });

  it("is the unrestricted distance (CA → ABC is 2), and 0 only for equal text", () => {
    expect(damerau("CA", "ABC")).toBe(2);
    expect(damerau("", "")).toBe(0);
    expect(damerau("", "ABC")).toBe(3);
    expect(damerau("MARTINEZ", "MARTIN")).toBe(2);
  });

  it("stops at max + 1", () => {
    expect(damerau("GARCIA", "LOPEZ", 1)).toBe(2);
    expect(damerau("A", "ABCDEF", 2)).toBe(3);
    expect(damerau("GARCIA", "GARCIA", 0)).toBe(0);
  });
});
