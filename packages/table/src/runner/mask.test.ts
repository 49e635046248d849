import { describe, expect, it } from "vitest";
import { validateTable } from "./validate";

const CSV = "nombre,barrio,edad\nAna,Palermo,x\nRuiz,Boedo,40\n";
const cellsOf = async (options: Parameters<typeof validateTable>[1]) => {
  const report = await validateTable(CSV, {
    schema: { fields: [{ name: "nombre" }, { name: "barrio" }, { name: "edad", type: "integer" }] },
    ...options,
  });
  const error = report.tasks[0]?.errors[0] as { cells?: string[]; cell?: string };
  return { cells: error.cells, cell: error.cell };
};

describe("masking by column", () => {
  it("masks every cell whole without a classification (short names too: «Ana» was shown)", async () => {
    expect(await cellsOf({})).toEqual({ cells: ["Axx", "Pxxxxxx", "x"], cell: "x" });
  });

  it("masks the personal columns and shows the others as they are", async () => {
    expect(await cellsOf({ masking: { personal: ["nombre"] } })).toEqual({
      cells: ["Axx", "Palermo", "x"],
      cell: "x",
    });
  });

  it("names the personal columns from the labels and the sample when given a function", async () => {
    const seen: string[][] = [];
    const r = await validateTable(CSV, {
      masking: {
        personal: (labels, sample) => {
          seen.push([...labels], ...sample.map((row) => [...row]));
          return ["nombre"];
        },
      },
    });
    expect(seen[0]).toEqual(["nombre", "barrio", "edad"]);
    expect(seen).toHaveLength(3);
    expect(r.tasks[0]?.labels).toEqual(["nombre", "barrio", "edad"]);
  });

  it("masks every column with all, and reveals none of them unless revealCells", async () => {
    expect((await cellsOf({ masking: { personal: [], all: true } })).cells).toEqual(["Axx", "Pxxxxxx", "x"]);
    expect((await cellsOf({ revealCells: true })).cells).toEqual(["Ana", "Palermo", "x"]);
  });
});
