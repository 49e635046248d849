import { describe, expect, it } from "vitest";
import { run } from "../../../test-support/run-checks";
import { crossCellsCheck } from "./cross-cells";

describe("crossCellsCheck", () => {
  it("reports cross-cells an aggregate group lacks", async () => {
    const csv = "anio,sexo,edad,casos\n2024,F,0-17,1\n2024,M,0-17,2\n2025,F,0-17,3\n2025,F,18 y más,1\n";
    const { errors } = await run(csv, [crossCellsCheck()]);
    expect(errors.map((e) => [e.rowNumber, e.params.cell, e.params.groups])).toEqual([
      [4, "M × Y0T17", 1],
      [2, "F × Y_GE18", 1],
    ]);
  });

  it("sums up the empty sex × age × territory cells of microdata", async () => {
    const csv = "sexo,edad,departamento\nF,3,Capital\nM,3,Capital\nF,40,Capital\nF,3,Maipú\n";
    const { errors } = await run(csv, [crossCellsCheck({ codelist: "ar-indec" })]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.params).toMatchObject({ empty: 4, cells: 8, dimensions: "sexo × edad × territorio" });
    expect(errors[0]?.params.examples).toContain("M × Y0T4 × 50070");
    // With no country list chosen, the names are places as written (never recoded).
    const { errors: named } = await run(csv, [crossCellsCheck()]);
    expect(named[0]?.params).toMatchObject({ empty: 4, cells: 8 });
    expect(named[0]?.params.examples).toContain("M × Y0T4 × Maipú");
  });

  it("stays quiet on complete tables", async () => {
    const csv = "sexo,edad\nF,3\nM,4\nF,50\nM,52\n";
    expect((await run(csv, [crossCellsCheck()])).errors).toEqual([]);
  });
});
